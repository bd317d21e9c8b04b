import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { Graph } from '../../src/db/graph.js';
import { freePort, type LocalNeo4j, startLocalNeo4j } from '../../src/local-neo4j/server.js';
import { type EditableDocument, INGEST, testDocument } from './documents.js';
import { bodyOf, type GraphQLBody, graphCounts, post, testApp, testGraph, WRITE_TOKEN } from './helpers.js';

describe('credentials first', () => {
  const { app } = testApp({ RATE_LIMIT_PER_MINUTE: 20 });

  it('60 requests with 60 random bearer values are all refused with 401, none reaches the document', async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < 60; i++) {
      const response = await post(
        app,
        { query: '{ __typename }' },
        { authorization: `Bearer ${randomBytes(12).toString('hex')}` },
      );
      statuses.add(response.status);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect((await bodyOf(response)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    expect([...statuses]).toEqual([401]);
  });

  it('a wrong token on a malformed mutation hears about the token, not the document', async () => {
    const response = await post(
      app,
      { query: 'mutation { ingestArticle(input: {' },
      { authorization: 'Bearer wrong-wrong-wrong-wrong' },
    );
    expect(response.status).toBe(401);
    expect((await bodyOf(response)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('cost budget', () => {
  const { app } = testApp({ RATE_LIMIT_PER_MINUTE: 0, COST_BUDGET_PER_MINUTE: 3000 });
  const query = '{ statements(first: 50) { edges { node { text speaker { name } about { name } } } } }';

  it('every answer says what it cost and what is left; over the budget, 429 with Retry-After, before anything runs', async () => {
    const first = await bodyOf(await post(app, { query }));
    const cost = first.extensions?.cost;
    expect(cost?.requested).toBeGreaterThan(0);
    expect(cost?.remaining).toBe(3000 - (cost?.requested ?? 0));
    let refused: Response | null = null;
    for (let i = 0; i < 20 && !refused; i++) {
      const response = await post(app, { query });
      if (response.status === 429) refused = response;
    }
    expect(refused).not.toBeNull();
    expect(refused?.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = (await refused?.json()) as GraphQLBody | undefined;
    expect(body?.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      cost: { limitPerMinute: 3000 },
    });
    // The write token is another client with its own budget.
    expect((await post(app, { query }, { authorization: `Bearer ${WRITE_TOKEN}` })).status).toBe(200);
  });
});

describe('every problem of a document at once', () => {
  const { write, graph } = testApp();

  it('a document with eight problems gets eight, each with its path, and nothing is written', async () => {
    const before = await graphCounts(graph);
    const bad: EditableDocument = testDocument('hp', 1);
    bad.entities.push({ kind: 'ROBOT', slug: 'hp-robot', name: 'Robot' });
    bad.relations.push({ from: 'hp-model', type: 'LOVES', to: 'hp-lab' });
    bad.statements.push({ speaker: 'hp-lab', text: 'Loud.', language: 'en', kind: 'SHOUT' });
    bad.article.publishedOn = '2024-02-30';
    bad.article.outlet = 'hp-no-such-outlet';
    delete bad.article.title;
    bad.statements.push({ text: 'Nobody said this.', language: 'en', kind: 'QUOTE' });
    bad.statements.push({
      speaker: 'hp-lab',
      text: 'About nothing.',
      language: 'en',
      kind: 'QUOTE',
      about: ['hp-unknown'],
    });
    const result = await write(INGEST, { input: bad });
    const problems = result.errors?.[0]?.extensions.problems;
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const n = bad.statements.length;
    expect(problems?.map((p) => p.path).sort()).toEqual(
      [
        'article.outlet',
        'article.publishedOn',
        'article.title',
        `entities.${bad.entities.length - 1}.kind`,
        `relations.${bad.relations.length - 1}.type`,
        `statements.${n - 3}.kind`,
        `statements.${n - 2}.speaker`,
        `statements.${n - 1}.about.0`,
      ].sort(),
    );
    expect(await graphCounts(graph)).toEqual(before);
  });
});

describe('logs that help', () => {
  it('user mistakes at info without a stack, probes at debug', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const app = createApp({
      graph: testGraph(),
      config: { ...loadConfig(), API_TOKEN: WRITE_TOKEN },
      logger: pino({ level: 'debug' }, sink),
      prepared: () => false,
    });
    await post(app, { query: '{ statements(first: 500) { totalCount } }' });
    await post(app, { query: 'mutation { removeArticle(slug: "x") }' });
    expect((await app.fetch('http://test/ready')).status).toBe(503);
    await app.dispose();
    const level = (l: Record<string, unknown>) =>
      typeof l.level === 'number' ? pino.levels.labels[l.level] : undefined;
    expect(lines.filter((l) => level(l) === 'error')).toEqual([]);
    const refusals = lines.filter((l) => l.msg === 'refused' || l.msg === 'request');
    expect(refusals.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(refusals)).not.toMatch(/"stack"/);
    expect(lines.find((l) => l.path === '/ready')).toMatchObject({ status: 503 });
    expect(level(lines.find((l) => l.path === '/ready') ?? {})).toBe('debug');
  });
});

/** Polls /ready until it answers 200 or the time is up; returns the last status. */
async function readyWithin(app: ReturnType<typeof createApp>, ms: number): Promise<number> {
  const until = performance.now() + ms;
  let status = 0;
  while (status !== 200 && performance.now() < until) {
    status = (await app.fetch('http://test/ready')).status;
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return status;
}

describe('readiness under a frozen Neo4j', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'news-graph-frozen-'));
  let local: LocalNeo4j | null = null;
  afterAll(async () => {
    if (local) process.kill(local.pid, 'SIGCONT');
    await local?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 within 2 s while Neo4j does not answer, and 200 again once it does', async () => {
    local = await startLocalNeo4j({ dataDir, boltPort: await freePort(), heap: '512m', pageCacheMb: 64 });
    const graph = Graph.connect(local.uri, 'neo4j', 'neo4j', { timeoutMs: 5_000 });
    const app = createApp({ graph, config: loadConfig() });
    // A cold server may take longer than the probe's bound for its first answer: wait until it is warm.
    expect(await readyWithin(app, 30_000)).toBe(200);
    process.kill(local.pid, 'SIGSTOP');
    const started = performance.now();
    const frozen = await app.fetch('http://test/ready');
    expect(frozen.status).toBe(503);
    expect(performance.now() - started).toBeLessThan(2_000);
    process.kill(local.pid, 'SIGCONT');
    expect(await readyWithin(app, 30_000)).toBe(200);
    await app.dispose();
    await graph.close();
  });
});
