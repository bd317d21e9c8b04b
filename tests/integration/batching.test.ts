import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGE, ENTITY_PAGE, WHO_SAID_WHAT } from '../../bench/page-queries.js';
import { removeArticle } from '../../src/db/article-write.js';
import { INGEST, testDocument } from './documents.js';
import { testApp } from './helpers.js';
import type { Edges, EntityRef, Slug, TotalCount } from './response-types.js';

const { gql, write, graph } = testApp();

const QUERY = `query ($first: Int) {
  statements(filter: { speaker: ["tn-speaker"] }, first: $first) {
    edges { node {
      text
      speaker { slug name }
      about { slug name }
      event { slug ... on Event { place { slug } } }
      place { slug within { slug } }
      reportedIn(first: 3) { totalCount edges { node { slug authors { slug } outlet { slug } } } }
    } }
  }
}`;

beforeAll(async () => {
  // Two articles with 25 statements each, one with 60: lists of 5 and of 50 items.
  for (const [n, statements] of [
    [1, 25],
    [2, 25],
    [3, 60],
  ] as const) {
    const result = await write(INGEST, { input: testDocument('tn', n, { statements }) });
    expect(result.errors).toBeUndefined();
  }
});
afterAll(async () => {
  for (const n of [1, 2, 3]) await removeArticle(graph, `tn-article-${n}`);
});

interface Listed {
  statements: Edges<{
    text: string;
    speaker: EntityRef;
    about: EntityRef[];
    event: { slug: string; place: Slug | null } | null;
    place: { slug: string; within: Slug | null } | null;
    reportedIn: TotalCount & Edges<{ slug: string; authors: Slug[]; outlet: Slug | null }>;
  }>;
}

interface Trips {
  trips: number;
  transactions: number;
  statements: number | undefined;
}

/** Cypher statements and read transactions one request costs (the graph's counter and its observers). */
async function counted<T>(query: string, variables: Record<string, unknown>) {
  await graph.idle(); // an earlier request's COMMIT is not this one's
  const before = graph.queryCount;
  let transactions = 0;
  const count = (mode: 'READ' | 'WRITE') => {
    if (mode === 'READ') transactions += 1;
  };
  graph.transactionObservers.add(count);
  try {
    const result = await gql<T>(query, variables);
    expect(result.errors).toBeUndefined();
    await graph.idle(); // the response does not wait for the read transaction's COMMIT
    return { data: result.data, trips: graph.queryCount - before, transactions };
  } finally {
    graph.transactionObservers.delete(count);
  }
}

async function roundTrips(first: number): Promise<Trips> {
  const { data, trips, transactions } = await counted<Listed>(QUERY, { first });
  return { trips, transactions, statements: data?.statements.edges.length };
}

/**
 * The same selection below `node(id)`, which compiles nothing below it: every edge goes through the
 * per-request loaders.
 */
const LOADED = `query ($id: ID!, $first: Int) {
  node(id: $id) { ... on Article { statements(first: $first) {
    edges { node {
      text
      speaker { slug ... on Person { affiliations { role } } }
      about { slug name }
      event { slug ... on Event { place { slug } } }
      place { slug within { slug } }
      reportedIn(first: 3) { totalCount edges { node { slug authors { slug } outlet { slug } } } }
    } }
  } } }
}`;

async function loadedTrips(first: number) {
  const ids = await gql<{ article: { id: string } }>('{ article(slug: "tn-article-3") { id } }');
  const id = ids.data?.article.id;
  const result = await counted<{ node: { statements: Listed['statements'] } }>(LOADED, { id, first });
  return { ...result, statements: result.data?.node.statements.edges.length };
}

describe('batching: a root field compiles what it selects; the rest goes through per-request loaders', () => {
  it('the number of Cypher round trips does not grow with the number of statements listed', async () => {
    const few = await loadedTrips(2);
    const many = await loadedTrips(20);
    const most = await loadedTrips(50);
    expect([few.statements, many.statements, most.statements]).toEqual([2, 20, 50]);
    expect(many.trips).toBe(few.trips);
    expect(most.trips).toBe(few.trips);
    // The article, the page, one per edge kind: speaker, affiliations, about, event, event place,
    // place, within, reportedIn page, its count, authors, outlet.
    expect(few.trips).toBeLessThanOrEqual(13);
    // Compiled below a root field: one statement, whatever the page size.
    const compiled = [await roundTrips(2), await roundTrips(20), await roundTrips(50)];
    expect(compiled.map((c) => [c.statements, c.trips])).toEqual([
      [2, 1],
      [20, 1],
      [50, 1],
    ]);
  });

  it('a query whose sibling field fails early leaves no transaction open behind it', async () => {
    // b's page size is refused at once, so the result settles while a's reads are still running.
    const { data } = await gql<{ article: { id: string } }>('{ article(slug: "tn-article-1") { id } }');
    const broken = `query ($id: ID!) {
      a: node(id: $id) { ... on Article { statements(first: 20) {
        edges { node { speaker { slug } about { slug } reportedIn(first: 2) { edges { node { slug } } } } }
      } } }
      b: statements(first: 1000) { totalCount }
    }`;
    // More requests than the driver's pool has connections: a session leaked by each would exhaust
    // it, and the next query would wait for a connection and fail.
    for (let i = 0; i < 120; i++) {
      const result = await gql(broken, { id: data?.article.id });
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    const after = await roundTrips(5);
    expect(after.statements).toBe(5);
  });

  it('a query runs all its statements in one read transaction', async () => {
    for (const first of [5, 50]) {
      const { trips, transactions } = await loadedTrips(first);
      expect(trips).toBeGreaterThan(5);
      expect(transactions).toBe(1);
    }
  });

  it('who-said-what, an entity page and an article page: one transaction and one statement each', async () => {
    type Items = Edges<{ text: string; about: EntityRef[]; reportedIn?: Edges<{ slug: string }> }>;
    for (const first of [5, 50]) {
      const who = await counted<{ statements: Items }>(WHO_SAID_WHAT, {
        speaker: 'tn-speaker',
        about: 'tn-model',
        first,
      });
      const entity = await counted<{ entity: { statements: Items } }>(ENTITY_PAGE, {
        slug: 'tn-speaker',
        first,
      });
      const article = await counted<{ article: { statements: Items; mentions: EntityRef[] } }>(ARTICLE_PAGE, {
        slug: 'tn-article-3',
        first,
      });
      expect(who.data?.statements.edges).toHaveLength(first);
      expect(entity.data?.entity.statements.edges).toHaveLength(first);
      expect(article.data?.article.statements.edges).toHaveLength(first);
      // What the lists hold, not only how many: every statement is about the model and reported.
      const items = [who, entity].flatMap(
        (r) =>
          (r.data && 'statements' in r.data ? r.data.statements : r.data?.entity.statements)?.edges ?? [],
      );
      for (const { node } of items) {
        expect(node.about.map((a) => a.slug)).toEqual(['tn-model']);
        expect(node.reportedIn?.edges.length).toBe(1);
      }
      expect(article.data?.article.mentions.map((m) => m.slug)).toContain('tn-speaker');
      for (const { trips, transactions } of [who, entity, article]) {
        expect({ trips, transactions }).toEqual({ trips: 1, transactions: 1 });
      }
    }
  });
});
