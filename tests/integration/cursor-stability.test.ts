import { afterAll, describe, expect, it } from 'vitest';
import { removeArticle } from '../../src/db/article-write.js';
import { INGEST, nth, testDocument } from './documents.js';
import { testApp } from './helpers.js';
import type { Edges, NextPage, TotalCount } from './response-types.js';

const { gql, write, graph } = testApp();
afterAll(async () => {
  for (const n of [1, 2]) await removeArticle(graph, `tc-article-${n}`);
});

const PAGE = `query ($after: String) {
  statements(filter: { speaker: ["tc-speaker"] }, first: 3, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { text saidOn } }
  }
}`;

interface PageResult {
  statements: TotalCount & Edges<{ text: string; saidOn: string | null }> & { pageInfo: NextPage };
}

describe('keyset cursors', () => {
  it('a cursor keeps its place when statements are added before and after it', async () => {
    expect((await write(INGEST, { input: testDocument('tc', 1, { statements: 8 }) })).errors).toBeUndefined();
    const first = (await gql<PageResult>(PAGE)).data?.statements;
    const rest = (await gql<PageResult>(PAGE, { after: first?.pageInfo.endCursor })).data?.statements;
    expect(first?.totalCount).toBe(8);

    // A second article adds statements by the same speaker, dated both before and after the cursor.
    const more = testDocument('tc', 2, { statements: 2 });
    nth(more.statements, 0).saidOn = '2030-01-01';
    nth(more.statements, 1).saidOn = '2001-01-01';
    expect((await write(INGEST, { input: more })).errors).toBeUndefined();

    const again = (await gql<PageResult>(PAGE, { after: first?.pageInfo.endCursor })).data?.statements;
    expect(again?.totalCount).toBe(10);
    // The page after the cursor starts where it did; the older statement shows up at the end of the list.
    expect(again?.edges.map((e) => e.node.text)).toEqual(rest?.edges.map((e) => e.node.text));
    const fromTop = (await gql<PageResult>(PAGE)).data?.statements;
    expect(fromTop?.edges[0]?.node.saidOn).toBe('2030-01-01');
  });
});
