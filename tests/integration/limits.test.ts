import { describe, expect, it } from 'vitest';
import { testApp } from './helpers.js';
import type { Edges, Slug } from './response-types.js';

describe('limits', () => {
  const { gql } = testApp({ MAX_DEPTH: 8, MAX_COST: 5000 });

  it('refuses a query nested deeper than the depth limit with QUERY_TOO_COMPLEX', async () => {
    const deep = `{ entity(slug: "tum-audimax") { ... on Place { within { ... on Place { within { within { within { within { within { within { slug } } } } } } } } } } }`;
    const result = await gql(deep);
    expect(result.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.message).toMatch(/levels deep; at most 8/);
  });

  it('counts list sizes: nested pages of 100 are refused, small pages of the same shape pass', async () => {
    const shape = (n: number) =>
      `{ statements(first: ${n}) { edges { node { about { slug } reportedIn(first: ${n}) { edges { node { title } } } } } } }`;
    const big = await gql(shape(100));
    expect(big.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(big.errors?.[0]?.message).toMatch(/would cost \d+.*at most 5000/);
    const small = await gql<{ statements: Edges<{ about: Slug[]; reportedIn: Edges<{ title: string }> }> }>(
      shape(3),
    );
    expect(small.errors).toBeUndefined();
    expect(small.data?.statements.edges.length).toBe(3);
  });

  it('masks unexpected errors and keeps a code on every error', async () => {
    const unknownField = await gql('{ nope }');
    expect(unknownField.errors?.[0]?.extensions.code).toBeTruthy();
    const syntax = await gql('{ statements( ');
    expect(syntax.errors?.[0]?.extensions.code).toBeTruthy();
    const wrongType = await gql('query ($f: Int) { statements(first: $f) { totalCount } }', {
      f: 'ten',
    });
    expect(wrongType.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
