import type { Graph } from './graph.js';
import { type EntityRecord, toEntity } from './records.js';

/**
 * Entities that appear together with one entity, in the same articles (mentions) and the same
 * statements (speaker or subject). Ranked by pointwise mutual information discounted for small
 * counts, log2(c·N / (n_x·n_y)) · c / (c + 1): an entity that is everywhere co-occurs with
 * everything and scores near zero; one seen together once scores less than one seen together often.
 */
const CO_MENTIONS = `
MATCH (x:Entity {slug: $slug})
WITH x, COUNT { (x)<-[:MENTIONS]-() } + COUNT { (x)-[:SAID|ABOUT]-() } AS nx,
     COUNT { (:Article) } + COUNT { (:Statement) } AS contexts
CALL (x) {
  MATCH (x)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(y:Entity) WHERE y <> x
  RETURN y, count(DISTINCT a) AS c
  UNION ALL
  MATCH (x)-[:SAID|ABOUT]-(s:Statement)-[:SAID|ABOUT]-(y:Entity) WHERE y <> x
  RETURN y, count(DISTINCT s) AS c
}
WITH y, nx, contexts, sum(c) AS together
WHERE together >= $minCount
WITH y, together, nx, contexts, COUNT { (y)<-[:MENTIONS]-() } + COUNT { (y)-[:SAID|ABOUT]-() } AS ny
WITH y, together, log(toFloat(together) * contexts / (toFloat(nx) * ny)) / log(2.0) * together / (together + 1.0) AS score
RETURN properties(y) AS entity, together, score
ORDER BY score DESC, together DESC, y.slug
LIMIT $first`;

export interface CoMention {
  entity: EntityRecord;
  count: number;
  score: number;
}

export async function coMentions(
  graph: Graph,
  slug: string,
  first: number,
  minCount: number,
): Promise<CoMention[]> {
  const rows = await graph.read(CO_MENTIONS, { slug, first, minCount });
  return rows.map((row) => ({
    entity: toEntity(row.entity),
    count: Number(row.together),
    score: Number(Number(row.score).toFixed(4)),
  }));
}
