import { isRealDate } from '../domain/document.js';
import { InputError } from '../domain/errors.js';
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
import { walkBudget, walkPays } from './sort-orders.js';

/**
 * An entity's timeline: statements by or about it, and the events it took part in, organised or
 * hosted; oldest first, undated entries last. The sort key is "date|kind|key", so cursors stay put
 * when entries are added.
 */

/** The sort key of an entry; undated entries sort as this day, after every dated one. */
const UNDATED = '9999-12-31';
const sortKey = (kind: string, date: string, key: string) =>
  `coalesce(toString(${date}), '${UNDATED}') + '|' + ${kind} + '|' + ${key}`;

/** Every entry; its statements only where `statementsWhen` holds (a condition on `x`, `hub`, `walked`). */
const entries = (statementsWhen: string | null) => `
CALL (${statementsWhen ? 'x, hub, walked' : 'x'}) {
  ${statementsWhen ? `WITH x WHERE ${statementsWhen}` : ''}
  MATCH (x)-[:SAID|ABOUT]-(s:Statement)
  RETURN DISTINCT 'statement' AS kind, s AS item, s.saidOn AS date, s.id AS key
  UNION
  MATCH (x)-[:PARTICIPATED_IN|ORGANIZED_BY|HELD_AT]-(e:Event)
  RETURN DISTINCT 'event' AS kind, e AS item, e.startsOn AS date, e.slug AS key
  UNION
  WITH x WHERE x:Event
  RETURN 'event' AS kind, x AS item, x.startsOn AS date, x.slug AS key
}`;

/**
 * A page. A hub (an entity that said or is the subject of thousands of statements) does not read
 * all of them to sort them: its dated statements come from the `statement_said_on` index oldest
 * first from the cursor, keeping its own and stopping when the page is full or the walk's budget of
 * index entries is spent, as the newest-first lists do (src/db/sort-orders.ts, `walkedPage`). A
 * full page is merged with the entity's events by sort key; otherwise (the dated statements ran
 * out, the budget was spent, or no hub) every entry is expanded and sorted, and the walk dropped.
 */
const PAGE = `
MATCH (x:Entity {slug: $slug})
WITH x, COUNT { (x)-[:SAID|ABOUT]-() } AS degree, COUNT { (:Statement) } AS all
WITH x, ${walkPays('degree', 'all', '$limit')} AS hub
CALL (x, hub) {
  MATCH (s:Statement)
  WHERE s.saidOn >= CASE WHEN hub THEN date($afterDay) END
    AND (s.saidOn > date($afterDay) OR s.id > $afterId)
  WITH s ORDER BY s.saidOn, s.id LIMIT ${walkBudget('$limit')}
  WITH s WHERE (x)-[:SAID|ABOUT]-(s)
  WITH s ORDER BY s.saidOn, s.id LIMIT $limit
  RETURN collect({kind: 'statement', item: s, date: s.saidOn, sortKey: ${sortKey("'statement'", 's.saidOn', 's.id')}}) AS walked
}
CALL (x, hub, walked) {
  ${entries('NOT hub OR size(walked) < $limit')}
  WITH kind, item, date, ${sortKey('kind', 'date', 'key')} AS sortKey
  WHERE $after IS NULL OR sortKey > $after
  WITH kind, item, date, sortKey ORDER BY sortKey LIMIT $limit
  RETURN collect({kind: kind, item: item, date: date, sortKey: sortKey}) AS rest
}
UNWIND CASE WHEN size(walked) < $limit THEN rest ELSE walked + rest END AS entry
WITH entry ORDER BY entry.sortKey LIMIT $limit
RETURN entry.kind AS kind, properties(entry.item) AS item, toString(entry.date) AS date, entry.sortKey AS sortKey`;

/** Entries per month ("2023-05"), and the undated ones as a null month: the counts and the total in one read. */
const COUNTS = `
MATCH (x:Entity {slug: $slug})
${entries(null)}
WITH CASE WHEN date IS NULL THEN null ELSE substring(toString(date), 0, 7) END AS month
RETURN month, count(*) AS count
ORDER BY month`;

export interface TimelineEntry {
  date: string | null;
  statement: StatementRecord | null;
  event: EntityRecord | null;
}

/**
 * Where the walk starts: the cursor's day, and the id of the statement after which that day's
 * statements continue ('' after an event: that day's statements all follow it). Refuses a cursor
 * of another list.
 */
function walkStart(after: string | null): { afterDay: string; afterId: string } {
  if (after === null) return { afterDay: '0001-01-01', afterId: '' };
  const match = /^(\d{4}-\d{2}-\d{2})\|(statement|event)\|(.*)$/s.exec(after);
  const [, day, kind, key] = match ?? [];
  if (day === undefined || key === undefined || !isRealDate(day)) {
    throw InputError.single('after', 'is a cursor of another list; pass an endCursor of this timeline');
  }
  return { afterDay: day, afterId: kind === 'statement' ? key : '' };
}

export async function timelinePage(
  graph: Reader,
  slug: string,
  page: PageRequest,
): Promise<Page<TimelineEntry>> {
  return keysetPage(graph, PAGE, { slug, ...walkStart(page.after) }, page, (row) => ({
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
