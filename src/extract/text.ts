import { NOT_NAMES } from './lexicon.js';
/**
 * The text's structure: words with their offsets, quotes, sentences, paragraphs and the dateline.
 * Everything keeps character offsets into the original text, so a draft can point at its evidence.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence the token is in. */
  sentence: number;
}

export interface Quote {
  /** What stands between the marks, as written. */
  text: string;
  /** Offsets of the marks themselves. */
  start: number;
  end: number;
  sentence: number;
  paragraph: number;
}

export interface Span {
  start: number;
  end: number;
}

const PAIRS: Array<[string, string]> = [
  ['„', '“'],
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['»', '«'],
  ['‚', '‘'],
];

/** Quoted spans within one paragraph; the first pair that matches at a place wins. */
export function findQuotes(text: string): Array<Span & { text: string }> {
  const quotes: Array<Span & { text: string }> = [];
  const used = new Uint8Array(text.length);
  for (const [open, close] of pairsFor(text)) {
    const o = escapeRegExp(open);
    const c = escapeRegExp(close);
    const pattern = new RegExp(`${o}([^${o}${c}\\n]{1,1500}?)${c}`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (used.subarray(start, end).some((x) => x === 1)) continue;
      // An apostrophe pair (‚…‘) is rarely a quote; only when it holds several words.
      if (open === '‚' && (match[1] ?? '').split(/\s+/).length < 3) continue;
      used.fill(1, start, end);
      quotes.push({ text: match[1] as string, start, end });
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/** »…« (German) or «…» (French, Swiss): whichever mark comes first opens. */
function pairsFor(text: string): Array<[string, string]> {
  const right = text.indexOf('»');
  const left = text.indexOf('«');
  const germanGuillemets = right >= 0 && (left < 0 || right < left);
  return PAIRS.filter(([open]) => (germanGuillemets ? open !== '«' : open !== '»'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ABBREVIATIONS = new Set(
  (
    'dr prof sen rep mr mrs ms gov st jr sr inc ltd corp co nr bzw ca vgl z.b u.a d.h ggf jan feb aug sept okt ' +
    'nov dez no vs etc gen lt col u.s u.k e.u a.m p.m'
  ).split(' '),
);

/**
 * Sentence starts (offsets). Quote contents count as one unit, so a period inside a quote ends the
 * sentence only when the quote ends there ("… Vorsprung.“ Next sentence").
 */
export function sentenceStarts(text: string, quotes: Span[]): number[] {
  const inQuote = new Uint8Array(text.length);
  for (const q of quotes) inQuote.fill(1, q.start + 1, Math.max(q.start + 1, q.end - 1));
  const starts = [0];
  const boundary = /([.!?…]+)(["“”»«'’]?)(\s+)(?=[\p{Lu}\p{N}„“"«»‚(—–-])|\n+/gu;
  for (const m of text.matchAll(boundary)) {
    const at = m.index ?? 0;
    if (m[0].startsWith('\n')) {
      starts.push(at + m[0].length);
      continue;
    }
    if (inQuote[at]) {
      // A sentence end inside a quote counts only right before the closing mark.
      if (!m[2]) continue;
    }
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase() ?? '';
    if (m[1] === '.' && (ABBREVIATIONS.has(word.replace(/\.$/, '')) || /^\p{L}$/u.test(word))) continue;
    starts.push(at + m[0].length);
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** Index of the span in `starts` (sorted offsets) that holds `offset`. */
export function indexAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n+/g)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[.'’&][\p{L}\p{N}]+)*\.?/gu;

/** Words (letters and digits, with inner apostrophes, dots and ampersands), each with its sentence. */
export function tokenize(text: string, sentences: number[]): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    // A trailing period belongs to the word only for abbreviations ("Inc.", "Dr.", "U.S.").
    if (word.endsWith('.') && !isAbbreviation(word)) word = word.slice(0, -1);
    const start = m.index ?? 0;
    tokens.push({ text: word, start, end: start + word.length, sentence: indexAt(sentences, start) });
  }
  return tokens;
}

function isAbbreviation(word: string): boolean {
  const bare = word.slice(0, -1).toLowerCase();
  return ABBREVIATIONS.has(bare) || /^(\p{L}\.)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(word.slice(0, -1));
}

export interface Dateline {
  place: string;
  agency: string | null;
  start: number;
  end: number;
}

/**
 * "Wustermark – Auf dem Acker…", "Bad Homburg (dpa) – …": a place in ordinary case, one to three
 * words, then an agency in brackets or a spaced dash. A plain full stop is not enough here: that is a
 * one-word sentence.
 */
function mixedCaseDateline(text: string, start: number): Dateline | null {
  const m =
    /^(\p{Lu}\p{Ll}+(?:[ -](?:am |an der |ob der |upon |on )?\p{Lu}\p{Ll}+){0,2})\s*(?:\(([^)]{1,30})\)\s*[—–-]?|\s[—–]|\s-)\s+/u.exec(
      text.slice(start, start + 80),
    );
  if (!m || NOT_NAMES.has((m[1] as string).split(/[ -]/)[0]?.toLowerCase() ?? '')) return null;
  const agency = m[2]?.replace(/\/.*$/, '').trim() || null;
  return { place: m[1] as string, agency, start, end: start + m[0].length };
}

/** "BERLIN.", "SAN FRANCISCO —", "MÜNCHEN (dpa) -", "LONDON (Reuters) -" at the start of a paragraph. */
export function findDateline(text: string, paragraphs: number[]): Dateline | null {
  for (const [k, start] of paragraphs.slice(0, 4).entries()) {
    const m =
      /^([\p{Lu}][\p{Lu}.'\-/ ]{1,40}?[\p{Lu}.])(?:,\s*[\p{L} .]{2,30})?\s*(?:\(([^)]{1,30})\)|(\p{Ll}{2,6})(?=\s*\|))?\s*(?:[.:—–|]|\s-\s|--)\s*/u.exec(
        text.slice(start, start + 120),
      );
    if (!m) {
      const mixed = k <= 1 ? mixedCaseDateline(text, start) : null;
      if (mixed) return mixed;
      continue;
    }
    const raw = (m[1] as string).replace(/\.$/, '').trim();
    if (raw.length < 3 || !/\p{Lu}{3}/u.test(raw.replace(/[ .'/-]/g, ''))) continue;
    const place = raw
      .toLowerCase()
      .replace(/(^|[\s\-'/])(\p{L})/gu, (_x, sep: string, ch: string) => sep + ch.toUpperCase());
    const agency = (m[2] ?? m[3])?.replace(/\/.*$/, '').trim() ?? null;
    return { place, agency: agency || null, start, end: start + m[0].length };
  }
  return null;
}
