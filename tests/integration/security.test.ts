import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import clientDocuments from '../../examples/client/src/gql/persisted-documents.json' with { type: 'json' };
import { createApp, exampleOperations } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { loadManifest, operationHash } from '../../src/plugins/persisted.js';
import { INGEST, testDocument } from './documents.js';
import { bodyOf, graphCounts, post, testApp, testGraph, WRITE_TOKEN } from './helpers.js';
import type { Edges, TotalCount } from './response-types.js';

const READ_TOKEN = 'test-read-token-0123456789';

/** What the example operation GptStatementsInMunich (examples/) selects. */
interface GptStatementsInMunich {
  statements: TotalCount &
    Edges<{
      text: string;
      translation: string | null;
      saidOn: string | null;
      speaker: { name: string };
      place: { name: string } | null;
      event: { name: string } | null;
      reportedIn: Edges<{ title: string; url: string }>;
    }>;
}

describe('access', () => {
  const { app, graph } = testApp({ READ_TOKEN });

  it('with READ_TOKEN set, queries without it (or with a wrong one) are refused; the token or the write token pass', async () => {
    const query = { query: '{ articles { totalCount } }' };
    const attempts: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer nope-nope-nope-nope' },
      { authorization: READ_TOKEN },
    ];
    for (const headers of attempts) {
      const response = await post(app, query, headers);
      expect(response.status).toBe(401);
      expect((await bodyOf(response)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    for (const token of [READ_TOKEN, WRITE_TOKEN]) {
      const response = await post(app, query, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(200);
      expect((await bodyOf<{ articles: TotalCount }>(response)).data?.articles.totalCount).toBeGreaterThan(0);
    }
    // GraphiQL, /health and /ready stay open.
    expect((await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } })).status).toBe(200);
    expect((await app.fetch('http://test/health')).status).toBe(200);
  });

  it('the read token cannot write; refused writes change nothing', async () => {
    const before = await graphCounts(graph);
    const response = await post(
      app,
      { query: INGEST, variables: { input: testDocument('ts', 1) } },
      { authorization: `Bearer ${READ_TOKEN}` },
    );
    expect((await bodyOf(response)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await graphCounts(graph)).toEqual(before);
  });

  it('mutations are refused while API_TOKEN is unset, whatever is sent', async () => {
    const graph = testGraph();
    const noToken = createApp({ graph, config: { ...loadConfig(), API_TOKEN: undefined } });
    for (const authorization of ['Bearer ', 'Bearer undefined', `Bearer ${WRITE_TOKEN}`]) {
      const response = await post(
        noToken,
        { query: 'mutation { removeArticle(slug: "x") }' },
        { authorization },
      );
      expect((await bodyOf(response)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    await noToken.dispose();
  });
});

describe('cost controls', () => {
  const { gql } = testApp({ MAX_ALIASES: 5, MAX_TOKENS: 300 });

  it('refuses too many aliases and too many tokens with QUERY_TOO_COMPLEX', async () => {
    const aliases = `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: articles(first: 1) { totalCount }`).join(' ')} }`;
    const refused = await gql(aliases);
    expect(refused.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(refused.errors?.[0]?.message).toMatch(/more than 5 aliases/);
    expect(
      (
        await gql(
          `{ ${Array.from({ length: 5 }, (_, i) => `a${i}: articles(first: 1) { totalCount }`).join(' ')} }`,
        )
      ).errors,
    ).toBeUndefined();
    const tokens = await gql(`{ ${'__typename '.repeat(400)} }`);
    expect(tokens.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('rate limit', () => {
  const { app } = testApp({ RATE_LIMIT_PER_MINUTE: 5 });

  it('answers RATE_LIMITED with 429 and Retry-After once a client has used its allowance, per client', async () => {
    // In-process requests have no address: anonymous callers share one bucket; a verified token has its own.
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(app, { query: '{ __typename }' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const refused = await post(app, { query: '{ __typename }' });
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await bodyOf(refused)).errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(
      (await post(app, { query: '{ __typename }' }, { authorization: `Bearer ${WRITE_TOKEN}` })).status,
    ).toBe(200);
  });
});

describe('persisted operations', () => {
  it("the committed manifest holds exactly the GraphiQL examples and the typed client's operations (run npm run persisted:build)", () => {
    const manifest = loadManifest();
    const examples = exampleOperations().map((e) => operationHash(e.query));
    const client = Object.values(clientDocuments).map(operationHash);
    expect(Object.keys(manifest).sort()).toEqual([...examples, ...client].sort());
  });

  const { app } = testApp({ PERSISTED_ONLY: true });

  it('PERSISTED_ONLY accepts the manifest operations by hash and refuses anything else', async () => {
    const example = exampleOperations().find((e) => e.name === 'analyst-gpt-statements-in-munich');
    const hash = operationHash(example?.query ?? '');
    const ok = await post(app, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    const body = await bodyOf<GptStatementsInMunich>(ok);
    expect(body.errors).toBeUndefined();
    expect(body.data?.statements.totalCount).toBeGreaterThan(0);
    const arbitrary = await bodyOf(await post(app, { query: '{ articles { totalCount } }' }));
    expect(arbitrary.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_ONLY');
    const unknown = await bodyOf(
      await post(app, { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    );
    expect(unknown.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('CORS', () => {
  const { app } = testApp({ CORS_ORIGINS: ['https://newsroom.example'] });

  it('allows the configured origins only', async () => {
    const preflight = (origin: string) =>
      app.fetch('http://test/graphql', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    expect((await preflight('https://newsroom.example')).headers.get('access-control-allow-origin')).toBe(
      'https://newsroom.example',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe(
      'https://evil.example',
    );
  });
});

describe('logs', () => {
  it('write one JSON line per request with request id, operation, duration and outcome, and never the token', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const graph = testGraph();
    const app = createApp({
      graph,
      config: { ...loadConfig(), API_TOKEN: WRITE_TOKEN },
      logger: pino({ level: 'info' }, sink),
    });
    const response = await post(
      app,
      { query: 'query Probe { entity(slug: "openai") { name } }', operationName: 'Probe' },
      { authorization: `Bearer ${WRITE_TOKEN}`, 'x-request-id': 'req-123' },
    );
    expect(response.headers.get('x-request-id')).toBe('req-123');
    await post(app, { query: '{ statements(first: 500) { totalCount } }' });
    await app.dispose();
    const probe = lines.find((l) => l.requestId === 'req-123');
    expect(probe).toMatchObject({ operationName: 'Probe', status: 200, outcome: 'ok', path: '/graphql' });
    expect(probe?.durationMs).toEqual(expect.any(Number));
    expect(lines.find((l) => l.outcome === 'BAD_USER_INPUT')).toBeTruthy();
    expect(JSON.stringify(lines)).not.toContain(WRITE_TOKEN);
  });
});
