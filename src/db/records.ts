import type { EntityKind } from '../domain/vocabulary.js';
import type { Reader, Row } from './graph.js';

/** Plain records the graph layer hands out. `nodeType` tells the GraphQL layer which object type a record is. */

export interface EntityRecord {
  nodeType: 'Entity';
  slug: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  wikidataId: string | null;
  startsOn: string | null;
  endsOn: string | null;
  releasedOn: string | null;
  confidence: string | null;
}

export interface ArticleRecord {
  nodeType: 'Article';
  slug: string;
  title: string;
  url: string;
  language: string;
  publishedOn: string | null;
  section: string | null;
}

export interface StatementRecord {
  nodeType: 'Statement';
  id: string;
  text: string;
  language: string;
  translation: string | null;
  kind: 'QUOTE' | 'PARAPHRASE';
  saidOn: string | null;
  confidence: string | null;
}

export type NodeRecord = EntityRecord | ArticleRecord | StatementRecord;

const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export function toEntity(row: unknown): EntityRecord {
  const r = row as Row;
  return {
    nodeType: 'Entity',
    slug: String(r.slug),
    kind: String(r.kind) as EntityRecord['kind'],
    name: String(r.name),
    aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
    description: str(r.description),
    wikidataId: str(r.wikidataId),
    startsOn: str(r.startsOn),
    endsOn: str(r.endsOn),
    releasedOn: str(r.releasedOn),
    confidence: str(r.confidence),
  };
}

export function toArticle(row: unknown): ArticleRecord {
  const r = row as Row;
  return {
    nodeType: 'Article',
    slug: String(r.slug),
    title: String(r.title),
    url: String(r.url),
    language: String(r.language),
    publishedOn: str(r.publishedOn),
    section: str(r.section),
  };
}

export function toStatement(row: unknown): StatementRecord {
  const r = row as Row;
  return {
    nodeType: 'Statement',
    id: String(r.id),
    text: String(r.text),
    language: String(r.language),
    translation: str(r.translation),
    kind: String(r.kind) as StatementRecord['kind'],
    saidOn: str(r.saidOn),
    confidence: str(r.confidence),
  };
}

/** Page of a list ordered by a sort key; `after` and the returned keys are opaque to clients once encoded. */
export interface PageRequest {
  first: number;
  after: string | null;
}

export interface Page<T> {
  items: Array<{ sortKey: string; node: T }>;
  hasNextPage: boolean;
}

/**
 * The one keyset page: runs `cypher` (which must filter `sortKey < $after` and `LIMIT $limit`) for one
 * item more than asked, so the extra row tells whether another page follows.
 */
export async function keysetPage<T>(
  graph: Reader,
  cypher: string,
  params: Record<string, unknown>,
  /** `after` as `cypher` compares it: the cursor's sort key, or its first value (see sort-orders.ts). */
  page: { first: number; after: unknown },
  map: (row: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const rows = await graph.read(cypher, { ...params, after: page.after, limit: page.first + 1 });
  const items = rows.map((row) => ({ sortKey: String(row.sortKey), node: map(row) }));
  return { items: items.slice(0, page.first), hasNextPage: items.length > page.first };
}
