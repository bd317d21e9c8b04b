import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { Graph } from '../../src/db/graph.js';
import { migrate } from '../../src/db/migrations.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { freePort, type LocalNeo4j, startLocalNeo4j } from '../../src/local-neo4j/server.js';
import { INGEST, testDocument } from './documents.js';
import { type GraphQLBody, graphCounts, WRITE_TOKEN, waitFor } from './helpers.js';

/** This suite stops a database, so it runs its own bundled Neo4j in its own folder. */
const dataDir = mkdtempSync(join(tmpdir(), 'news-graph-outage-'));
let local: LocalNeo4j | null = null;
afterAll(async () => {
  await local?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(port: number): Promise<Graph> {
  local = await startLocalNeo4j({ dataDir, boltPort: port, heap: '512m', pageCacheMb: 64 });
  return Graph.connect(local.uri, 'neo4j', 'neo4j', { timeoutMs: 30_000 });
}

describe('the database stops in the middle of a document', () => {
  it('leaves no part of the document behind, and the same document goes in whole once it is back', async () => {
    // Independent of the order: a server the other test left running holds this folder's lock.
    await local?.stop();
    local = null;
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

  it('the API recovers by itself after Neo4j stops mid-stream; acknowledged ingests are in, failed ones left nothing', async () => {
    // Independent of the test before: start the server (with the schema) when it is not running.
    if (!local) {
      const fresh = await start(await freePort());
      await migrate(fresh);
      await fresh.close();
    }
    const port = Number(new URL(local?.uri ?? '').port);
    const graph = Graph.connect(local?.uri ?? '', 'neo4j', 'neo4j', { timeoutMs: 30_000 });
    const app = createApp({
      graph,
      // No request or cost limit: the stream sends as fast as the machine allows, for as long as it takes.
      config: {
        ...loadConfig(),
        API_TOKEN: WRITE_TOKEN,
        RATE_LIMIT_PER_MINUTE: 0,
        COST_BUDGET_PER_MINUTE: 0,
      },
    });
    const call = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLBody;
    };

    const acknowledged: string[] = [];
    const failed: string[] = [];
    const codes = new Set<string>();
    let phase = 'before' as 'before' | 'down' | 'after';
    let readsAfter = 0;
    const stream = (async () => {
      for (let i = 0; phase !== 'after' || readsAfter < 5; i++) {
        const read = await call('{ statements(first: 5) { totalCount } }');
        if (read.errors) codes.add(read.errors[0]?.extensions.code ?? '?');
        else if (phase === 'after') readsAfter += 1;
        const doc = testDocument('stream', i, { statements: 3 });
        const written = await call(INGEST, { input: doc });
        if (written.errors) {
          failed.push(doc.article.slug);
          codes.add(written.errors[0]?.extensions.code ?? '?');
        } else acknowledged.push(doc.article.slug);
        if (i > 2000) throw new Error('the API did not recover');
      }
    })();

    await waitFor(() => acknowledged.length >= 3, 30_000, 'three acknowledged ingests');
    phase = 'down';
    await local?.stop();
    expect((await app.fetch('http://test/ready')).status).toBe(503);
    await waitFor(() => failed.length > 0, 30_000, 'an ingest refused while Neo4j is down');
    local = await startLocalNeo4j({ dataDir, boltPort: port, heap: '512m', pageCacheMb: 64 });
    phase = 'after';
    await stream;

    expect((await app.fetch('http://test/ready')).status).toBe(200);
    expect(codes).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect(failed.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(failed.length);
    const stored = await graph.read(
      'UNWIND $slugs AS slug OPTIONAL MATCH (a:Article {slug: slug}) RETURN slug, a IS NOT NULL AS present, COUNT { (a)-[:REPORTS]->() } AS statements',
      { slugs: [...acknowledged, ...failed] },
    );
    const bySlug = new Map(stored.map((row) => [row.slug, row]));
    for (const slug of acknowledged) expect(bySlug.get(slug)).toMatchObject({ present: true, statements: 3 });
    // A failed ingest left nothing behind: no article, or (when only the answer was lost) all of it.
    for (const slug of failed) {
      const row = bySlug.get(slug);
      expect(row?.present ? row.statements : 0).toBeOneOf([0, 3]);
    }
    await app.dispose();
    await graph.close();
  }, 180_000);
});
