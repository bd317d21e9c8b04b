import type { Reader } from './graph.js';
import { type ArticleRecord, type Page, type StatementRecord, toArticle, toStatement } from './records.js';
import {
  afterValues,
  orderedPage,
  SORT_ORDERS,
  type SortOrder,
  walkedPage,
  walkPays,
} from './sort-orders.js';

/**
 * Paginated lists hanging off one node, fetched for many parents in one round trip. Each list has a
 * keyset order (src/db/sort-orders.ts: a day or a position, then the unique key); cursors hold the
 * sort key, so a page boundary stays put when data is added elsewhere in the list.
 */

/** The node a list hangs off, and the property that is its key. */
export type ParentType = 'Entity' | 'Article' | 'Statement';
export const PARENT_KEY: Record<ParentType, string> = { Entity: 'slug', Article: 'slug', Statement: 'id' };

export interface ListDefinition<T> {
  parent: ParentType;
  /** The pattern from the parent (a variable or a node pattern) to the list's nodes, bound as `n`. */
  path: (parent: string, n: string) => string;
  /** The relationship from the parent to an item (`-[:SAID]->`), when the list is that one hop. */
  edge?: string;
  sort: SortOrder;
  /** The node type of the items. */
  item: 'Statement' | 'Article';
  map: (row: unknown) => T;
}

/** Lists of one item type, newest first: each list only says what it hangs off and how to get there. */
const listOf =
  <T>(item: 'Statement' | 'Article', sort: SortOrder, map: (row: unknown) => T) =>
  (parent: ParentType, edge: string): ListDefinition<T> => ({
    parent,
    path: (p, n) => `(${p})${edge}(${n}:${item})`,
    edge,
    sort,
    item,
    map,
  });
const statements = listOf<StatementRecord>('Statement', SORT_ORDERS.statementDay, toStatement);
const articles = listOf<ArticleRecord>('Article', SORT_ORDERS.articleDay, toArticle);

export const LISTS = {
  statementsBy: statements('Entity', '-[:SAID]->'),
  statementsAbout: statements('Entity', '<-[:ABOUT]-'),
  statementsAtEvent: statements('Entity', '<-[:AT_EVENT]-'),
  statementsInArticle: statements('Article', '-[:REPORTS]->'),
  statementsInArticleOrder: {
    ...statements('Article', '-[:REPORTS]->'),
    path: (p: string, n: string) => `(${p})-[${n}_r:REPORTS]->(${n}:Statement)`,
    sort: SORT_ORDERS.position,
  } satisfies ListDefinition<StatementRecord>,
  articlesMentioning: articles('Entity', '<-[:MENTIONS]-'),
  articlesReporting: articles('Statement', '<-[:REPORTS]-'),
} as const;

export type ListName = keyof typeof LISTS;
export type ListItem<L extends ListName> = ReturnType<(typeof LISTS)[L]['map']>;

/**
 * One page of a list below `parent` (a bound variable): its items' nodes bound as `n` and their
 * cursor strings as `key`, sorted and cut (`after`, `afterId`: the cursor's values, see afterValues).
 */
export function listPageCypher(
  def: ListDefinition<unknown>,
  page: { parent: string; n: string; key: string; after: string; afterId: string; limit: string },
): string {
  if (def.edge && def.sort.index) return hubPageCypher(def, def.edge, def.sort.index, page);
  return `MATCH ${def.path(page.parent, page.n)}
  ${orderedPage(def.sort, page)}`;
}

/**
 * A newest-first page of one hop from the parent that does not read a hub's whole list (an entity
 * that said 7,000 things, an organisation in 5,000 articles): the day-index walk when the parent's
 * degree makes it pay (`walkPays`), else the expansion (`walkedPage`).
 */
