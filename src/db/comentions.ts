import { type CoMentionSort, logLikelihood, rankPairs } from '../domain/association.js';
import type { Reader } from './graph.js';
import { type EntityRecord, toEntity } from './records.js';

/**
 * Entities that appear together with one entity. A context is an article (its mentions) or a
 * statement; a statement holds its speaker, the organizations the speaker WORKS_FOR (a CEO's
 * words are heard as the company's: "OpenAI CEO Sam Altman said"), and what it is about. The
 * counts go to the pure scoring in src/domain/association.ts.
 */

/** The statements in which `v` takes part: said by, about, or said by someone who works for it. */
const statementsOf = (v: string) => `
    MATCH (${v})-[:SAID|ABOUT]-(s:Statement) RETURN s
    UNION
    MATCH (${v})<-[:WORKS_FOR]-(:Person)-[:SAID]->(s:Statement) RETURN s`;

/**
 * Contexts of an entity: articles that mention it plus statements it takes part in. Counted from
 * relationship degrees (cheap for the thousand candidates of a hub) plus its staff's statements
 * that are not about it already; only organizations with staff pay for an expansion. "Not about it"
 * reads each statement's few subjects instead of asking `NOT (s)-[:ABOUT]->(v)`, which Neo4j checks
 * from the entity's side, a dense node (coMentions of the busiest speaker at 10k: 1,010,108 →
 * 851,732 db hits, the same answer; bench/PLANS.md).
 */
const contextsOf = (v: string) => `COUNT { (${v})<-[:MENTIONS]-() } + COUNT { (${v})-[:SAID|ABOUT]-() } +
  COUNT { MATCH (${v})<-[:WORKS_FOR]-(:Person)-[:SAID]->(s:Statement)
    WHERE NONE(t IN [(s)-[:ABOUT]->(t) | t] WHERE t = ${v}) RETURN s }`;

const PAIRS = `
MATCH (x:Entity {slug: $slug})
CALL (x) {
  MATCH (x)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(y:Entity) WHERE y <> x
  RETURN y, count(DISTINCT a) AS c
  UNION ALL
  CALL (x) { ${statementsOf('x')} }
  CALL (s) {
    MATCH (s)-[:SAID|ABOUT]-(y:Entity) RETURN y
    UNION
    MATCH (s)<-[:SAID]-(:Person)-[:WORKS_FOR]->(y:Entity) RETURN y
  }
  WITH y, s WHERE y <> x
  RETURN y, count(DISTINCT s) AS c
}
WITH x, y, sum(c) AS together
WHERE together >= $minCount
WITH x, collect({slug: y.slug, together: together, ny: ${contextsOf('y')}}) AS pairs
RETURN ${contextsOf('x')} AS nx, COUNT { (:Article) } + COUNT { (:Statement) } AS contexts, pairs`;

const ENTITIES = `
UNWIND $slugs AS slug
MATCH (n:Entity {slug: slug})
RETURN n.slug AS slug, properties(n) AS entity`;

export interface CoMention {
  entity: EntityRecord;
  count: number;
  score: number;
}

export interface CoMentionRequest {
  first: number;
  minCount: number;
  sort: CoMentionSort;
}

export async function coMentions(
  graph: Reader,
  slug: string,
  request: CoMentionRequest,
): Promise<CoMention[]> {
  const [row] = await graph.read(PAIRS, { slug, minCount: request.minCount });
  if (!row) return [];
  const nx = Number(row.nx);
  const contexts = Number(row.contexts);
  const pairs = (row.pairs as Array<{ slug: string; together: number; ny: number }>).map((p) => ({
    slug: String(p.slug),
    count: Number(p.together),
    score: round(logLikelihood({ together: Number(p.together), nx, ny: Number(p.ny), contexts })),
  }));
  const top = rankPairs(pairs, request.sort).slice(0, request.first);
  if (top.length === 0) return [];
  const found = new Map(
    (await graph.read(ENTITIES, { slugs: top.map((p) => p.slug) })).map((r) => [String(r.slug), r.entity]),
  );
  return top.flatMap((p) => {
    const entity = found.get(p.slug);
    return entity ? [{ entity: toEntity(entity), count: p.count, score: p.score }] : [];
  });
}

const round = (value: number) => Number(value.toFixed(4));
