import type { Reader } from './graph.js';
import { type EntityRecord, keysetPage, type Page, type PageRequest, toEntity } from './records.js';

/** Entities by name (A to Z), all or of one kind; the sort key is the name key plus the slug, so it is unique. */
const LIST = `
MATCH (n:Entity)
WHERE $kind IS NULL OR n.kind = $kind
WITH n, coalesce(n.nameKey, '') + '|' + n.slug AS sortKey
WHERE $after IS NULL OR sortKey > $after
RETURN sortKey, properties(n) AS node
ORDER BY sortKey
LIMIT $limit`;

const COUNT = 'MATCH (n:Entity) WHERE $kind IS NULL OR n.kind = $kind RETURN count(n) AS total';

export function listEntities(
  graph: Reader,
  kind: string | null,
  page: PageRequest,
): Promise<Page<EntityRecord>> {
  return keysetPage(graph, LIST, { kind }, page, (row) => toEntity(row.node));
}

export async function countEntities(graph: Reader, kind: string | null): Promise<number> {
  const rows = await graph.read(COUNT, { kind });
  return Number(rows[0]?.total ?? 0);
}
