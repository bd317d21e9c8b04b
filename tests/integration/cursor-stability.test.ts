import { afterAll, describe, expect, it } from 'vitest';
import { removeArticle } from '../../src/db/article-write.js';
import { INGEST, testDocument } from './documents.js';
import { testApp } from './helpers.js';

const { gql, write, graph } = testApp();
afterAll(async () => {
  for (const n of [1, 2]) await removeArticle(graph, `tc-article-${n}`);
});

const PAGE = `query ($after: String) {
  statements(filter: { speaker: ["tc-speaker"] }, first: 3, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { text saidOn } }
  }
}`;

describe('keyset cursors', () => {
  it('a cursor keeps its place when statements are added before and after it', async () => {
    expect((await write(INGEST, { input: testDocument('tc', 1, { statements: 8 }) })).errors).toBeUndefined();
    const first = (await gql(PAGE)).data?.statements;
    const rest = (await gql(PAGE, { after: first.pageInfo.endCursor })).data?.statements;
    expect(first.totalCount).toBe(8);

    // A second article adds statements by the same speaker, dated both before and after the cursor.
    const more: any = testDocument('tc', 2, { statements: 2 });
    more.statements[0].saidOn = '2030-01-01';
    more.statements[1].saidOn = '2001-01-01';
    expect((await write(INGEST, { input: more })).errors).toBeUndefined();

    const again = (await gql(PAGE, { after: first.pageInfo.endCursor })).data?.statements;
    expect(again.totalCount).toBe(10);
    // The page after the cursor starts where it did; the older statement shows up at the end of the list.
    expect(again.edges.map((e: any) => e.node.text)).toEqual(rest.edges.map((e: any) => e.node.text));
    const fromTop = (await gql(PAGE)).data?.statements;
    expect(fromTop.edges[0].node.saidOn).toBe('2030-01-01');
  });
});
