import type { Reader } from './graph.js';
import { EMPTY, type Projection, projectedPage, type WithPrefetched } from './projection.js';
import type { ArticleRecord, Page, PageRequest } from './records.js';
import { orderedPage, ROOT_PAGE, SORT_ORDERS } from './sort-orders.js';

const list = (node: string) => `
MATCH (n:Article)
${orderedPage(SORT_ORDERS.articleDay, ROOT_PAGE)}
RETURN sortKey, ${node} AS node`;

const COUNT = 'MATCH (n:Article) RETURN count(n) AS total';

/** Articles, newest first (unknown dates last), with what `projection` selects below each, in one statement. */
export async function listArticles(
  graph: Reader,
  page: PageRequest,
  projection: Projection = EMPTY,
): Promise<Page<WithPrefetched<ArticleRecord>>> {
  return projectedPage(
    graph,
    { type: 'Article', order: SORT_ORDERS.articleDay, cypher: list },
    page,
    projection,
  );
}

export async function countArticles(graph: Reader): Promise<number> {
  const rows = await graph.read(COUNT);
  return Number(rows[0]?.total ?? 0);
}

/** Whether any article exists: `npm start` seeds an empty graph. */
export async function hasArticles(graph: Reader): Promise<boolean> {
  const rows = await graph.read('MATCH (a:Article) RETURN a.slug AS slug LIMIT 1');
  return rows.length > 0;
}
