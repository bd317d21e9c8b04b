import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseStatementText, slugify } from '../src/domain/normalise.js';
import { extractDraft, type KnownEntity } from '../src/ingest/extract.js';

/**
 * Precision and recall of the draft extractor: on texts written for this project (tests/fixtures/
 * extract, German and English) and, when ../shared/seed-article is present, on the seed article
 * against the seed decomposition. Known entities are the seed's, as after `npm start`.
 */

const ROOT = join(import.meta.dirname, '..');
const seed = JSON.parse(readFileSync(join(ROOT, 'seed', 'openai-open-source-de.json'), 'utf8'));
export const KNOWN: KnownEntity[] = seed.entities.map((e: any) => ({
  slug: e.slug,
  kind: e.kind,
  name: e.name,
  aliases: e.aliases ?? [],
}));

export interface Expected {
  quotes: Array<{ text: string; speaker: string }>;
  known: string[];
  new: string[];
}

export interface Score {
  quotes: { expected: number; found: number; correct: number };
  speakers: { expected: number; correct: number };
  known: { expected: number; found: number; correct: number };
  fresh: { expected: number; found: number; correct: number };
}

const key = (text: string) => normaliseStatementText(text);

export function score(text: string, language: string, expected: Expected): Score {
  const draft = extractDraft(text, language, KNOWN);
  const found = new Map(
    draft.quotes.map((q) => [key(q.text), q.speaker ?? (q.speakerName ? slugify(q.speakerName) : null)]),
  );
  const correctQuotes = expected.quotes.filter((q) => found.has(key(q.text)));
  const correctSpeakers = expected.quotes.filter((q) => found.get(key(q.text)) === q.speaker);
  const knownFound = draft.mentions.filter((m) => m.known).map((m) => m.slug);
  const freshFound = draft.mentions.filter((m) => !m.known).map((m) => m.slug);
  const freshExpected = expected.new.map(slugify);
  return {
    quotes: { expected: expected.quotes.length, found: draft.quotes.length, correct: correctQuotes.length },
    speakers: { expected: expected.quotes.length, correct: correctSpeakers.length },
    known: {
      expected: expected.known.length,
      found: knownFound.length,
      correct: expected.known.filter((s) => knownFound.includes(s)).length,
    },
    fresh: {
      expected: freshExpected.length,
      found: freshFound.length,
      correct: freshExpected.filter((s) => freshFound.includes(s)).length,
    },
  };
}

export function fixtures(
  folder = 'extract',
): Array<{ name: string; text: string; language: string; expected: Expected }> {
  const dir = join(ROOT, 'tests', 'fixtures', folder);
  const all = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
  return Object.entries(all).map(([name, expected]) => ({
    name,
    text: readFileSync(join(dir, name), 'utf8'),
    language: name.startsWith('de-') ? 'de' : 'en',
    expected,
  }));
}

/** The seed article scored against the seed decomposition: its QUOTE statements and the entities it names. */
export function seedCase(): { name: string; text: string; language: string; expected: Expected } | null {
  const path = join(ROOT, '..', 'shared', 'seed-article', 'openai-open-source-de.txt');
  if (!existsSync(path)) return null;
  return {
    name: 'seed article (de)',
    text: readFileSync(path, 'utf8'),
    language: 'de',
    expected: {
      quotes: seed.statements
        .filter((s: any) => s.kind === 'QUOTE')
        .map((s: any) => ({ text: s.text, speaker: s.speaker })),
      known: seed.entities
        .filter((e: any) => e.mentioned !== false && e.kind !== 'EVENT')
        .map((e: any) => e.slug),
      new: [],
    },
  };
}

function sum(scores: Score[]): Score {
  const add = <K extends keyof Score>(k: K, f: keyof Score[K]) =>
    scores.reduce((n, s) => n + (s[k][f] as number), 0);
  return {
    quotes: {
      expected: add('quotes', 'expected'),
      found: add('quotes', 'found'),
      correct: add('quotes', 'correct'),
    },
    speakers: { expected: add('speakers', 'expected'), correct: add('speakers', 'correct') },
    known: {
      expected: add('known', 'expected'),
      found: add('known', 'found'),
      correct: add('known', 'correct'),
    },
    fresh: {
      expected: add('fresh', 'expected'),
      found: add('fresh', 'found'),
      correct: add('fresh', 'correct'),
    },
  };
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(0)}%`);

function report(name: string, s: Score): string {
  return `| ${name} | ${pct(s.quotes.correct, s.quotes.found)} / ${pct(s.quotes.correct, s.quotes.expected)} | ${pct(s.speakers.correct, s.speakers.expected)} | ${pct(s.known.correct, s.known.found)} / ${pct(s.known.correct, s.known.expected)} | ${pct(s.fresh.correct, s.fresh.found)} / ${pct(s.fresh.correct, s.fresh.expected)} |`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows: string[] = [];
  const own = fixtures().map((c) => ({ name: c.name, s: score(c.text, c.language, c.expected) }));
  for (const { name, s } of own) rows.push(report(name, s));
  rows.push(report('**own texts, all**', sum(own.map((o) => o.s))));
  // Written after the rules were settled and never tuned against: the fairer figure.
  const heldOut = fixtures('extract-heldout').map((c) => ({
    name: `held out: ${c.name}`,
    s: score(c.text, c.language, c.expected),
  }));
  for (const { name, s } of heldOut) rows.push(report(name, s));
  rows.push(report('**held out, all**', sum(heldOut.map((o) => o.s))));
  const seedArticle = seedCase();
  if (seedArticle)
    rows.push(report(seedArticle.name, score(seedArticle.text, seedArticle.language, seedArticle.expected)));
  console.log(
    '| text | quotes precision / recall | speakers right | known entities precision / recall | new names precision / recall |',
  );
  console.log('|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}
