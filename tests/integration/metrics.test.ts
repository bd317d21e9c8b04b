import { afterAll, describe, expect, it } from 'vitest';
import { removeArticle } from '../../src/db/article-write.js';
import { INGEST, testDocument } from './documents.js';
import { testApp, WRITE_TOKEN } from './helpers.js';

const { app, graph } = testApp({ RATE_LIMIT_PER_MINUTE: 0 });
afterAll(() => removeArticle(graph, 'tm-article-1'));
const post = (body: unknown, headers: Record<string, string> = {}) =>
  app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/** The value of one sample line, e.g. `graphql_requests_total{operation="Probe",outcome="ok"}`. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && want.every((w) => l.includes(w)));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('GET /metrics', () => {
  it('counts requests by operation and outcome, times them and the Neo4j transactions, and counts ingests', async () => {
    const before = await (await app.fetch('http://test/metrics')).text();
    await post({ query: 'query Probe { entity(slug: "openai") { name } }', operationName: 'Probe' });
    await post({ query: 'query Probe { statements(first: 500) { totalCount } }', operationName: 'Probe' });
    await post(
      { query: INGEST, variables: { input: testDocument('tm', 1) } },
      { authorization: `Bearer ${WRITE_TOKEN}` },
    );
    const response = await app.fetch('http://test/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    const delta = (name: string, labels: Record<string, string>) =>
      sample(text, name, labels) - sample(before, name, labels);
    expect(delta('graphql_requests_total', { operation: 'Probe', outcome: 'ok' })).toBe(1);
    expect(delta('graphql_requests_total', { operation: 'Probe', outcome: 'BAD_USER_INPUT' })).toBe(1);
    expect(delta('graphql_request_duration_seconds_count', { operation: 'Probe' })).toBe(2);
    expect(
      delta('neo4j_transaction_duration_seconds_count', { mode: 'read', outcome: 'ok' }),
    ).toBeGreaterThan(0);
    expect(
      delta('neo4j_transaction_duration_seconds_count', { mode: 'write', outcome: 'ok' }),
    ).toBeGreaterThan(0);
    expect(delta('ingests_total', { outcome: 'ok' })).toBe(1);
    expect(text).toMatch(/^process_cpu_seconds_total /m);
  });
});
