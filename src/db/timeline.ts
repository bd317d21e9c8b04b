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
import { afterValues, SORT_ORDERS, walkedPage, walkPays } from './sort-orders.js';

/**
 * An entity's timeline: statements by or about it, and the events it took part in, organised or
 * hosted; oldest first, undated entries last. The sort key is "date|kind|key", so cursors stay put
 * when entries are added.
 */

/** Every entry, for the counts: statements by or about it, its events, itself when it is one. */
const ENTRIES = `
CALL (x) {
  MATCH (x)-[:SAID|ABOUT]-(s:Statement)
  RETURN DISTINCT 'statement' AS kind, s AS item, s.saidOn AS date
  UNION
  MATCH (x)-[:PARTICIPATED_IN|ORGANIZED_BY|HELD_AT]-(e:Event)
  RETURN DISTINCT 'event' AS kind, e AS item, e.startsOn AS date
  UNION
  WITH x WHERE x:Event
  RETURN 'event' AS kind, x AS item, x.startsOn AS date
}`;

/**
 * A page: the first page of its statements and the first page of its events after the cursor,
 * merged. The statements' page is the one every hub's list uses (src/db/sort-orders.ts,
 * `walkedPage`): a hub (an entity that said or is the subject of thousands of statements) walks the
 * `statement_said_on` index oldest first instead of reading all of them. Events sort before the
 * statements of their day ("event" < "statement"); undated entries sort as 9999-12-31.
 */
const PAGE = `
MATCH (x:Entity {slug: $slug})
WITH x, COUNT { (x)-[:SAID|ABOUT]-() } AS degree, COUNT { (:Statement) } AS all
WITH x, ${walkPays('degree', 'all', '$limit')} AS hub
CALL (x, hub) {
  ${walkedPage(SORT_ORDERS.timelineStatements, {
    n: 's',
    key: 'sortKey',
    after: '$afterDay',
    afterId: '$afterId',
    limit: '$limit',
    carried: 'x',
    hub: 'hub',
    start: "coalesce(date($afterDay), date('0001-01-01'))",
    belongs: ['(x)-[:SAID|ABOUT]-(s)'],
    expand: 'MATCH (x)-[:SAID|ABOUT]-(s:Statement)\n  WITH DISTINCT s',
    where: [],
  })}
  RETURN collect({kind: 'statement', item: s, date: s.saidOn, sortKey: sortKey}) AS statements
}
CALL (x) {
  CALL (x) {
    MATCH (x)-[:PARTICIPATED_IN|ORGANIZED_BY|HELD_AT]-(e:Event) RETURN DISTINCT e
    UNION
    WITH x WHERE x:Event RETURN x AS e
  }
  WITH e, coalesce(toString(e.startsOn), '9999-12-31') + '|event|' + e.slug AS sortKey
  WHERE $after IS NULL OR sortKey > $after
  WITH e, sortKey ORDER BY sortKey LIMIT $limit
  RETURN collect({kind: 'event', item: e, date: e.startsOn, sortKey: sortKey}) AS events
}
UNWIND statements + events AS entry
WITH entry ORDER BY entry.sortKey LIMIT $limit
RETURN entry.kind AS kind, properties(entry.item) AS item, toString(entry.date) AS date, entry.sortKey AS sortKey`;

/** Entries per month ("2023-05"), and the undated ones as a null month: the counts and the total in one read. */
const COUNTS = `
MATCH (x:Entity {slug: $slug})
${ENTRIES}
WITH CASE WHEN date IS NULL THEN null ELSE substring(toString(date), 0, 7) END AS month
RETURN month, count(*) AS count
ORDER BY month`;

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
  const [afterDay, afterId] = afterValues(SORT_ORDERS.timelineStatements, page.after);
  return keysetPage(graph, PAGE, { slug, afterDay, afterId }, page, (row) => ({
    date: row.date === null ? null : String(row.date),
    statement: row.kind === 'statement' ? toStatement(row.item) : null,
    event: row.kind === 'event' ? toEntity(row.item) : null,
  }));
}

export interface TimelineCounts {
  /** Dated entries per month ("2023-05"), oldest first. Years are summed from these by the caller. */
  months: Array<{ period: string; count: number }>;
  /** Every entry, undated ones included. */
  total: number;
}

export async function timelineCounts(graph: Reader, slug: string): Promise<TimelineCounts> {
  const rows = await graph.read(COUNTS, { slug });
  const months = rows
    .filter((row) => row.month !== null)
    .map((row) => ({ period: String(row.month), count: Number(row.count) }));
  return { months, total: rows.reduce((sum, row) => sum + Number(row.count), 0) };
}
