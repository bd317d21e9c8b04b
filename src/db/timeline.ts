import type { Reader } from './graph.js';
import {
  type EntityRecord,
  keysetPage,
  type Page,
  type PageRequest,
  type StatementRecord,
  toEntity,
  toStatement,
} from './records.js';

/**
 * An entity's timeline: statements by or about it, and the events it took part in, organised or
 * hosted; oldest first, undated entries last. The sort key is "date|kind|key", so cursors stay put
 * when entries are added.
 */
const ENTRIES = `
MATCH (x:Entity {slug: $slug})
CALL (x) {
  MATCH (x)-[:SAID|ABOUT]-(s:Statement)
  RETURN DISTINCT 'statement' AS kind, s AS item, s.saidOn AS date, s.id AS key
  UNION
  MATCH (x)-[:PARTICIPATED_IN|ORGANIZED_BY|HELD_AT]-(e:Event)
  RETURN DISTINCT 'event' AS kind, e AS item, e.startsOn AS date, e.slug AS key
  UNION
  WITH x WHERE x:Event
  RETURN 'event' AS kind, x AS item, x.startsOn AS date, x.slug AS key
}`;

const PAGE = `${ENTRIES}
WITH kind, item, date, coalesce(toString(date), '9999-12-31') + '|' + kind + '|' + key AS sortKey
WHERE $after IS NULL OR sortKey > $after
RETURN kind, properties(item) AS item, toString(date) AS date, sortKey
ORDER BY sortKey
LIMIT $limit`;

const COUNTS = `${ENTRIES}
WITH date WHERE date IS NOT NULL
WITH substring(toString(date), 0, 7) AS month
RETURN month, count(*) AS count
ORDER BY month`;

const TOTAL = `${ENTRIES}
RETURN count(*) AS total`;

export interface TimelineEntry {
  date: string | null;
  statement: StatementRecord | null;
  event: EntityRecord | null;
}

export async function timelinePage(
  graph: Reader,
  slug: string,
  page: PageRequest,
): Promise<Page<TimelineEntry>> {
  return keysetPage(graph, PAGE, { slug }, page, (row) => ({
    date: row.date === null ? null : String(row.date),
    statement: row.kind === 'statement' ? toStatement(row.item) : null,
    event: row.kind === 'event' ? toEntity(row.item) : null,
  }));
}

/** Dated entries per month ("2023-05"), oldest first. Years are summed from these by the caller. */
export async function timelineMonths(
  graph: Reader,
  slug: string,
): Promise<Array<{ period: string; count: number }>> {
  const rows = await graph.read(COUNTS, { slug });
  return rows.map((row) => ({ period: String(row.month), count: Number(row.count) }));
}

export async function timelineTotal(graph: Reader, slug: string): Promise<number> {
  const rows = await graph.read(TOTAL, { slug });
  return Number(rows[0]?.total ?? 0);
}
