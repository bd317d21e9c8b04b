import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startLocalNeo4j } from '../../src/local-neo4j/server.js';
import type { GraphQLBody } from './helpers.js';
import { alive, ROOT, type Started, npmStart as startNpm, waitFor } from './processes.js';
import type { TotalCount } from './response-types.js';

/** `npm start` as a user runs it, with its own data folder and ports. */
const dataDir = mkdtempSync(join(tmpdir(), 'news-graph-process-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function npmStart(env: Record<string, string>): Started {
  return startNpm({ NEO4J_URI: '', LOCAL_NEO4J_DIR: dataDir, ...env });
}

async function articleCount(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ articles { totalCount } statements { totalCount } }' }),
  });
  const body = (await response.json()) as GraphQLBody<{ articles: TotalCount; statements: TotalCount }>;
  // NaN, and so a failed check, when the answer has no data.
  return (
    (body.data?.articles.totalCount ?? Number.NaN) * 1000 + (body.data?.statements.totalCount ?? Number.NaN)
  );
}

describe('npm start', () => {
  it('serves GraphiQL and /ready, seeds once, reuses its data, and leaves nothing behind on SIGTERM', async () => {
    const env = { PORT: String(await freePort()), LOCAL_NEO4J_BOLT_PORT: String(await freePort()) };
    const port = Number(env.PORT);

    const first = npmStart(env);
    await waitFor(first, /GraphiQL at http:\/\/127\.0\.0\.1:\d+\/graphql/);
    await waitFor(first, /Graph ready/);
    expect(first.output()).toMatch(/Seeded an empty graph with 1 article/);
    const jvmPid = Number(/pid (\d+)\)/.exec(first.output())?.[1]);
    expect(alive(jvmPid)).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
    const page = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GraphiQL');
    const counts = await articleCount(port);
    expect(counts).toBe(1014);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(alive(jvmPid)).toBe(false);
    expect(alive(first.child.pid ?? -1)).toBe(false);

    const second = npmStart(env);
    await waitFor(second, /Graph ready/);
    expect(second.output()).not.toMatch(/Seeded/);
    expect(await articleCount(port)).toBe(counts);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 240_000);

  it('says why and exits non-zero when the HTTP port is taken', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((done) => blocker.listen(port, '127.0.0.1', done));
    try {
      const started = npmStart({ PORT: String(port), LOCAL_NEO4J_BOLT_PORT: String(await freePort()) });
      const code = await started.exited;
      expect(code).not.toBe(0);
      expect(started.output()).toMatch(new RegExp(`127\\.0\\.0\\.1:${port} is already in use`));
      expect(started.output()).not.toMatch(/GraphiQL at/);
    } finally {
      blocker.close();
    }
  }, 180_000);

  it('says why and exits non-zero when the Bolt port is taken', async () => {
    const blocker = createServer();
    const bolt = await freePort();
    await new Promise<void>((done) => blocker.listen(bolt, '127.0.0.1', done));
    try {
      const started = npmStart({ PORT: String(await freePort()), LOCAL_NEO4J_BOLT_PORT: String(bolt) });
      expect(await started.exited).not.toBe(0);
      expect(started.output()).toMatch(new RegExp(`Port ${bolt} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('says to install a JDK and Maven, or to set NEO4J_URI, when java is missing', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'news-graph-nojava-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          PATH: bin,
          NEO4J_URI: '',
          LOCAL_NEO4J_DIR: dataDir,
          PORT: String(await freePort()),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (c) => (output += c));
      child.stderr.on('data', (c) => (output += c));
      const code = await new Promise((done) => child.once('exit', done));
      expect(code).not.toBe(0);
      expect(output).toMatch(/java\\?" was not found on PATH/);
      expect(output).toMatch(/JDK 17\+ and Maven/);
      expect(output).toMatch(/NEO4J_URI/);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  }, 60_000);

  it('exits non-zero listing every configuration problem at once', async () => {
    const started = npmStart({ PORT: 'eighty', LOCAL_NEO4J_HEAP: 'lots', API_TOKEN: 'short' });
    expect(await started.exited).not.toBe(0);
    const output = started.output();
    expect(output).toMatch(/PORT/);
    expect(output).toMatch(/LOCAL_NEO4J_HEAP/);
    expect(output).toMatch(/API_TOKEN: must be at least 16 characters/);
  }, 60_000);

  it('starts without Neo4j, answers /ready 503 and SERVICE_UNAVAILABLE, and recovers when Neo4j comes up', async () => {
    const bolt = await freePort();
    const port = await freePort();
    const started = npmStart({ PORT: String(port), NEO4J_URI: `bolt://127.0.0.1:${bolt}` });
    const outageDir = mkdtempSync(join(tmpdir(), 'news-graph-late-'));
    let late: Awaited<ReturnType<typeof startLocalNeo4j>> | null = null;
    try {
      await waitFor(started, /GraphiQL at/);
      await waitFor(started, /Neo4j is not reachable; retrying/);
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(503);
      const down = (await (
        await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ articles { totalCount } }' }),
        })
      ).json()) as GraphQLBody;
      expect(down.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');

      late = await startLocalNeo4j({ dataDir: outageDir, boltPort: bolt, heap: '512m', pageCacheMb: 64 });
      await waitFor(started, /Graph ready/, 90_000);
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
      expect(Math.floor((await articleCount(port)) / 1000)).toBe(1);
    } finally {
      started.child.kill('SIGTERM');
      await started.exited;
      await late?.stop();
      rmSync(outageDir, { recursive: true, force: true });
    }
  }, 180_000);
});
