import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE, testApp } from './helpers.js';

const { gql } = testApp();

interface Page {
  entities: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { slug: string; name: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

describe('lookups a frontend needs', () => {
  it('article(url:) finds the seed article by its address; slug and url together, or neither, are refused', async () => {
    const bySlug = await gql<{ article: { url: string } }>(`{ article(slug: "${SEED_ARTICLE}") { url } }`);
    const url = bySlug.data?.article.url;
    const byUrl = await gql<{ article: { slug: string } }>(
      'query ($url: String) { article(url: $url) { slug } }',
      { url },
    );
    expect(byUrl.data?.article.slug).toBe(SEED_ARTICLE);
    expect((await gql('{ article(url: "https://nowhere.invalid/x") { slug } }')).data).toEqual({
      article: null,
    });
    const both = await gql(`{ article(slug: "${SEED_ARTICLE}", url: "x") { slug } }`);
    expect(both.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await gql('{ article { slug } }')).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('entities(kind:) pages through one kind by name, with a total', async () => {
    const first = await gql<Page>(
      '{ entities(kind: PERSON, first: 3) { totalCount edges { cursor node { slug name } } pageInfo { hasNextPage endCursor } } }',
    );
    const page = first.data?.entities;
    expect(page?.edges).toHaveLength(3);
    expect(page?.totalCount).toBeGreaterThan(3);
    const names = page?.edges.map((e) => e.node.name.toLowerCase()) ?? [];
    expect(names).toEqual([...names].sort());
    const next = await gql<Page>(
      'query ($after: String) { entities(kind: PERSON, first: 100, after: $after) { edges { node { slug } } } }',
      {
        after: page?.pageInfo.endCursor,
      },
    );
    const all = [...(page?.edges ?? []), ...(next.data?.entities.edges ?? [])].map((e) => e.node.slug);
    expect(new Set(all).size).toBe(page?.totalCount);
    expect(all).toContain('sam-altman');
    expect(all).not.toContain('openai');
  });
});
