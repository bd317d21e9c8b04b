import { FULLTEXT_INDEX, PART_OF_DEPTH } from '../domain/vocabulary.js';
import type { Reader } from './graph.js';
import { STATEMENT_SORT } from './lists.js';
import { decodeNode, EMPTY, type Projection, projectNode, type WithPrefetched } from './projection.js';
import { keysetPage, type Page, type PageRequest, type StatementRecord } from './records.js';

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
  /** Lucene queries for the full-text indexes, one per analyzer, built by allWordsQuery (never raw input). */
  text?: { german: string; english: string; plain: string } | null;
  /** Whether speaker, about and event also match the parts of the given entities (PART_OF). Default true. */
  includeParts?: boolean | null;
}

/**
 * The hops from an entity down to its parts: bounded, and a constant from code (never input), so it
 * can stand in the pattern. `*0..0` is the entity alone.
 */
function partsHops(filter: StatementFilter): string {
  return filter.includeParts === false ? '*0..0' : `*0..${PART_OF_DEPTH}`;
}

/**
 * Where the search starts: the most selective anchor the filter offers, so no label scan when one
 * exists. Speakers, subjects and events include their parts (`parts` hops of PART_OF): statements
 * about the GPT models include those about GPT-6, as `place` includes places within.
 */
const starts = (parts: string) => ({
  text: `CALL () {
    CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX.STATEMENT_TEXT}', $textGerman) YIELD node RETURN node
    UNION
    CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX.STATEMENT_TRANSLATION}', $textEnglish) YIELD node RETURN node
    UNION
    CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX.STATEMENT_WORDS}', $textPlain) YIELD node RETURN node
  }
  WITH node AS n`,
  article: 'MATCH (:Article {slug: $article})-[:REPORTS]->(n:Statement)',
  speaker: `MATCH (root:Entity) WHERE root.slug IN $speaker
  MATCH (root)<-[:PART_OF${parts}]-(:Entity)-[:SAID]->(n:Statement)`,
  event: `MATCH (root:Entity) WHERE root.slug IN $event
  MATCH (root)<-[:PART_OF${parts}]-(:Entity)<-[:AT_EVENT]-(n:Statement)`,
  about: `MATCH (root:Entity) WHERE root.slug IN $about
  MATCH (root)<-[:PART_OF${parts}]-(:Entity)<-[:ABOUT]-(n:Statement)`,
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
});

/** What every filtered statement must satisfy, by filter field; `$x IS NULL` when the field is unset. */
const conditions = (parts: string) => ({
  speaker: `($speaker IS NULL OR EXISTS { MATCH (n)<-[:SAID]-(:Entity)-[:PART_OF${parts}]->(sp:Entity) WHERE sp.slug IN $speaker })`,
  about: `($about IS NULL OR EXISTS { MATCH (n)-[:ABOUT]->(:Entity)-[:PART_OF${parts}]->(ab:Entity) WHERE ab.slug IN $about })`,
  event: `($event IS NULL OR EXISTS { MATCH (n)-[:AT_EVENT]->(:Entity)-[:PART_OF${parts}]->(ev:Entity) WHERE ev.slug IN $event })`,
  article: '($article IS NULL OR EXISTS { MATCH (:Article {slug: $article})-[:REPORTS]->(n) })',
  language: '($language IS NULL OR n.language = $language)',
  kind: '($kind IS NULL OR n.kind = $kind)',
  from: '($from IS NULL OR n.saidOn >= date($from))',
  to: '($to IS NULL OR n.saidOn <= date($to))',
  place: `($place IS NULL
       OR EXISTS { MATCH (n)-[:SAID_AT]->(:Place)-[:WITHIN*0..8]->(pl:Place) WHERE pl.slug IN $place }
       OR (NOT EXISTS { (n)-[:SAID_AT]->() }
           AND EXISTS { MATCH (n)-[:AT_EVENT]->(:Event)-[:HELD_AT]->(:Place)-[:WITHIN*0..8]->(pl:Place) WHERE pl.slug IN $place }))`,
});

type Anchor = keyof ReturnType<typeof starts>;

function anchorOf(filter: StatementFilter): Anchor {
  if (filter.text) return 'text';
  if (filter.article) return 'article';
  if (filter.speaker) return 'speaker';
  if (filter.event) return 'event';
  if (filter.about) return 'about';
  if (filter.place) return 'place';
  if (filter.from || filter.to) return 'dates';
  return 'all';
}

/** Anchors that match exactly what their condition checks (the place anchor also finds statements said elsewhere at an event held there). */
const EXACT_ANCHORS = new Set<string>(['speaker', 'about', 'event', 'article']);

/**
 * The anchor and the conditions: everything up to the filtered statements `n`. An exact anchor's own
 * condition is left out: starting from a busy speaker, checking each of their statements for that
 * speaker again costs a lookup per statement and finds nothing new.
 */
function matching(filter: StatementFilter): string {
  const parts = partsHops(filter);
  const anchor = anchorOf(filter);
  const checks = Object.entries(conditions(parts))
    .filter(([field]) => !(field === anchor && EXACT_ANCHORS.has(field)))
    .map(([, condition]) => condition);
  return `${starts(parts)[anchor]}
WITH DISTINCT n
WHERE ${checks.join('\n  AND ')}`;
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
    textGerman: filter.text?.german ?? null,
    textEnglish: filter.text?.english ?? null,
    textPlain: filter.text?.plain ?? null,
  };
}

/**
 * The Cypher of one filtered page: starts at the filter's most selective anchor; each statement of the
 * page is returned as `node`, projected as `node` says (see projection.ts).
 */
export function statementsCypher(filter: StatementFilter, node = 'properties(n)'): string {
  return `${matching(filter)}
WITH n, ${STATEMENT_SORT} AS sortKey
WHERE $after IS NULL OR sortKey < $after
ORDER BY sortKey DESC
LIMIT $limit
RETURN sortKey, ${node} AS node`;
}

/** One page of statements, with what `projection` selects below each of them, in one statement. */
export async function findStatements(
  graph: Reader,
  filter: StatementFilter,
  page: PageRequest,
  projection: Projection = EMPTY,
): Promise<Page<WithPrefetched<StatementRecord>>> {
  const node = projectNode('Statement', 'n', projection);
  return keysetPage(
    graph,
    statementsCypher(filter, node.cypher),
    { ...params(filter), ...node.params },
    page,
    (row) => decodeNode<StatementRecord>('Statement', row.node, projection),
  );
}

export async function countStatements(graph: Reader, filter: StatementFilter): Promise<number> {
  const rows = await graph.read(`${matching(filter)}\nRETURN count(n) AS total`, params(filter));
  return Number(rows[0]?.total ?? 0);
}
