import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  for (const n of [1, 2]) {
    const result = await write(INGEST, { input: testDocument('tn', n, { statements: 25 }) });
    expect(result.errors).toBeUndefined();
  }
});
afterAll(async () => {
  for (const n of [1, 2]) await removeArticle(graph, `tn-article-${n}`);
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
async function roundTrips(first: number): Promise<Trips> {
  const before = graph.queryCount;
  let transactions = 0;
  const count = (mode: 'READ' | 'WRITE') => {
    if (mode === 'READ') transactions += 1;
  };
  graph.transactionObservers.add(count);
  try {
    const result = await gql<Listed>(QUERY, { first });
    expect(result.errors).toBeUndefined();
    return {
      trips: graph.queryCount - before,
      transactions,
      statements: result.data?.statements.edges.length,
    };
  } finally {
    graph.transactionObservers.delete(count);
  }
}

describe('batching: every edge goes through per-request loaders', () => {
  it('the number of Cypher round trips does not grow with the number of statements listed', async () => {
    const few = await roundTrips(2);
    const many = await roundTrips(20);
    const most = await roundTrips(50);
    expect(few.statements).toBe(2);
    expect(many.statements).toBe(20);
    expect(most.statements).toBe(50);
    expect(many.trips).toBe(few.trips);
    expect(most.trips).toBe(few.trips);
    // One for the list, one per edge kind: speaker, about, event, event place, place, within,
    // reportedIn page, its count, authors, outlet.
    expect(few.trips).toBeLessThanOrEqual(11);
  });

  it('a query whose sibling field fails early leaves no transaction open behind it', async () => {
    // b's page size is refused at once, so the result settles while a's reads are still running.
    const broken = `{
      a: statements(filter: { speaker: ["tn-speaker"] }, first: 20) {
        edges { node { speaker { slug } about { slug } reportedIn(first: 2) { edges { node { slug } } } } }
      }
      b: statements(first: 1000) { totalCount }
    }`;
    // More requests than the driver's pool has connections: a session leaked by each would exhaust
    // it, and the next query would wait for a connection and fail.
    for (let i = 0; i < 120; i++) {
      const result = await gql(broken);
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    const after = await roundTrips(5);
    expect(after.statements).toBe(5);
  });

  it('a query runs all its statements in one read transaction', async () => {
    for (const first of [5, 50]) {
      const { trips, transactions } = await roundTrips(first);
      expect(trips).toBeGreaterThan(5);
      expect(transactions).toBe(1);
    }
  });
});
