import type { Reader } from './graph.js';
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
WITH a, a.publishedOn AS aDay
CALL () { RETURN COUNT { (:Article) } AS total }
CALL (a, total) {
  MATCH (a)-[:MENTIONS]->(e:Entity)
  WITH e, log((total + 1.0) / COUNT { (e)<-[:MENTIONS]-() }) * CASE WHEN e:Event THEN 1.5 ELSE 1.0 END AS weight
  MATCH (e)<-[:MENTIONS]-(b:Article)
  WHERE b <> a
  RETURN b, weight, 0 AS same
  UNION ALL
  MATCH (a)-[:REPORTS]->(:Statement)<-[:REPORTS]-(b:Article)
  WHERE b <> a
  RETURN b, 2.0 AS weight, 1 AS same
}
WITH a, aDay, total, b, sum(weight) AS base, sum(same) AS sameStatements
WITH a, aDay, total, b, sameStatements, base, b.publishedOn AS bDay
WITH a, total, b, sameStatements,
     base * (0.75 + 0.25 * CASE WHEN aDay IS NULL OR bDay IS NULL THEN 0.5
                                ELSE exp(-abs(duration.inDays(aDay, bDay).days) / 180.0) END) AS score
ORDER BY score DESC, b.slug
LIMIT $first
CALL (a, b, total) {
  MATCH (a)-[:MENTIONS]->(e:Entity)<-[:MENTIONS]-(b)
  WITH e, log((total + 1.0) / COUNT { (e)<-[:MENTIONS]-() }) * CASE WHEN e:Event THEN 1.5 ELSE 1.0 END AS weight
  ORDER BY weight DESC, e.slug
  RETURN collect(properties(e)) AS shared
}
RETURN properties(b) AS article, score, sameStatements, shared
ORDER BY score DESC, b.slug`;

export interface Related {
  article: ArticleRecord;
  score: number;
  sharedStatements: number;
  shared: EntityRecord[];
}

export async function relatedArticles(graph: Reader, slug: string, first: number): Promise<Related[]> {
  const rows = await graph.read(RELATED, { slug, first });
  return rows.map((row) => ({
    article: toArticle(row.article),
    score: Number(Number(row.score).toFixed(4)),
    sharedStatements: Number(row.sameStatements),
    shared: (row.shared as unknown[]).map(toEntity),
  }));
}
