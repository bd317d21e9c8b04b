import type { Reader } from './graph.js';
import { type ArticleRecord, type Page, type StatementRecord, toArticle, toStatement } from './records.js';

/**
 * Paginated lists hanging off one node, fetched for many parents in one round trip. Each list is
 * ordered by a sort key string (date, then id) newest first, or ascending where `ascending` says so;
 * cursors hold the sort key, so a page boundary stays put when data is added elsewhere in the list.
 */

export const STATEMENT_SORT = "coalesce(toString(n.saidOn), '0000-00-00') + '|' + n.id";
export const ARTICLE_SORT = "coalesce(toString(n.publishedOn), '0000-00-00') + '|' + n.slug";
/**
 * A statement's place in the article that reports it (REPORTS bound as `r`), zero-padded so that text
 * order is number order. Statements written before positions were stored sort last, by id.
 */
export const POSITION_SORT = "right('000000' + toString(coalesce(r.position, 999999)), 6) + '|' + n.id";

interface ListDefinition<T> {
  match: string;
  sort: string;
  map: (row: unknown) => T;
  /** Smallest sort key first (article order); newest first otherwise. */
  ascending?: boolean;
}

const statements = (match: string): ListDefinition<StatementRecord> => ({
  match,
  sort: STATEMENT_SORT,
  map: toStatement,
});
const articles = (match: string): ListDefinition<ArticleRecord> => ({
  match,
  sort: ARTICLE_SORT,
  map: toArticle,
});

export const LISTS = {
  statementsBy: statements('MATCH (:Entity {slug: key.parent})-[:SAID]->(n:Statement)'),
  statementsAbout: statements('MATCH (:Entity {slug: key.parent})<-[:ABOUT]-(n:Statement)'),
  statementsAtEvent: statements('MATCH (:Entity {slug: key.parent})<-[:AT_EVENT]-(n:Statement)'),
  statementsInArticle: statements('MATCH (:Article {slug: key.parent})-[:REPORTS]->(n:Statement)'),
  statementsInArticleOrder: {
    match: 'MATCH (:Article {slug: key.parent})-[r:REPORTS]->(n:Statement)',
    sort: POSITION_SORT,
    map: toStatement,
    ascending: true,
  } satisfies ListDefinition<StatementRecord>,
  articlesMentioning: articles('MATCH (:Entity {slug: key.parent})<-[:MENTIONS]-(n:Article)'),
  articlesReporting: articles('MATCH (:Statement {id: key.parent})<-[:REPORTS]-(n:Article)'),
} as const;

export type ListName = keyof typeof LISTS;
export type ListItem<L extends ListName> = ReturnType<(typeof LISTS)[L]['map']>;

function pageQuery(def: ListDefinition<unknown>): string {
  const [after, direction] = def.ascending ? ['>', 'ASC'] : ['<', 'DESC'];
  return `
UNWIND $keys AS key
CALL (key) {
  ${def.match}
  WITH n, ${def.sort} AS sortKey
  WHERE key.after IS NULL OR sortKey ${after} key.after
  ORDER BY sortKey ${direction}
  LIMIT $limit
  RETURN collect({sortKey: sortKey, node: properties(n)}) AS rows
}
RETURN key.i AS i, rows`;
}

function countQuery(def: ListDefinition<unknown>): string {
  return `
UNWIND $keys AS key
CALL (key) {
  ${def.match}
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
