import { createServer } from 'node:http';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { type Database, openDatabase } from './database.js';
import { hasArticles } from './graph/articles.js';
import { migrate } from './graph/migrations.js';
import { loadSeed } from './ingest/seed.js';
import { isPortFree } from './local-neo4j/server.js';

const log = (line: string) => console.log(`[news-graph] ${line}`);

async function main(): Promise<void> {
  const config = loadConfig();
  let database: Database | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await database?.close().catch(() => {});
    process.exit(code);
  };

  try {
    // Fail before the slow part when the HTTP port is taken.
    if (!(await isPortFree(config.PORT, config.HOST))) {
      throw new Error(`${config.HOST}:${config.PORT} is already in use; set PORT to a free port.`);
    }
    database = await openDatabase(config, log);
    const applied = await migrate(database.graph);
    if (applied.length > 0) log(`Applied ${applied.length} migrations.`);
    if (!(await hasArticles(database.graph))) {
      const seeded = await loadSeed(database.graph);
      log(`Seeded an empty graph with ${seeded.length} article(s).`);
    }
  } catch (error) {
    console.error(`[news-graph] Could not start: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
    return;
  }

  const app = createApp({ graph: database.graph, config });
  const server = createServer(app);
  server.on('error', async (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `[news-graph] Could not start: ${config.HOST}:${config.PORT} is already in use; set PORT to a free port.`
        : `[news-graph] Could not start: ${error.message}`,
    );
    await stop(1);
  });
  server.listen(config.PORT, config.HOST, () => {
    log(`GraphiQL at http://${config.HOST}:${config.PORT}/graphql (graph: ${database?.describe})`);
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
