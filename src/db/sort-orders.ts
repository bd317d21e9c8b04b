import { isRealDate } from '../domain/document.js';
import { InputError } from '../domain/errors.js';

/**
 * Keyset orders over two native values of a list's items (a day or a position, then the unique key),
 * so that Neo4j sorts dates and numbers as they are stored and builds the cursor string only for
 * the items it returns. The cursor string is the one clients have always received ("2023-05-25|id",
 * "000003|id"), so cursors given out before stay valid.
 */
export interface SortOrder {
  /** The two values to sort by, for an item bound as `n` (a list's edge to it as `${n}_r`). */
  values: (n: string) => [string, string];
  direction: 'ASC' | 'DESC';
  /** The cursor string from the two sorted values (variables). */
  key: (first: string, second: string) => string;
  /** The cursor string back into the two values, as parameters; null when it is not a key of this order. */
  parse: (key: string) => [string | number, string] | null;
  /** The first value's parameter in Cypher (a day is compared as a date). */
  param: (name: string) => string;
  /** For a day order: the label, the range-indexed date property and the key property of its items. */
  index?: { label: string; date: string; unique: string };
}

/** Undated items sort as this day, after every dated one (their cursor says "0000-00-00"). */
const NO_DAY = '0001-01-01';
const NO_DAY_KEY = '0000-00-00';
const NO_POSITION = 999999;

function split(key: string): [string, string] | null {
  const bar = key.indexOf('|');
  return bar < 0 ? null : [key.slice(0, bar), key.slice(bar + 1)];
}

/** Newest first by a date property, then by the key property; undated last. */
const byDay = (label: string, date: string, unique: string): SortOrder => ({
  values: (n) => [`coalesce(${n}.${date}, date('${NO_DAY}'))`, `${n}.${unique}`],
  direction: 'DESC',
  key: (day, id) =>
    `CASE WHEN ${day} = date('${NO_DAY}') THEN '${NO_DAY_KEY}' ELSE toString(${day}) END + '|' + ${id}`,
  parse: (key) => {
    const parts = split(key);
    if (!parts || !/^\d{4}-\d{2}-\d{2}$/.test(parts[0])) return null;
    return [parts[0] === NO_DAY_KEY ? NO_DAY : parts[0], parts[1]];
  },
  param: (name) => `date(${name})`,
  index: { label, date, unique },
});

/** A timeline's undated entries sort as this day, after every dated one (their cursor says so too). */
const LAST_DAY = '9999-12-31';

export const SORT_ORDERS = {
  /** Statements by the day they were said. */
  statementDay: byDay('Statement', 'saidOn', 'id'),
  /**
   * Statements on a timeline (src/db/timeline.ts): oldest first, undated last. Its cursors are the
   * timeline's, "day|statement|id" or "day|event|slug"; after an event the statements of its day all
   * follow it ("event" < "statement"), so an event's cursor is that day with the lowest id.
   */
  timelineStatements: {
    values: (n) => [`coalesce(${n}.saidOn, date('${LAST_DAY}'))`, `${n}.id`],
    direction: 'ASC',
    key: (day, id) => `toString(${day}) + '|statement|' + ${id}`,
    parse: (key) => {
      const [, day, kind, id] = /^(\d{4}-\d{2}-\d{2})\|(statement|event)\|(.*)$/s.exec(key) ?? [];
      if (day === undefined || id === undefined || !isRealDate(day)) return null;
      return [day, kind === 'statement' ? id : ''];
    },
    param: (name) => `date(${name})`,
    index: { label: 'Statement', date: 'saidOn', unique: 'id' },
  },
  /** Articles by the day they were published. */
  articleDay: byDay('Article', 'publishedOn', 'slug'),
  /** Statements in the order the article reports them (edge `${n}_r`); unpositioned last, by id. */
  position: {
    values: (n) => [`coalesce(${n}_r.position, ${NO_POSITION})`, `${n}.id`],
    direction: 'ASC',
    key: (position, id) => `right('000000' + toString(${position}), 6) + '|' + ${id}`,
    parse: (key) => {
      const parts = split(key);
      if (!parts || !/^\d{6}$/.test(parts[0])) return null;
      return [Number(parts[0]), parts[1]];
    },
    param: (name) => name,
  },
} satisfies Record<string, SortOrder>;

/** The cursor's values for a page query; both null for the first page. Refuses a key of another order. */
export function afterValues(order: SortOrder, after: string | null, path = 'after'): [unknown, unknown] {
  if (after === null) return [null, null];
  const values = order.parse(after);
  if (!values) throw InputError.single(path, 'is a cursor of another list; pass an endCursor of this one');
  return values;
}

/** A root field's page: items `n`, cursor string `sortKey`, the cursor and page size as parameters. */
export const ROOT_PAGE = { n: 'n', key: 'sortKey', after: '$after', afterId: '$afterId', limit: '$limit' };

/** Binds the cursor string `key` of the items `n` already in `order` (after a walk, say). */
function withKey(order: SortOrder, n: string, key: string): string {
  const [first, second] = order.values(n);
  return `WITH ${n}, ${first} AS ${n}_s1, ${second} AS ${n}_s2
WITH ${n}, ${order.key(`${n}_s1`, `${n}_s2`)} AS ${key}`;
}

