import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Graph } from '../src/graph/graph.js';
import { migrate } from '../src/graph/migrations.js';
import { ingestDocument } from '../src/ingest/ingest.js';
import { freePort, type LocalNeo4j, startLocalNeo4j } from '../src/local-neo4j/server.js';
import { testDocument } from './documents.js';
import { graphCounts } from './helpers.js';

/** This suite stops a database, so it runs its own bundled Neo4j in its own folder. */
const dataDir = mkdtempSync(join(tmpdir(), 'news-graph-outage-'));
let local: LocalNeo4j | null = null;
afterAll(async () => {
  await local?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(port: number): Promise<Graph> {
  local = await startLocalNeo4j({ dataDir, boltPort: port, heap: '512m', pageCacheMb: 64 });
  return Graph.connect(local.uri, 'neo4j', 'neo4j', { timeoutMs: 10_000 });
}

describe('the database stops in the middle of a document', () => {
  it('leaves no part of the document behind, and the same document goes in whole once it is back', async () => {
    const port = await freePort();
    let graph = await start(port);
    await migrate(graph);
    await ingestDocument(graph, testDocument('to', 1));
    const before = await graphCounts(graph);

    const doc = testDocument('to', 2, { statements: 5 });
    let stopped = false;
    await expect(
      ingestDocument(graph, doc, {
        afterBatch: async (name) => {
          if (name === 'statements' && !stopped) {
            stopped = true;
            await local?.stop();
          }
        },
      }),
    ).rejects.toThrow();
    expect(stopped).toBe(true);
    await graph.close();

    graph = await start(port);
    try {
      expect(await graphCounts(graph)).toEqual(before);
      const [row] = await graph.read('MATCH (a:Article {slug: $slug}) RETURN count(a) AS n', {
        slug: 'to-article-2',
      });
      expect(row?.n).toBe(0);
      const result = await ingestDocument(graph, doc);
      expect(result.statementsCreated).toBe(5);
      const [statements] = await graph.read(
        'MATCH (:Article {slug: $slug})-[:REPORTS]->(s:Statement) RETURN count(s) AS n',
        { slug: 'to-article-2' },
      );
      expect(statements?.n).toBe(5);
    } finally {
      await graph.close();
    }
  }, 180_000);
});
