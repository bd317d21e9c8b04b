import type { Reader } from './graph.js';
import { type ArticleRecord, type Page, type StatementRecord, toArticle, toStatement } from './records.js';

/**
 * Paginated lists hanging off one node, fetched for many parents in one round trip. Each list is
 * ordered by a sort key string (date, then id) newest first, or ascending where `ascending` says so;
 * cursors hold the sort key, so a page boundary stays put when data is added elsewhere in the list.
 */

/** The sort keys of a list's items, bound as `n`. */
const statementSort = (n: string) => `coalesce(toString(${n}.saidOn), '0000-00-00') + '|' + ${n}.id`;
const articleSort = (n: string) => `coalesce(toString(${n}.publishedOn), '0000-00-00') + '|' + ${n}.slug`;
/**
 * A statement's place in the article that reports it (its REPORTS edge bound as `${n}_r`), zero-padded
 * so that text order is number order. Statements written before positions were stored sort last, by id.
 */
const positionSort = (n: string) =>
  `right('000000' + toString(coalesce(${n}_r.position, 999999)), 6) + '|' + ${n}.id`;
export const STATEMENT_SORT = statementSort('n');
export const ARTICLE_SORT = articleSort('n');

/** The node a list hangs off, and the property that is its key. */
export type ParentType = 'Entity' | 'Article' | 'Statement';
export const PARENT_KEY: Record<ParentType, string> = { Entity: 'slug', Article: 'slug', Statement: 'id' };

export interface ListDefinition<T> {
  parent: ParentType;
  /** The pattern from the parent (a variable or a node pattern) to the list's nodes, bound as `n`. */
  path: (parent: string, n: string) => string;
  sort: (n: string) => string;
  /** The node type of the items. */
  item: 'Statement' | 'Article';
  map: (row: unknown) => T;
  /** Smallest sort key first (article order); newest first otherwise. */
  ascending?: boolean;
}

const statements = (
  parent: ParentType,
  path: (p: string, n: string) => string,
): ListDefinition<StatementRecord> => ({
  parent,
  path,
  sort: statementSort,
  item: 'Statement',
  map: toStatement,
});
const articles = (
  parent: ParentType,
  path: (p: string, n: string) => string,
): ListDefinition<ArticleRecord> => ({ parent, path, sort: articleSort, item: 'Article', map: toArticle });

export const LISTS = {
  statementsBy: statements('Entity', (p, n) => `(${p})-[:SAID]->(${n}:Statement)`),
  statementsAbout: statements('Entity', (p, n) => `(${p})<-[:ABOUT]-(${n}:Statement)`),
  statementsAtEvent: statements('Entity', (p, n) => `(${p})<-[:AT_EVENT]-(${n}:Statement)`),
  statementsInArticle: statements('Article', (p, n) => `(${p})-[:REPORTS]->(${n}:Statement)`),
  statementsInArticleOrder: {
    ...statements('Article', (p, n) => `(${p})-[${n}_r:REPORTS]->(${n}:Statement)`),
    sort: positionSort,
    ascending: true,
  } satisfies ListDefinition<StatementRecord>,
  articlesMentioning: articles('Entity', (p, n) => `(${p})<-[:MENTIONS]-(${n}:Article)`),
  articlesReporting: articles('Statement', (p, n) => `(${p})<-[:REPORTS]-(${n}:Article)`),
} as const;

export type ListName = keyof typeof LISTS;
export type ListItem<L extends ListName> = ReturnType<(typeof LISTS)[L]['map']>;

/**
 * One page of a list below `parent` (a bound variable): its items' nodes bound as `n` and their sort
 * keys as `key`, sorted and cut.
 */
export function listPageCypher(
  def: ListDefinition<unknown>,
  page: { parent: string; n: string; key: string; after: string; limit: string },
): string {
  const { parent, n, key, after, limit } = page;
  const [op, direction] = def.ascending ? ['>', 'ASC'] : ['<', 'DESC'];
  return `MATCH ${def.path(parent, n)}
  WITH ${n}, ${def.sort(n)} AS ${key}
  WHERE ${after} IS NULL OR ${key} ${op} ${after}
  ORDER BY ${key} ${direction}
  LIMIT ${limit}`;
}

const parentPattern = (def: ListDefinition<unknown>) =>
  `p:${def.parent} {${PARENT_KEY[def.parent]}: key.parent}`;

function pageQuery(def: ListDefinition<unknown>): string {
  return `
UNWIND $keys AS key
CALL (key) {
  MATCH (${parentPattern(def)})
  ${listPageCypher(def, { parent: 'p', n: 'n', key: 'sortKey', after: 'key.after', limit: '$limit' })}
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
    keys: keys.map((key, i) => ({ i, parent: key.parent, after: key.after })),
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
