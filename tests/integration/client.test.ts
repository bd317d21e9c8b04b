import { describe, expect, it } from 'vitest';
import { request } from '../../examples/client/src/client.js';
import { ArticlePage, EntityIndex, WhoSaidWhat } from '../../examples/client/src/operations.js';
import { type GraphQLBody, SEED_ARTICLE, testApp } from './helpers.js';

/** The typed example client, against an API that accepts persisted operations only. */
const { app } = testApp({ PERSISTED_ONLY: true, RATE_LIMIT_PER_MINUTE: 0 });
const options = {
  endpoint: 'http://test/graphql',
  fetch: async (url: string, init: RequestInit) => app.fetch(url, init),
};

describe('the typed client (examples/client)', () => {
  it('runs its operations by hash, with typed results', async () => {
    const said = await request(options, WhoSaidWhat, { speaker: ['sam-altman'], first: 3 });
    expect(said.statements?.edges.length).toBeGreaterThan(0);
    const speakers = said.statements?.edges.map((e) => e.node.speaker?.slug);
    expect(new Set(speakers)).toEqual(new Set(['sam-altman']));

    const people = await request(options, EntityIndex, { kind: 'PERSON' });
    expect(people.entities.edges.map((e) => e.node.slug)).toContain('sam-altman');

    const byUrl = await request(options, ArticlePage, { url: 'https://nowhere.invalid/x' });
    expect(byUrl.article).toBeNull();
  });

  it('a document the client was not built with is refused by a persisted-only server', async () => {
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ article(slug: "${SEED_ARTICLE}") { title } }` }),
    });
    const body = (await response.json()) as GraphQLBody;
    expect(body.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_ONLY');
  });
});
