import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeArticle } from '../../src/db/article-write.js';
import { INGEST, testDocument } from './documents.js';
import { testApp } from './helpers.js';

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

async function roundTrips(first: number): Promise<{ trips: number; statements: number }> {
  const before = graph.queryCount;
  const result = await gql(QUERY, { first });
  expect(result.errors).toBeUndefined();
  return { trips: graph.queryCount - before, statements: result.data?.statements.edges.length };
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
});
