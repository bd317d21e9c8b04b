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

/** Exact phrases for a few names ("sam altman" OR "tum"), or null when none has a word. */
export function lucenePhrases(names: string[]): string | null {
  const phrases = names.map((name) => words(name).join(' ')).filter(Boolean);
  return phrases.length > 0 ? phrases.map((phrase) => `"${phrase}"`).join(' OR ') : null;
}
