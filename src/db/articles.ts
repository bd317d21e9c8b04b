import type { Reader } from './graph.js';
import { ARTICLE_SORT } from './lists.js';
import { type ArticleRecord, keysetPage, type Page, type PageRequest, toArticle } from './records.js';

const LIST = `
MATCH (n:Article)
WITH n, ${ARTICLE_SORT} AS sortKey
WHERE $after IS NULL OR sortKey < $after
RETURN sortKey, properties(n) AS node
ORDER BY sortKey DESC
LIMIT $limit`;

const COUNT = 'MATCH (n:Article) RETURN count(n) AS total';

/** Articles, newest first (unknown dates last). */
export async function listArticles(graph: Reader, page: PageRequest): Promise<Page<ArticleRecord>> {
  return keysetPage(graph, LIST, {}, page, (row) => toArticle(row.node));
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
