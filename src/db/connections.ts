import { RELATION_TYPE_NAMES } from '../domain/vocabulary.js';
import type { Reader } from './graph.js';
import { type EntityRecord, keysetPage, type Page, type PageRequest, toEntity } from './records.js';

/**
 * The direct neighbours of an entity over the domain relations, best supported first: the sort key
 * is (999999 − number of articles that state the relation) | relation | direction | neighbour, so
 * it ascends with falling support and stays stable for keyset paging.
 */
const NEIGHBOURS = `
MATCH (x:Entity {slug: $slug})-[r]-(n:Entity)
WHERE type(r) IN $types
WITH r, n, startNode(r) = x AS outgoing, size(coalesce(r.evidence, [])) AS support
WITH r, n, outgoing, support,
     right('000000' + toString(999999 - support), 6) + '|' + type(r) + '|' +
     CASE WHEN outgoing THEN 'OUT' ELSE 'IN' END + '|' + n.slug AS sortKey
WHERE $after IS NULL OR sortKey > $after
RETURN properties(n) AS entity, type(r) AS relation, outgoing, support, r.role AS role,
       coalesce(r.evidence, []) AS evidence, sortKey
ORDER BY sortKey
LIMIT $limit`;

const COUNT = `
MATCH (x:Entity {slug: $slug})-[r]-(:Entity)
WHERE type(r) IN $types
RETURN count(r) AS total`;

export interface Neighbour {
  entity: EntityRecord;
  relation: string;
  outgoing: boolean;
  support: number;
  role: string | null;
  evidence: string[];
}

function types(relation: string | null): string[] {
  return relation ? [relation] : RELATION_TYPE_NAMES;
}

export async function neighbours(
  graph: Reader,
  slug: string,
  relation: string | null,
  page: PageRequest,
): Promise<Page<Neighbour>> {
  return keysetPage(graph, NEIGHBOURS, { slug, types: types(relation) }, page, (row) => ({
    entity: toEntity(row.entity),
    relation: String(row.relation),
    outgoing: row.outgoing === true,
    support: Number(row.support),
    role: row.role === null ? null : String(row.role),
    evidence: (row.evidence as unknown[]).map(String),
  }));
}

export async function countNeighbours(graph: Reader, slug: string, relation: string | null): Promise<number> {
  const rows = await graph.read(COUNT, { slug, types: types(relation) });
  return Number(rows[0]?.total ?? 0);
}
