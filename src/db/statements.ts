import type { Graph } from './graph.js';
import { STATEMENT_SORT } from './lists.js';
import { keysetPage, type Page, type PageRequest, type StatementRecord, toStatement } from './records.js';

export interface StatementFilter {
  speaker?: string[] | null;
  about?: string[] | null;
  event?: string[] | null;
  place?: string[] | null;
  article?: string | null;
  language?: string | null;
  kind?: string | null;
  from?: string | null;
  to?: string | null;
  /** Lucene query for the full-text indexes, already escaped by the caller. */
  text?: string | null;
}

/** Where the search starts: the most selective anchor the filter offers, so no label scan when one exists. */
const STARTS = {
  text: `CALL () {
    CALL db.index.fulltext.queryNodes('statement_text_de', $text) YIELD node RETURN node
    UNION
    CALL db.index.fulltext.queryNodes('statement_translation_en', $text) YIELD node RETURN node
  }
  WITH node AS n`,
  article: 'MATCH (:Article {slug: $article})-[:REPORTS]->(n:Statement)',
  speaker: 'MATCH (speaker:Entity)-[:SAID]->(n:Statement) WHERE speaker.slug IN $speaker',
  event: 'MATCH (event:Entity)<-[:AT_EVENT]-(n:Statement) WHERE event.slug IN $event',
  about: 'MATCH (subject:Entity)<-[:ABOUT]-(n:Statement) WHERE subject.slug IN $about',
  // Statements said at the places or within them: their own place, or their event's.
  place: `MATCH (root:Entity) WHERE root.slug IN $place AND root:Place
  MATCH (root)<-[:WITHIN*0..8]-(pl:Place)
  CALL (pl) {
    MATCH (pl)<-[:SAID_AT]-(n:Statement) RETURN n
    UNION
    MATCH (pl)<-[:HELD_AT]-(:Event)<-[:AT_EVENT]-(n:Statement) RETURN n
  }`,
  dates:
    'MATCH (n:Statement) WHERE n.saidOn >= date(coalesce($from, "0001-01-01")) AND n.saidOn <= date(coalesce($to, "9999-12-31"))',
  all: 'MATCH (n:Statement)',
} as const;

const CONDITIONS = `
WITH DISTINCT n
WHERE ($speaker IS NULL OR EXISTS { MATCH (sp:Entity)-[:SAID]->(n) WHERE sp.slug IN $speaker })
  AND ($about IS NULL OR EXISTS { MATCH (n)-[:ABOUT]->(ab:Entity) WHERE ab.slug IN $about })
  AND ($event IS NULL OR EXISTS { MATCH (n)-[:AT_EVENT]->(ev:Entity) WHERE ev.slug IN $event })
  AND ($article IS NULL OR EXISTS { MATCH (:Article {slug: $article})-[:REPORTS]->(n) })
  AND ($language IS NULL OR n.language = $language)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($from IS NULL OR n.saidOn >= date($from))
  AND ($to IS NULL OR n.saidOn <= date($to))
  AND ($place IS NULL
       OR EXISTS { MATCH (n)-[:SAID_AT]->(:Place)-[:WITHIN*0..8]->(pl:Place) WHERE pl.slug IN $place }
       OR (NOT EXISTS { (n)-[:SAID_AT]->() }
           AND EXISTS { MATCH (n)-[:AT_EVENT]->(:Event)-[:HELD_AT]->(:Place)-[:WITHIN*0..8]->(pl:Place) WHERE pl.slug IN $place }))`;

function startOf(filter: StatementFilter): string {
  if (filter.text) return STARTS.text;
  if (filter.article) return STARTS.article;
  if (filter.speaker) return STARTS.speaker;
  if (filter.event) return STARTS.event;
  if (filter.about) return STARTS.about;
  if (filter.place) return STARTS.place;
  if (filter.from || filter.to) return STARTS.dates;
  return STARTS.all;
}

function params(filter: StatementFilter) {
  return {
    speaker: filter.speaker ?? null,
    about: filter.about ?? null,
    event: filter.event ?? null,
    place: filter.place ?? null,
    article: filter.article ?? null,
    language: filter.language ?? null,
    kind: filter.kind ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    text: filter.text ?? null,
  };
}

/** The Cypher of one filtered page: starts at the filter's most selective anchor. */
export function statementsCypher(filter: StatementFilter): string {
  return `${startOf(filter)}
${CONDITIONS}
WITH n, ${STATEMENT_SORT} AS sortKey
WHERE $after IS NULL OR sortKey < $after
RETURN sortKey, properties(n) AS node
ORDER BY sortKey DESC
LIMIT $limit`;
}

export async function findStatements(
  graph: Graph,
  filter: StatementFilter,
  page: PageRequest,
): Promise<Page<StatementRecord>> {
  return keysetPage(graph, statementsCypher(filter), params(filter), page, (row) => toStatement(row.node));
}

export async function countStatements(graph: Graph, filter: StatementFilter): Promise<number> {
  const rows = await graph.read(
    `${startOf(filter)}\n${CONDITIONS}\nRETURN count(n) AS total`,
    params(filter),
  );
  return Number(rows[0]?.total ?? 0);
}
