import { resolve } from 'node:path';
import type { Config } from './config.js';
import { Graph } from './db/graph.js';
import { type LocalNeo4j, startLocalNeo4j } from './local-neo4j/server.js';
import { findRunningServer } from './local-neo4j/server-record.js';

export interface Database {
  graph: Graph;
  /** The bundled server, when this process started one (and so stops it on close). */
  local: LocalNeo4j | null;
  describe: string;
  close(): Promise<void>;
}

interface Source {
  uri: string;
  local: LocalNeo4j | null;
  describe: string;
}

/** Credentials never reach a log line. */
function redact(uri: string): string {
  return uri.replace(/\/\/[^@]*@/, '//');
}

/**
 * NEO4J_URI when set; else the bundled Neo4j that another process (`npm start`, a CLI) already
 * runs on LOCAL_NEO4J_DIR, so that tools see the same graph and no second JVM fights over the
 * folder; else a bundled Neo4j of our own. Logs which one it used.
 */
async function locate(config: Config, log: (line: string) => void): Promise<Source> {
  if (config.NEO4J_URI) {
    const uri = redact(config.NEO4J_URI);
    log(`using NEO4J_URI ${uri}`);
    return { uri: config.NEO4J_URI, local: null, describe: uri };
  }
  const dataDir = resolve(config.LOCAL_NEO4J_DIR);
  const running = await findRunningServer(dataDir);
  if (running) {
    log(
      `using the bundled Neo4j that another process runs (pid ${running.pid}) at ${running.uri} (data in ${config.LOCAL_NEO4J_DIR})`,
    );
    return {
      uri: running.uri,
      local: null,
      describe: `bundled Neo4j of pid ${running.pid} at ${running.uri}`,
    };
  }
  log(`NEO4J_URI is not set and no bundled Neo4j runs on ${config.LOCAL_NEO4J_DIR}: starting one...`);
  // startLocalNeo4j says "started a bundled Neo4j (pid …) at … (data in …)" once it answers.
  const local = await startLocalNeo4j({
    dataDir,
    boltPort: config.LOCAL_NEO4J_BOLT_PORT,
    heap: config.LOCAL_NEO4J_HEAP,
    pageCacheMb: config.LOCAL_NEO4J_PAGE_CACHE_MB,
    log,
  });
  return { uri: local.uri, local, describe: `bundled Neo4j at ${local.uri}` };
}

/** Connects as `locate` decides; close() stops the server only when this process started it. */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  const { uri, local, describe } = await locate(config, log);
  const graph = Graph.connect(uri, config.NEO4J_USERNAME, config.NEO4J_PASSWORD, {
    database: config.NEO4J_DATABASE,
    timeoutMs: config.CYPHER_TIMEOUT_MS,
  });
  return {
    graph,
    local,
    describe,
    async close() {
      await graph.close();
      await local?.stop();
    },
  };
}
