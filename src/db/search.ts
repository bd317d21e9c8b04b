import type { Graph } from './graph.js';
import { type NodeRecord, toArticle, toEntity, toStatement } from './records.js';

/**
 * One ranking over four full-text indexes. Lucene scores are not comparable across indexes, so
 * each index's scores are divided by its best score; an entity whose name or alias equals the
 * query gets a bonus, so searching a name finds the thing before the texts that mention it.
 */
const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $perIndex}) YIELD node, score
  RETURN node, score, 'Entity' AS type
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text_de', $query, {limit: $perIndex}) YIELD node, score
  RETURN node, score, 'Statement' AS type
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_translation_en', $query, {limit: $perIndex}) YIELD node, score
  RETURN node, score, 'Statement' AS type
  UNION ALL
  CALL db.index.fulltext.queryNodes('article_title', $query, {limit: $perIndex}) YIELD node, score
  RETURN node, score, 'Article' AS type
}
WITH type, collect({node: node, score: score}) AS hits
WITH type, hits, reduce(best = 0.0, h IN hits | CASE WHEN h.score > best THEN h.score ELSE best END) AS best
UNWIND hits AS hit
WITH type, hit.node AS node, hit.score / best AS relative
WITH type, node, max(relative) AS relative
WITH type, node, relative +
     CASE WHEN type = 'Entity' AND (toLower(node.name) = $exact OR $exact IN [a IN coalesce(node.aliases, []) | toLower(a)])
          THEN 1.0 ELSE 0.0 END AS score
RETURN type, properties(node) AS node, score
ORDER BY score DESC, type, coalesce(node.slug, node.id)
LIMIT $first`;

export interface SearchHit {
  score: number;
  node: NodeRecord;
}

export async function search(
  graph: Graph,
  lucene: string,
  exact: string,
  first: number,
): Promise<SearchHit[]> {
  const rows = await graph.read(SEARCH, {
    query: lucene,
    exact: exact.toLowerCase(),
    first,
    perIndex: Math.max(50, first * 3),
  });
  return rows.map((row) => {
    const map = row.type === 'Entity' ? toEntity : row.type === 'Statement' ? toStatement : toArticle;
    return { score: Number(Number(row.score).toFixed(4)), node: map(row.node) };
  });
}
