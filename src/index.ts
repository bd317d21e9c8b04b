import { createServer } from 'node:http';
import { createApp } from './app.js';
import { prepareGraph } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { type Database, openDatabase } from './database.js';
import { isPortFree } from './local-neo4j/server.js';
import { createLogger } from './logger.js';
import { startTracing } from './plugins/tracing.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const log = (message: string) => logger.info(message);
  // Traces go out over OTLP only when a collector is configured; otherwise tracing is a no-op.
  const stopTracing = config.OTEL_EXPORTER_OTLP_ENDPOINT
    ? startTracing(config.OTEL_EXPORTER_OTLP_ENDPOINT)
    : null;
  let database: Database | null = null;
  let stopping = false;
  const aborter = new AbortController();
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    aborter.abort();
    await database?.close().catch(() => {});
    await stopTracing?.().catch(() => {});
    process.exit(code);
  };

  try {
    // Fail before the slow part when the HTTP port is taken.
    if (!(await isPortFree(config.PORT, config.HOST))) {
      throw new Error(`${config.HOST}:${config.PORT} is already in use; set PORT to a free port.`);
    }
    database = await openDatabase(config, log);
  } catch (error) {
    logger.fatal(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
    return;
  }

  let prepared = false;
  const app = createApp({ graph: database.graph, config, logger, prepared: () => prepared });
  const server = createServer(app);
  server.on('error', async (error: NodeJS.ErrnoException) => {
    logger.fatal(
      error.code === 'EADDRINUSE'
        ? `Could not start: ${config.HOST}:${config.PORT} is already in use; set PORT to a free port.`
        : `Could not start: ${error.message}`,
    );
    await stop(1);
  });
  server.listen(config.PORT, config.HOST, () => {
    log(`GraphiQL at http://${config.HOST}:${config.PORT}/graphql (graph: ${database?.describe})`);
  });

  // Serve at once; until Neo4j answers and the schema is in place, /ready says 503 and queries
  // get SERVICE_UNAVAILABLE. A failure other than unreachability (a bad seed) is fatal.
  prepareGraph(database.graph, log, aborter.signal)
    .then(() => {
      prepared = true;
      log('Graph ready.');
    })
    .catch(async (error) => {
      if (stopping) return;
      logger.fatal(`Could not prepare the graph: ${error instanceof Error ? error.message : String(error)}`);
      await stop(1);
    });

  const shutdown = async (signal: string) => {
    if (stopping) return;
    log(`${signal}: shutting down.`);
    server.close();
    server.closeAllConnections();
    await app.dispose();
    await stop(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
