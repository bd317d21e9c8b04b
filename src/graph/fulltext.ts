/**
 * User text to a Lucene query for the full-text indexes. The text is split into words (letters and
 * digits only, lower case so that AND/OR/NOT are words, not operators), so Lucene syntax never
 * reaches the parser; words are ANDed for filters and ORed for ranked search.
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

export function luceneAll(text: string): string | null {
  const terms = words(text);
  return terms.length > 0 ? terms.join(' AND ') : null;
}

export function luceneAny(text: string): string | null {
  const terms = words(text);
  return terms.length > 0 ? terms.join(' OR ') : null;
}
