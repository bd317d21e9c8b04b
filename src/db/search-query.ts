import { words } from './fulltext.js';

/**
 * What a reader's query becomes: Lucene queries for the full-text indexes (one per analyzer, since
 * wildcards skip the analyzer and must be stemmed here like the index stems) and, per unit of the
 * query (a word or a quoted phrase), a regular expression that tells whether a hit contains it. Pure:
 * the unit tests check it without Neo4j. Only letters and digits of the input reach either syntax.
 */

export interface SearchQuery {
  /** For German-analysed text (statements). */
  german: string;
  /** For English-analysed text (translations, titles and descriptions in English). */
  english: string;
  /** For text in either language under a German analyzer (names, aliases, titles). */
  mixed: string;
  /** For text analysed without stemming or stop words, where "Das machen wir nicht" still has words. */
  plain: string;
  /** One Java regex per unit over folded lower-case text (see `fold`): the hit contains that unit. */
  units: string[];
}

/** Words that carry no meaning on their own: left out unless the query has nothing else. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from has have he her his i if in into is it its of on or our she so than ' +
    'that the their them then there these they this to was we were what when where which who will with would ' +
    'you your aber als am an auch auf aus bei bis das dass dem den der des die doch ein eine einem einen einer ' +
    'eines er es für hat im ist mit nach noch nur oder sich sie sind über um und uns von vor war was wenn wie ' +
    'wir wird zu zum zur'
  ).split(' '),
);

/** The German analyzer folds umlauts; wildcards skip it, so prefixes are folded the same way. */
export function fold(text: string): string {
  return text.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
}

/** A prefix that the German light stemmer's forms of the word start with ("modelle" -> "modell"). */
export function germanStem(word: string): string {
  const stem = fold(word).replace(/(en|er|es|e|n|s)$/, '');
  return stem.length >= 4 ? stem : fold(word);
}

/** Derivational endings, longest first: "safety", "safer", "safely" all come down to "safe". */
const ENGLISH_SUFFIXES = ['ations', 'ation', 'ities', 'ments', 'ness', 'ment', 'ity', 'ies', 'ing', 'ers'];
const ENGLISH_SHORT_SUFFIXES = ['est', 'ed', 'er', 'ly', 'ty', 'es', 's', 'r', 'y'];

/** A prefix of the Porter stems of the word's family ("safety" -> "safe", which finds "safer" too). */
export function englishStem(word: string): string {
  for (const suffix of [...ENGLISH_SUFFIXES, ...ENGLISH_SHORT_SUFFIXES]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The query's quoted phrases (straight or typographic quotes) and its other words. */
export function parseSearch(text: string): { words: string[]; phrases: string[][] } {
  const phrases: string[][] = [];
  const rest = text.replace(/["„“”«»]([^"„“”«»]*)["„“”«»]?/g, (_match, inner: string) => {
    const phrase = words(inner);
    if (phrase.length > 0) phrases.push(phrase);
    return ' ';
  });
  const all = [...new Set(words(rest))];
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  return { words: meaningful.length > 0 || phrases.length > 0 ? meaningful : all, phrases };
}

type Stemmer = (word: string) => string;
const asIs: Stemmer = (word) => word;

/** A word, or a word or any word starting with its stems (short words are taken as they are). */
function term(word: string, stemmers: Stemmer[]): string {
  if (word.length < 4) return word;
  const prefixes = [...new Set(stemmers.map((stem) => stem(word)))].filter((p) => p.length >= 4);
  return prefixes.length > 0 ? `(${[word, ...prefixes.map((p) => `${p}*`)].join(' OR ')})` : word;
}

/**
 * All units together rank above any of them alone: the AND clause carries a boost, so hits with
 * every word come first in each index before the ranking in Cypher weighs coverage.
 */
function lucene(units: string[]): string {
  if (units.length === 1) return units[0] as string;
  return `(${units.join(' AND ')})^4 OR ${units.join(' OR ')}`;
}

/** Letters and digits before or after: the unit must start (and for short words also end) a word. */
const NOT_WORD = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';

function unitPattern(parts: string[]): string {
  const forms = parts.map((w) => {
    const shortest = [fold(w), germanStem(w), fold(englishStem(w))].sort((a, b) => a.length - b.length)[0];
    return w.length < 4 ? `${fold(w)}${WORD_END}` : `${shortest}\\p{L}*`;
  });
  return `(?s).*${NOT_WORD}${forms.join('[^\\p{L}\\p{N}]+')}.*`;
}

export function searchQuery(text: string): SearchQuery | null {
  const { words: free, phrases } = parseSearch(text);
  if (free.length === 0 && phrases.length === 0) return null;
  const phrase = phrases.map((p) => `"${p.join(' ')}"`);
  const build = (stemmers: Stemmer[]) => lucene([...phrase, ...free.map((w) => term(w, stemmers))]);
  return {
    german: build([germanStem]),
    english: build([englishStem]),
    mixed: build([germanStem, englishStem]),
    plain: build([asIs]),
    units: [...phrases.map(unitPattern), ...free.map((w) => unitPattern([w]))],
  };
}

/** Every word and phrase must match (filters), per analyzer. */
export function allWordsQuery(text: string): Pick<SearchQuery, 'german' | 'english' | 'plain'> | null {
  const { words: free, phrases } = parseSearch(text);
  if (free.length === 0 && phrases.length === 0) return null;
  const phrase = phrases.map((p) => `"${p.join(' ')}"`);
  const build = (stemmers: Stemmer[]) => [...phrase, ...free.map((w) => term(w, stemmers))].join(' AND ');
  return { german: build([germanStem]), english: build([englishStem]), plain: build([asIs]) };
}
