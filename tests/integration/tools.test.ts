import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/local-neo4j/server.js';
import { alive, npm, npmStart, type Started, until, waitFor } from './processes.js';

/**
 * The CLIs beside a running `npm start`: they attach to its bundled Neo4j (same LOCAL_NEO4J_DIR)
 * instead of starting a second, empty one. One `npm start` serves every test of the file.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'news-graph-tools-'));
const textFile = join(dataDir, 'article.txt');
let env: Record<string, string> = {};
let server: Started;
let jvmPid = 0;

const TEXT = [
  'OpenAIs Chef Sam Altman sprach am Donnerstag in München über offene Modelle.',
  '„Wir werden GPT-6 nicht als Open Source veröffentlichen“, sagte Altman.',
  '„Sicherheit geht vor“, erklärte OpenAI.',
].join(' ');

/** Pids of the bundled Neo4j JVMs on `dir`, from their command lines (main class, then the folder). */
function neo4jJvms(dir: string): number[] {
  const found = spawnSync('pgrep', ['-f', `dev\\.newsgraph\\.neo4j\\.LocalNeo4j ${dir} `], {
    encoding: 'utf8',
  });
  return found.stdout.split('\n').filter(Boolean).map(Number);
}

async function ready(): Promise<number> {
  return (await fetch(`http://127.0.0.1:${env.PORT}/ready`)).status;
}

/** Runs `npm ARGS` to its end, noting the most bundled JVMs on the folder seen while it ran. */
async function runBeside(args: string[]): Promise<Started & { code: number | null; mostJvms: number }> {
  const run = npm(args, env);
  let mostJvms = 0;
  let done = false;
  const exited = run.exited.then((code) => {
    done = true;
    return code;
  });
  await until(
    () => {
      mostJvms = Math.max(mostJvms, neo4jJvms(dataDir).length);
      return done;
    },
    () => `npm ${args.join(' ')} to finish:\n${run.output()}`,
    60_000,
  );
  return { ...run, code: await exited, mostJvms };
}

beforeAll(async () => {
  writeFileSync(textFile, TEXT);
  env = {
    NEO4J_URI: '',
    LOCAL_NEO4J_DIR: dataDir,
    PORT: String(await freePort()),
    LOCAL_NEO4J_BOLT_PORT: String(await freePort()),
  };
  server = npmStart(env);
  await waitFor(server, /Graph ready/);
  jvmPid = Number(/started a bundled Neo4j \(pid (\d+)\)/.exec(server.output())?.[1]);
  expect(neo4jJvms(dataDir)).toEqual([jvmPid]);
});

afterAll(async () => {
  try {
    if (!server) return;
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(alive(jvmPid)).toBe(false);
    expect(existsSync(join(dataDir, 'server.json'))).toBe(false);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

describe('the CLIs beside npm start', () => {
  it('npm start records where its Neo4j listens', () => {
    const record = JSON.parse(readFileSync(join(dataDir, 'server.json'), 'utf8'));
    expect(record).toEqual({
      pid: jvmPid,
      ownerPid: expect.any(Number),
      boltPort: Number(env.LOCAL_NEO4J_BOLT_PORT),
      uri: `bolt://127.0.0.1:${env.LOCAL_NEO4J_BOLT_PORT}`,
      startedAt: expect.any(String),
    });
    expect(alive(record.ownerPid)).toBe(true);
  });

  it('npm run -s extract prints only the draft, from the running graph, with no second Neo4j', async () => {
    const run = await runBeside(['run', '-s', 'extract', '--', textFile]);
    expect(run.code, run.stderr()).toBe(0);
    const json = JSON.stringify(JSON.parse(run.stdout()));
    expect(json).toContain('"sam-altman"');
    expect(json).toContain('"openai"');
    expect(run.stderr()).toContain(
      `using the bundled Neo4j that another process runs (pid ${jvmPid}) at bolt://127.0.0.1:${env.LOCAL_NEO4J_BOLT_PORT}`,
    );
    expect(run.mostJvms).toBe(1);
    expect(neo4jJvms(dataDir)).toEqual([jvmPid]);
    expect(await ready()).toBe(200);
    expect(JSON.parse(readFileSync(join(dataDir, 'server.json'), 'utf8')).pid).toBe(jvmPid);
  });

  it('extract --out writes the draft to the file and says so; --language and the positional form agree', async () => {
    const out = join(dataDir, 'draft.json');
    const run = await runBeside(['run', '-s', 'extract', '--', textFile, '--language', 'de', '--out', out]);
    expect(run.code, run.stderr()).toBe(0);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toContain(`wrote the draft to ${out}`);
    expect(run.stderr()).toMatch(/\(language de\)/);
    expect(readFileSync(out, 'utf8')).toContain('"sam-altman"');
    const positional = await runBeside(['run', '-s', 'extract', '--', textFile, 'en']);
    expect(positional.code, positional.stderr()).toBe(0);
    expect(positional.stderr()).toMatch(/\(language en\)/);
  });

  it('npm run seed attaches too, and its results alone go to stdout', async () => {
    const run = await runBeside(['run', '-s', 'seed']);
    expect(run.code, run.stderr()).toBe(0);
    expect(run.stdout()).toMatch(
      /^openais-open-source-zeiten-fuer-gpt-modelle-sind-erstmal-vorbei: replaced/,
    );
    expect(run.stderr()).toContain(`using the bundled Neo4j that another process runs (pid ${jvmPid})`);
    expect(run.mostJvms).toBe(1);
    expect(await ready()).toBe(200);
  });

  it('a second npm start on the same folder attaches, and its shutdown leaves the server running', async () => {
    const second = npmStart({ ...env, PORT: String(await freePort()) });
    try {
      await waitFor(second, /Graph ready/);
      expect(second.output()).toContain(`using the bundled Neo4j that another process runs (pid ${jvmPid})`);
    } finally {
      second.child.kill('SIGTERM');
    }
    expect(await second.exited).toBe(0);
    expect(neo4jJvms(dataDir)).toEqual([jvmPid]);
    expect(await ready()).toBe(200);
    expect(existsSync(join(dataDir, 'server.json'))).toBe(true);
  });
});

describe('--help and unknown options', () => {
  // An unreachable NEO4J_URI: neither case may open a database, let alone start one.
  const offline = { NEO4J_URI: 'bolt://127.0.0.1:1' };
  const scripts = ['seed', 'ingest', 'extract', 'generate', 'schema:print', 'persisted:build'];

  it.each(scripts)('npm run %s -- --help prints the usage on stdout and exits 0', async (script) => {
    const run = npm(['run', '-s', script, '--', '--help'], offline);
    expect(await run.exited, run.stderr()).toBe(0);
    expect(run.stdout()).toMatch(new RegExp(`^usage: npm run (-s )?${script}`));
    expect(run.stdout()).toMatch(/exit codes: 0/);
    expect(run.stdout()).toMatch(/environment:/);
    expect(run.stderr()).toBe('');
  });

  it.each(scripts)('npm run %s -- --bogus prints the usage on stderr and exits 2', async (script) => {
    const run = npm(['run', '-s', script, '--', '--bogus'], offline);
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toMatch(/--bogus/);
    expect(run.stderr()).toMatch(new RegExp(`usage: npm run (-s )?${script}`));
    expect(run.stdout()).toBe('');
  });
});
