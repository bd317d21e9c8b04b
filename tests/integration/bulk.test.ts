import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { removeArticle } from '../../src/db/article-write.js';
import { documentSchema } from '../../src/domain/document.js';
import { generateCorpus } from '../../tools/corpus/generate.js';
import { nth, testDocument } from './documents.js';
import { testApp } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const { gql, graph } = testApp();
const dir = mkdtempSync(join(tmpdir(), 'news-graph-bulk-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const n of [1, 2, 3]) await removeArticle(graph, `tb-article-${n}`);
});

describe('the corpus generator', () => {
  it('gives the same corpus for the same seed, another for another seed, and every document is valid', () => {
    const a = generateCorpus({ articles: 200, seed: 42 });
    const b = generateCorpus({ articles: 200, seed: 42 });
    const c = generateCorpus({ articles: 200, seed: 43 });
    expect(JSON.stringify(a.documents)).toBe(JSON.stringify(b.documents));
    expect(JSON.stringify(a.documents)).not.toBe(JSON.stringify(c.documents));
    for (const doc of a.documents) expect(documentSchema.safeParse(doc).success).toBe(true);
  });

  it('has a realistic shape: Zipf-like mentions, several statements per article, repeated quotes, years of dates', () => {
    const { documents } = generateCorpus({ articles: 1000, seed: 1 });
    const speakers = new Map<string, number>();
    const texts = new Map<string, number>();
    const years = new Set<string>();
    let statements = 0;
    for (const doc of documents) {
      statements += doc.statements.length;
      for (const s of doc.statements) {
        speakers.set(s.speaker, (speakers.get(s.speaker) ?? 0) + 1);
        texts.set(`${s.speaker}|${s.text}`, (texts.get(`${s.speaker}|${s.text}`) ?? 0) + 1);
      }
      years.add(String(doc.article.publishedOn).slice(0, 4));
    }
    const counts = [...speakers.values()].sort((x, y) => y - x);
    expect(statements / documents.length).toBeGreaterThan(3);
    // The most quoted speaker is quoted far more than the median one.
    expect(counts[0]).toBeGreaterThan(10 * (counts[Math.floor(counts.length / 2)] ?? 1));
    expect([...texts.values()].filter((n) => n > 1).length).toBeGreaterThan(5);
    expect(years.size).toBeGreaterThanOrEqual(6);
  });
});

describe('npm run ingest -- DIR', () => {
  // Each test reads the same three files; they are written before any test, so the order does not matter.
  beforeAll(() => {
    writeFileSync(join(dir, 'a.json'), JSON.stringify(testDocument('tb', 1)));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(testDocument('tb', 2)));
    const bad = testDocument('tb', 3);
    nth(bad.statements, 0).speaker = 'tb-nobody';
    bad.article.publishedOn = 'yesterday';
    writeFileSync(join(dir, 'c-bad.json'), JSON.stringify(bad));
  });

  it('ingests the good documents, reports the bad one by file name and problems, and exits non-zero', async () => {
    const run = spawnSync('npm', ['run', '-s', 'ingest', '--', dir], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
      encoding: 'utf8',
    });
    const output = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    expect(output).toMatch(/c-bad\.json: refused/);
    expect(output).toMatch(/article\.publishedOn: must be an ISO date/);
    expect(output).toMatch(/2 of 3 documents ingested \(1 failed\)/);
    expect(output).toMatch(/documents\/s/);
    const result = await gql(
      '{ a: article(slug: "tb-article-1") { slug } b: article(slug: "tb-article-2") { slug } c: article(slug: "tb-article-3") { slug } }',
    );
    expect(result.data).toEqual({ a: { slug: 'tb-article-1' }, b: { slug: 'tb-article-2' }, c: null });
  });

  it('exits 0 when every document went in, and says how to call it when the path is missing', () => {
    const ok = spawnSync('npm', ['run', '-s', 'ingest', '--', join(dir, 'a.json')], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/1 of 1 documents ingested \(0 failed\)/);
    const missing = spawnSync('npm', ['run', '-s', 'ingest', '--', join(dir, 'nope.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/usage: npm run ingest/);
  });
});
