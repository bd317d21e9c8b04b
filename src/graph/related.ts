import type { Graph } from './graph.js';
import { type ArticleRecord, type EntityRecord, toArticle, toEntity } from './records.js';

/**
 * Articles related to one article, ranked by what they share:
 * - each shared entity weighs its rarity, ln((N + 1) / df), so an entity in every article says
 *   little and a rare one says a lot; a shared event weighs 1.5 times as much;
 * - each shared statement (the same quote) adds 2;
 * - nearness in time scales the sum by 0.75 + 0.25·e^(−days/180) (unknown dates: the middle, 0.875).
 * Never the article itself. Ties break by slug.
 */
const RELATED = `
MATCH (a:Article {slug: $slug})
CALL () { MATCH (n:Article) RETURN count(n) AS total }
MATCH (a)-[:MENTIONS]->(e:Entity)<-[:MENTIONS]-(b:Article)
WHERE b <> a
WITH a, b, total, e, COUNT { (e)<-[:MENTIONS]-() } AS df
WITH a, b, e, log((total + 1.0) / df) * CASE WHEN e:Event THEN 1.5 ELSE 1.0 END AS weight
ORDER BY weight DESC, e.slug
WITH a, b, collect({entity: properties(e), weight: weight}) AS shared, sum(weight) AS entityScore
CALL (a, b) {
  OPTIONAL MATCH (a)-[:REPORTS]->(s:Statement)<-[:REPORTS]-(b)
  RETURN count(s) AS sameStatements
}
WITH b, shared, sameStatements,
     entityScore + 2.0 * sameStatements AS base,
     CASE WHEN a.publishedOn IS NULL OR b.publishedOn IS NULL THEN 0.5
          ELSE exp(-abs(duration.inDays(a.publishedOn, b.publishedOn).days) / 180.0) END AS nearness
WITH b, shared, sameStatements, base * (0.75 + 0.25 * nearness) AS score
RETURN properties(b) AS article, score, sameStatements, [s IN shared | s.entity] AS shared
ORDER BY score DESC, b.slug
LIMIT $first`;

export interface Related {
  article: ArticleRecord;
  score: number;
  sharedStatements: number;
  shared: EntityRecord[];
}

export async function relatedArticles(graph: Graph, slug: string, first: number): Promise<Related[]> {
  const rows = await graph.read(RELATED, { slug, first });
  return rows.map((row) => ({
    article: toArticle(row.article),
    score: Number(Number(row.score).toFixed(4)),
    sharedStatements: Number(row.sameStatements),
    shared: (row.shared as unknown[]).map(toEntity),
  }));
}
