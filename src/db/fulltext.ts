/**
 * User text to a Lucene query for the full-text indexes. The text is split into words (letters and
 * digits only, lower case so that AND/OR/NOT are words, not operators), so Lucene syntax never
 * reaches the parser.
 */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .slice(0, 32)
    .map((w) => w.slice(0, 64));
}

/**
 * A word and its German stem as a prefix: the analyzer stems "Modelle" itself, and the prefix lets
 * the first part of a compound match ("sicherheit*" finds "Sicherheitsgründen"). Wildcards skip the
 * analyzer, so the prefix is folded like the German analyzer folds (ä -> a, ß -> ss).
 */
function termWithPrefix(word: string): string {
  if (word.length < 4) return word;
  const folded = word.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
  const stem = folded.replace(/(en|er|es|e|n|s)$/, '');
  return stem.length >= 4 ? `(${word} OR ${stem}*)` : word;
}

/** Every word must match (filters). */
export function luceneAll(text: string): string | null {
  const terms = words(text);
  return terms.length > 0 ? terms.map(termWithPrefix).join(' AND ') : null;
}

/** Any word may match, more matches rank higher (search). */
export function luceneAny(text: string): string | null {
  const terms = words(text);
  return terms.length > 0 ? terms.map(termWithPrefix).join(' OR ') : null;
}

/** Exact phrases for a few names ("sam altman" OR "tum"), or null when none has a word. */
export function lucenePhrases(names: string[]): string | null {
  const phrases = names.map((name) => words(name).join(' ')).filter(Boolean);
  return phrases.length > 0 ? phrases.map((phrase) => `"${phrase}"`).join(' OR ') : null;
}
