import type { Config } from './config.js';
import { Graph } from './db/graph.js';
import { type LocalNeo4j, startLocalNeo4j } from './local-neo4j/server.js';

export interface Database {
  graph: Graph;
  /** The bundled server, when this process started one. */
  local: LocalNeo4j | null;
  describe: string;
  close(): Promise<void>;
}

/** Connects to NEO4J_URI, or starts the bundled Neo4j when it is unset. */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  let local: LocalNeo4j | null = null;
  let uri = config.NEO4J_URI;
  if (!uri) {
    log(`NEO4J_URI is not set: starting the bundled Neo4j (data in ${config.LOCAL_NEO4J_DIR})...`);
    local = await startLocalNeo4j({
      dataDir: config.LOCAL_NEO4J_DIR,
      boltPort: config.LOCAL_NEO4J_BOLT_PORT,
      heap: config.LOCAL_NEO4J_HEAP,
      pageCacheMb: config.LOCAL_NEO4J_PAGE_CACHE_MB,
      log,
    });
    uri = local.uri;
  }
  const graph = Graph.connect(uri, config.NEO4J_USERNAME, config.NEO4J_PASSWORD, {
    database: config.NEO4J_DATABASE,
    timeoutMs: config.CYPHER_TIMEOUT_MS,
  });
  return {
    graph,
    local,
    describe: local ? `bundled Neo4j at ${uri}` : uri.replace(/\/\/[^@]*@/, '//'),
    async close() {
      await graph.close();
      await local?.stop();
    },
  };
}
