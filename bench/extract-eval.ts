import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseStatementText, slugify } from '../src/domain/normalise.js';
import { type Draft, extractDraft } from '../src/extract/draft.js';
import type { KnownEntity } from '../src/extract/known.js';

/**
 * `npm run bench:extract`: the draft extractor on bench/extract-set, per half (dev, held-out) and
 * language. The held-out half was written by someone who never saw the rules and is never tuned
 * against; its figures are the ones the README reports. `-- --verbose` lists every miss (dev only,
 * unless `--heldout-misses` is given, which you should not do while tuning).
 */

const SET = join(import.meta.dirname, 'extract-set');
const KNOWN = JSON.parse(readFileSync(join(SET, 'known.json'), 'utf8')) as KnownEntity[];

interface Expected {
  language: 'de' | 'en';
  quotes: Array<{ text: string; speaker: string }>;
  known: string[];
  new: Array<{ name: string; kind: string }>;
}

interface Counts {
  quotesExpected: number;
  quotesFound: number;
  quotesRight: number;
  knownExpected: number;
  knownFound: number;
  knownRight: number;
  newExpected: number;
  newFound: number;
  newRight: number;
  kindRight: number;
}

const zero = (): Counts => ({
  quotesExpected: 0,
  quotesFound: 0,
  quotesRight: 0,
  knownExpected: 0,
  knownFound: 0,
  knownRight: 0,
  newExpected: 0,
  newFound: 0,
  newRight: 0,
  kindRight: 0,
});

const quoteKey = (text: string) => normaliseStatementText(text).replace(/[\s,;:.!?…-]+$/u, '');
const speakerKey = (speaker: string) => (KNOWN.some((k) => k.slug === speaker) ? speaker : slugify(speaker));

export function scoreCase(draft: Draft, expected: Expected, misses: string[]): Counts {
  const c = zero();
  const found = draft.quotes.filter((q) => q.speaker);
  const wanted = new Map(expected.quotes.map((q) => [quoteKey(q.text), speakerKey(q.speaker)]));
  c.quotesExpected = wanted.size;
  c.quotesFound = found.length;
  for (const q of found) {
    const right = wanted.get(quoteKey(q.text));
    if (right && right === q.speaker) c.quotesRight += 1;
    else
      misses.push(
        `  quote ${right ? `speaker ${q.speaker} != ${right}` : `not expected (speaker ${q.speaker})`}: ${q.text.slice(0, 70)}`,
      );
  }
  for (const [text, speaker] of wanted)
    if (!found.some((q) => quoteKey(q.text) === text)) {
      const q = draft.quotes.find((x) => quoteKey(x.text) === text);
      misses.push(`  quote missed (${q ? 'no speaker' : 'not found'}; ${speaker}): ${text.slice(0, 70)}`);
    }
  const known = new Set(draft.mentions.filter((m) => m.known).map((m) => m.slug));
  c.knownExpected = expected.known.length;
  c.knownFound = known.size;
  c.knownRight = expected.known.filter((s) => known.has(s)).length;
  for (const s of expected.known) if (!known.has(s)) misses.push(`  known missed: ${s}`);
  for (const s of known) if (!expected.known.includes(s)) misses.push(`  known extra: ${s}`);
  const fresh = new Map(draft.mentions.filter((m) => !m.known).map((m) => [m.slug, m]));
  c.newExpected = expected.new.length;
  c.newFound = fresh.size;
  const expectedSlugs = new Set(expected.new.map((n) => slugify(n.name)));
  for (const n of expected.new) {
    const m = fresh.get(slugify(n.name));
    if (!m) misses.push(`  new missed: ${n.name} (${n.kind})`);
    else {
      c.newRight += 1;
      if (m.kind === n.kind) c.kindRight += 1;
      else misses.push(`  kind: ${n.name} is ${n.kind}, draft says ${m.kind} (${m.evidence})`);
    }
  }
  for (const [slug, m] of fresh)
    if (!expectedSlugs.has(slug)) misses.push(`  new extra: ${m.name} (${m.kind}, ${m.evidence})`);
  return c;
}

function add(a: Counts, b: Counts): Counts {
  const out = zero();
  for (const k of Object.keys(out) as Array<keyof Counts>) out[k] = a[k] + b[k];
  return out;
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(2));

export function row(name: string, c: Counts): string {
  return `| ${name} | ${ratio(c.quotesRight, c.quotesFound)} | ${ratio(c.quotesRight, c.quotesExpected)} | ${ratio(c.knownRight, c.knownExpected)} | ${ratio(c.newRight, c.newFound)} | ${ratio(c.newRight, c.newExpected)} | ${ratio(c.kindRight, c.newRight)} |`;
}

export function evaluate(half: 'dev' | 'heldout', verbose: boolean): Record<'de' | 'en', Counts> {
  const dir = join(SET, half);
  const totals = { de: zero(), en: zero() };
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expected;
    const text = readFileSync(join(dir, file.replace(/\.json$/, '.txt')), 'utf8');
    const misses: string[] = [];
    const draft = extractDraft(text, expected.language, KNOWN);
    totals[expected.language] = add(totals[expected.language], scoreCase(draft, expected, misses));
    if (verbose && misses.length > 0) console.log(`${half}/${file}\n${misses.join('\n')}`);
  }
  return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const verbose = process.argv.includes('--verbose');
  const heldoutMisses = process.argv.includes('--heldout-misses');
  const dev = evaluate('dev', verbose);
  const held = evaluate('heldout', heldoutMisses);
  console.log(
    '| half, language | quotes precision | quotes recall | known recall | new names precision | new names recall | kind right |',
  );
  console.log('|---|---|---|---|---|---|---|');
  console.log(row('dev, de', dev.de));
  console.log(row('dev, en', dev.en));
  console.log(row('**held out, de**', held.de));
  console.log(row('**held out, en**', held.en));
}
