import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureCompiled } from '../../scripts/compile.js';
import { loadConfig } from '../../src/config.js';
import { Graph } from '../../src/db/graph.js';
import { migrate } from '../../src/db/migrations.js';
import { loadSeed } from '../../src/ingest/seed.js';
import { freePort, type LocalNeo4j, startLocalNeo4j } from '../../src/local-neo4j/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * Starts a real Neo4j for the whole run: the bundled server on a free port with a fresh data folder,
 * or the one at NEO4J_URI when set. Applies migrations and loads the seed, as `npm start` does.
 */
export default async function setup(project: TestProject) {
  // Tests that run `npm start` find the API compiled, instead of racing to compile it.
  await ensureCompiled((line) => console.log(`[global-setup] ${line}`));
  const config = loadConfig();
  let local: LocalNeo4j | null = null;
  let dataDir: string | null = null;
  let uri = config.NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'news-graph-test-'));
    local = await startLocalNeo4j({
      dataDir,
      boltPort: await freePort(),
      heap: config.LOCAL_NEO4J_HEAP,
      pageCacheMb: config.LOCAL_NEO4J_PAGE_CACHE_MB,
      log: (line) => console.log(`[global-setup] ${line}`),
    });
    uri = local.uri;
  }
  const graph = Graph.connect(uri, config.NEO4J_USERNAME, config.NEO4J_PASSWORD, {
    database: config.NEO4J_DATABASE,
    timeoutMs: config.CYPHER_TIMEOUT_MS,
  });
  try {
    await migrate(graph);
    await loadSeed(graph);
  } finally {
    await graph.close();
  }
  project.provide('neo4jUri', uri);

  return async () => {
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
