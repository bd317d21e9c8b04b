import { createHash } from 'node:crypto';

const QUOTE_MARKS = /["'„“”‚‘’«»‹›`´]/g;

/** A statement's text for identity: Unicode-normalised, quote marks dropped, white space collapsed, lower case. */
export function normaliseStatementText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(QUOTE_MARKS, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?…]+$/, '')
    .toLowerCase();
}

/** A statement's identity is its speaker plus its normalised text. */
export function statementId(speakerSlug: string, text: string): string {
  return createHash('sha256')
    .update(`${speakerSlug}\u0000${normaliseStatementText(text)}`)
    .digest('hex')
    .slice(0, 24);
}

/** The key names and aliases are compared by when resolving entities: accents kept, case and spacing not. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.]+/g, ' ')
    .trim();
}

/** The aliases as one text for the entity full-text index; the ingest write builds the same in Cypher. */
export function aliasText(aliases: readonly string[]): string {
  return aliases.map((alias) => `${alias} | `).join('');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lowercase ASCII kebab-case slug for a name ("Technische Universität München" -> "technische-universitat-munchen"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}