/**
 * Cypher that orders the items `n` (already matched) by `order`, keeps those after the cursor
 * (parameters `after`, `afterId`) and cuts at `limit`; the cursor string comes out as `key`.
 */
export function orderedPage(
  order: SortOrder,
  page: { n: string; key: string; after: string; afterId: string; limit: string },
): string {
  const { n, key, after, afterId, limit } = page;
  const [first, second] = order.values(n);
  const op = order.direction === 'ASC' ? '>' : '<';
  return `WITH ${n}, ${first} AS ${n}_s1, ${second} AS ${n}_s2
  WHERE ${after} IS NULL OR ${n}_s1 ${op} ${order.param(after)} OR (${n}_s1 = ${order.param(after)} AND ${n}_s2 ${op} ${afterId})
  WITH ${n}, ${n}_s1, ${n}_s2 ORDER BY ${n}_s1 ${order.direction}, ${n}_s2 ${order.direction}
  LIMIT ${limit}
  WITH ${n}, ${order.key(`${n}_s1`, `${n}_s2`)} AS ${key}`;
}

/**
 * Whether walking a day index newest first beats expanding a hub: the walk reads about `all /
 * degree` items for each item it keeps; the expansion reads all `degree` of them, each costing about
 * twice an index entry (the node, then its sort properties). So: degree² × 2 > all × page size.
 */
export const walkPays = (degree: string, all: string, limit: string) =>
  `${degree} * ${degree} * 2 > ${all} * ${limit}`;

/**
 * How many index entries a walk reads before it gives up and expands instead. A hub the walk pays
 * for, with its items spread over time like all the others, needs `all / degree` entries per item
 * kept: under 100 while it holds more than 1 % of all items. A hub whose items all lie far from
 * where the walk starts (a model discussed only in the last months, walked oldest first; a speaker
 * not heard from in years, walked newest first) costs this budget and then its expansion, instead
 * of the index all the way to its items. (LIMIT takes parameters and literals only, so the budget
 * cannot follow the degree.)
 */
const WALK_ENTRIES_PER_ITEM = 100;
export const walkBudget = (limit: string) => `${WALK_ENTRIES_PER_ITEM} * ${limit}`;

/** A page over a day order that may walk its index instead of expanding (see `walkedPage`). */
export interface Walk {
  /** The items, the cursor string's name, the cursor's day and id and the page size (expressions). */
  n: string;
  key: string;
  after: string;
  afterId: string;
  limit: string;
  /** The variables both halves need, and the boolean that says whether to walk (from `walkPays`). */
  carried: string;
  hub: string;
  /** The day the walk starts from (the newest for a newest-first order, the oldest otherwise). */
  start: string;
  /** What an item from the index must satisfy to be on the page. */
  belongs: string[];
  /** Cypher that binds the items `n` by expansion, and what they must satisfy besides being reached. */
  expand: string;
  where: string[];
}

/**
 * A page over a day order that does not read a hub's whole list: when `hub`, the dated items come
 * from the order's day index in the order's direction from `start`, keeping those that `belongs` and
 * stopping when the page is full. When the walk does not fill the page (the dated items ran out, or
 * the walk used up its `walkBudget` of index entries first), and when not `hub`, the items are
 * expanded and ordered as `orderedPage` does, and the walk's items are dropped. Same items, same
 * order, same cursors. COLLECT subqueries, not CALL with collect(): the page may itself stand in a
 * COLLECT subquery (src/db/projection.ts), where Neo4j takes an aggregating function for the outer
 * query's own.
 */
export function walkedPage(order: SortOrder, walk: Walk): string {
  if (!order.index) throw new Error('walkedPage needs a day order with an index');
  const { label, date, unique } = order.index;
  const { n, key, after, afterId, limit, carried, hub } = walk;
  const dir = order.direction;
  const [from, beyond] = dir === 'DESC' ? ['<=', '<'] : ['>=', '>'];
  return `WITH ${carried}, ${hub}, COLLECT {
  MATCH (${n}:${label})
  WHERE ${n}.${date} ${from} CASE WHEN ${hub} THEN ${walk.start} END
    AND (${after} IS NULL OR ${n}.${date} ${beyond} date(${after}) OR ${n}.${unique} ${beyond} ${afterId})
  WITH ${n} ORDER BY ${n}.${date} ${dir}, ${n}.${unique} ${dir} LIMIT ${walkBudget(limit)}
  WITH ${n} WHERE ${walk.belongs.join('\n    AND ')}
  WITH ${n} ORDER BY ${n}.${date} ${dir}, ${n}.${unique} ${dir} LIMIT ${limit}
  RETURN ${n}
} AS ${n}_walked
WITH ${n}_walked, COLLECT {
  WITH ${carried} WHERE size(${n}_walked) < ${limit}
  ${walk.expand}${walk.where.length ? `\n  WHERE ${walk.where.join('\n    AND ')}` : ''}
  ${orderedPage(order, { n, key, after, afterId, limit })}
  RETURN ${n}
} AS ${n}_rest
UNWIND CASE WHEN size(${n}_walked) < ${limit} THEN ${n}_rest ELSE ${n}_walked END AS ${n}
${withKey(order, n, key)}`;
}
