import { afterAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE_PAGE } from '../../bench/page-queries.js';
import { removeArticle } from '../../src/db/article-write.js';
import { freePort } from '../../src/local-neo4j/server.js';
import { INGEST, testDocument } from './documents.js';
import { type GraphQLBody, testApp, WRITE_TOKEN } from './helpers.js';
import { npmStart, type Started } from './processes.js';

const STALE_MS = 1000;
const { gql, write, graph } = testApp({ RESPONSE_CACHE_ENTRIES: 100, RESPONSE_CACHE_STALE_MS: STALE_MS });

interface Page {
  article: { statements: { edges: Array<{ node: { text: string } }> } } | null;
}
type Body = GraphQLBody<Page>;

const listed = (body: Body) => body.data?.article?.statements.edges.length;
const hit = (body: Body) => (body.extensions?.responseCache as { hit?: boolean } | undefined)?.hit === true;

/**
 * The query asked twice in a row, until the second answer comes from the cache. Other suites write to
 * the same Neo4j meanwhile, and every write anywhere empties the cache, so the first try may miss.
 */
async function cachedAnswer(ask: () => Promise<Body>): Promise<Body | null> {
  for (let i = 0; i < 20; i++) {
    await ask();
    const again = await ask();
    if (hit(again)) return again;
  }
  return null;
}

afterAll(async () => {
  for (const slug of ['rc-article-1', 'rc-article-2']) await removeArticle(graph, slug);
});

describe('response cache', () => {
  it('answers a repeated query from the cache, and the first answer after an ingest is fresh', async () => {
    expect((await write(INGEST, { input: testDocument('rc', 1, { statements: 2 }) })).errors).toBeUndefined();
    const variables = { slug: 'rc-article-1', first: 10 };
    const first = await gql<Page>(ARTICLE_PAGE, variables);
    expect([listed(first), hit(first)]).toEqual([2, false]);
    const cached = await cachedAnswer(() => gql<Page>(ARTICLE_PAGE, variables));
    expect(cached && listed(cached)).toBe(2);
    // Other variables are another answer.
    expect(hit(await gql<Page>(ARTICLE_PAGE, { ...variables, first: 1 }))).toBe(false);

    expect((await write(INGEST, { input: testDocument('rc', 1, { statements: 3 }) })).errors).toBeUndefined();
    const after = await gql<Page>(ARTICLE_PAGE, variables);
    expect([listed(after), hit(after)]).toEqual([3, false]);
    // Answers with errors are not kept.
    const bad = { slug: 'rc-article-1', first: 1000 };
    await gql(ARTICLE_PAGE, bad);
    expect(hit(await gql(ARTICLE_PAGE, bad))).toBe(false);
  });

  it(`two processes over one Neo4j: the one that did not write is fresh within ${STALE_MS} ms`, async () => {
    expect((await write(INGEST, { input: testDocument('rc', 2, { statements: 2 }) })).errors).toBeUndefined();
    const env = {
      NEO4J_URI: inject('neo4jUri'),
      API_TOKEN: WRITE_TOKEN,
      RATE_LIMIT_PER_MINUTE: '0',
      RESPONSE_CACHE_ENTRIES: '100',
      RESPONSE_CACHE_STALE_MS: String(STALE_MS),
      LOG_LEVEL: 'warn',
    };
    const servers: Array<{ started: Started; url: string }> = [];
    try {
      for (let i = 0; i < 2; i++) {
        const port = await freePort();
        const started = npmStart({ ...env, PORT: String(port) });
        servers.push({ started, url: `http://127.0.0.1:${port}/graphql` });
      }
      for (const { url } of servers) await waitForReady(url);
      const [a, b] = servers.map(
        ({ url }) =>
          (query: string, variables: object, token?: string) =>
            fetch(url, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                ...(token ? { authorization: `Bearer ${token}` } : {}),
              },
              body: JSON.stringify({ query, variables }),
            }).then((r) => r.json() as Promise<Body>),
      ) as [Ask, Ask];
      const variables = { slug: 'rc-article-2', first: 10 };
      for (const ask of [a, b]) {
        const cached = await cachedAnswer(() => ask(ARTICLE_PAGE, variables));
        expect(cached && listed(cached)).toBe(2);
      }
      const ingest = await a(INGEST, { input: testDocument('rc', 2, { statements: 4 }) }, WRITE_TOKEN);
      expect(ingest.errors).toBeUndefined();
      // The writer's own next answer is fresh at once.
      expect(listed(await a(ARTICLE_PAGE, variables))).toBe(4);
      // The other process may still answer from its cache, but not once the bound has passed.
      await new Promise((resolve) => setTimeout(resolve, STALE_MS));
      expect(listed(await b(ARTICLE_PAGE, variables))).toBe(4);
    } finally {
      for (const { started } of servers) {
        started.child.kill('SIGTERM');
        await started.exited;
      }
    }
  }, 180_000);
});

type Ask = (query: string, variables: object, token?: string) => Promise<Body>;

async function waitForReady(url: string): Promise<void> {
  const ready = url.replace('/graphql', '/ready');
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(ready).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${ready} never answered 200`);
}