function hubPageCypher(
  def: ListDefinition<unknown>,
  edge: string,
  index: NonNullable<SortOrder['index']>,
  page: { parent: string; n: string; key: string; after: string; afterId: string; limit: string },
): string {
  const { parent: p, n, key, limit } = page;
  // The cursor's values as variables: the subqueries import them (they may be expressions).
  const after = `${n}_after`;
  const afterId = `${n}_afterId`;
  return `WITH ${p}, ${page.after} AS ${after}, ${page.afterId} AS ${afterId},
    COUNT { (${p})${edge}() } AS ${n}_degree, COUNT { (:${index.label}) } AS ${n}_all
  WITH ${p}, ${after}, ${afterId}, ${walkPays(`${n}_degree`, `${n}_all`, limit)} AS ${n}_hub
  ${walkedPage(def.sort, {
    n,
    key,
    after,
    afterId,
    limit,
    carried: `${p}, ${after}, ${afterId}`,
    hub: `${n}_hub`,
    start: `coalesce(date(${after}), date('9999-12-31'))`,
    belongs: [`(${p})${edge}(${n})`],
    expand: `MATCH ${def.path(p, n)}`,
    where: [],
  })}`;
}

const parentPattern = (def: ListDefinition<unknown>) =>
  `p:${def.parent} {${PARENT_KEY[def.parent]}: key.parent}`;

function pageQuery(def: ListDefinition<unknown>): string {
  return `
UNWIND $keys AS key
CALL (key) {
  MATCH (${parentPattern(def)})
  ${listPageCypher(def, { parent: 'p', n: 'n', key: 'sortKey', after: 'key.after', afterId: 'key.afterId', limit: '$limit' })}
  RETURN collect({sortKey: sortKey, node: properties(n)}) AS rows
}
RETURN key.i AS i, rows`;
}

function countQuery(def: ListDefinition<unknown>): string {
  return `
UNWIND $keys AS key
CALL (key) {
  MATCH ${def.path(`:${def.parent} {${PARENT_KEY[def.parent]}: key.parent}`, 'n')}
  RETURN count(n) AS total
}
RETURN key.i AS i, total`;
}

const PAGE_QUERIES = Object.fromEntries(
  Object.entries(LISTS).map(([name, def]) => [name, pageQuery(def)]),
) as Record<ListName, string>;
const COUNT_QUERIES = Object.fromEntries(
  Object.entries(LISTS).map(([name, def]) => [name, countQuery(def)]),
) as Record<ListName, string>;

/** One page per parent, all with the same page size, in one query; results align with `keys`. */
export async function fetchPages<L extends ListName>(
  graph: Reader,
  list: L,
  first: number,
  keys: ReadonlyArray<{ parent: string; after: string | null }>,
): Promise<Array<Page<ListItem<L>>>> {
  const rows = await graph.read(PAGE_QUERIES[list], {
    keys: keys.map((key, i) => {
      const [after, afterId] = afterValues(LISTS[list].sort, key.after);
      return { i, parent: key.parent, after, afterId };
    }),
    limit: first + 1,
  });
  const pages: Array<Page<ListItem<L>>> = keys.map(() => ({ items: [], hasNextPage: false }));
  const map = LISTS[list].map as (row: unknown) => ListItem<L>;
  for (const row of rows) {
    const found = (row.rows as Array<{ sortKey: string; node: unknown }>).map((item) => ({
      sortKey: item.sortKey,
      node: map(item.node),
    }));
    pages[Number(row.i)] = { items: found.slice(0, first), hasNextPage: found.length > first };
  }
  return pages;
}

/** How many items each parent's list holds; results align with `parents`. */
export async function countLists(
  graph: Reader,
  list: ListName,
  parents: readonly string[],
): Promise<number[]> {
  const rows = await graph.read(COUNT_QUERIES[list], { keys: parents.map((parent, i) => ({ i, parent })) });
  const totals = parents.map(() => 0);
  for (const row of rows) totals[Number(row.i)] = Number(row.total);
  return totals;
}
