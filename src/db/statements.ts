import { FULLTEXT_INDEX, PART_OF_DEPTH } from '../domain/vocabulary.js';
import type { Reader } from './graph.js';
import { EMPTY, type Projection, projectedPage, type WithPrefetched } from './projection.js';
import type { Page, PageRequest, StatementRecord } from './records.js';
import { orderedPage, ROOT_PAGE, SORT_ORDERS, walkedPage, walkPays } from './sort-orders.js';

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
const starts = (parts: string, carry: string) => ({
  text: `CALL () {
    CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX.STATEMENT_TEXT}', $textGerman) YIELD node RETURN node
    UNION
    CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX.STATEMENT_TRANSLATION}', $textEnglish) YIELD node RETURN node
    UNION
    CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX.STATEMENT_WORDS}', $textPlain) YIELD node RETURN node
  }
  WITH node AS n${carry}`,
  article: 'MATCH (:Article {slug: $article})-[:REPORTS]->(n:Statement)',
  speaker: `MATCH (root:Entity) WHERE root.slug IN $speaker
  MATCH (root)<-[:PART_OF${parts}]-(:Entity)-[:SAID]->(n:Statement)`,
  event: `MATCH (root:Entity) WHERE root.slug IN $event
  MATCH (root)<-[:PART_OF${parts}]-(:Entity)<-[:AT_EVENT]-(n:Statement)`,
  about: `MATCH (root:Entity) WHERE root.slug IN $about
  MATCH (root)<-[:PART_OF${parts}]-(:Entity)<-[:ABOUT]-(n:Statement)`,
  // Statements said at the places or within them (placeSet): their own place, or their event's.
  place: `UNWIND placeSet AS pl
  CALL (pl) {
    MATCH (pl)<-[:SAID_AT]-(n:Statement) RETURN n
    UNION
    MATCH (pl)<-[:HELD_AT]-(:Event)<-[:AT_EVENT]-(n:Statement) RETURN n
  }`,
  dates:
    'MATCH (n:Statement) WHERE n.saidOn >= date(coalesce($from, "0001-01-01")) AND n.saidOn <= date(coalesce($to, "9999-12-31"))',
  all: 'MATCH (n:Statement)',
});

/**
 * Speakers, subjects and events with their parts, and places with the places within them, resolved
 * once before the anchor (`speakerSet`, …): each candidate statement then costs one expansion and a
 * set lookup instead of a walk up PART_OF or WITHIN.
 */
const SET_FIELDS = ['speaker', 'about', 'event', 'place'] as const;
const resolveSet = (field: (typeof SET_FIELDS)[number], parts: string) =>
  field === 'place'
    ? 'CALL () { MATCH (r:Entity) WHERE r.slug IN $place AND r:Place MATCH (r)<-[:WITHIN*0..8]-(p:Place) RETURN collect(DISTINCT p) AS placeSet }'
    : `CALL () { MATCH (r:Entity) WHERE r.slug IN $${field} MATCH (r)<-[:PART_OF${parts}]-(p:Entity) RETURN collect(DISTINCT p) AS ${field}Set }`;

/** What a filtered statement `n` must satisfy, by filter field (only for the fields the filter sets). */
const CONDITIONS = {
  speaker: 'EXISTS { MATCH (n)<-[:SAID]-(x) WHERE x IN speakerSet }',
  about: 'EXISTS { MATCH (n)-[:ABOUT]->(x) WHERE x IN aboutSet }',
  event: 'EXISTS { MATCH (n)-[:AT_EVENT]->(x) WHERE x IN eventSet }',
  article: 'EXISTS { MATCH (:Article {slug: $article})-[:REPORTS]->(n) }',
  language: 'n.language = $language',
  kind: 'n.kind = $kind',
  from: 'n.saidOn >= date($from)',
  to: 'n.saidOn <= date($to)',
  // Its own place is within, or it has none and its event's is.
  place: `(EXISTS { MATCH (n)-[:SAID_AT]->(x) WHERE x IN placeSet }
       OR (NOT EXISTS { (n)-[:SAID_AT]->() }
           AND EXISTS { MATCH (n)-[:AT_EVENT]->(:Event)-[:HELD_AT]->(x) WHERE x IN placeSet }))`,
};

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

/**
 * The conditions an anchor already guarantees (the place anchor also finds statements said
 * elsewhere at an event held there, so it guarantees nothing).
 */
const GUARANTEED: Record<Anchor, string[]> = {
  text: [],
  article: ['article'],
  speaker: ['speaker'],
  event: ['event'],
  about: ['about'],
  place: [],
  dates: ['from', 'to'],
  all: [],
};

/**
 * The anchor and the conditions: everything up to the filtered statements `n`. Only the fields the
 * filter sets are checked, and not those the anchor guarantees: starting from a busy speaker,
 * checking each of their statements for that speaker again costs a lookup per statement.
 */
function matching(filter: StatementFilter): string {
  const parts = partsHops(filter);
  const anchor = anchorOf(filter);
  const checked = (Object.keys(CONDITIONS) as Array<keyof typeof CONDITIONS>).filter(
    (field) => filter[field] != null && !GUARANTEED[anchor].includes(field),
  );
  const sets = SET_FIELDS.filter((field) => checked.includes(field));
  const carry = sets.map((field) => `, ${field}Set`).join('');
  const prelude = sets.map((field) => `${resolveSet(field, parts)}\n`).join('');
  const where = checked.length ? `\nWHERE ${checked.map((field) => CONDITIONS[field]).join('\n  AND ')}` : '';
  return `${prelude}${starts(parts, carry)[anchor]}\nWITH DISTINCT n${carry}${where}`;
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
  const anchor = anchorOf(filter);
  const degree = WALKS[anchor];
  if (degree)
    return `${walkingPage(filter, anchor as keyof typeof WALKS, degree)}\nRETURN sortKey, ${node} AS node`;
  return `${matching(filter)}
${orderedPage(SORT_ORDERS.statementDay, ROOT_PAGE)}
RETURN sortKey, ${node} AS node`;
}

/**
 * Anchors whose statements a busy entity can have thousands of (a country: every statement said in
 * its towns or at events held there), and about how many statements one of its entities `x` has.
 */
const WALKS: Partial<Record<Anchor, (x: string) => string>> = {
  speaker: (x) => `COUNT { (${x})-[:SAID]->() }`,
  event: (x) => `COUNT { (${x})<-[:AT_EVENT]-() }`,
  about: (x) => `COUNT { (${x})<-[:ABOUT]-() }`,
  place: (x) =>
    `COUNT { (${x})<-[:SAID_AT]-() } + reduce(d = 0, e IN [(${x})<-[:HELD_AT]-(e:Event) | e] | d + COUNT { (e)<-[:AT_EVENT]-() })`,
};

/**
 * A page anchored at entities with many statements (a busy speaker: who said what) does not read all
 * of them when walking the `statement_said_on` index newest first pays (`walkPays`, on the anchor's
 * degree): each statement on the way is checked against the whole filter, and the walk stops when
 * the page is full. Otherwise, and for the undated statements (last in the order) once the dated
 * ones run out, the anchor's statements are read and sorted as before (`walkedPage`, which an
 * entity's own lists in src/db/lists.ts use too). Same page, same cursors.
 */
function walkingPage(
  filter: StatementFilter,
  anchor: keyof typeof WALKS,
  degree: (x: string) => string,
): string {
  const hops = partsHops(filter);
  const fields = SET_FIELDS.filter((field) => filter[field] != null);
  const sets = fields.map((field) => `${field}Set`).join(', ');
  const prelude = fields.map((field) => resolveSet(field, hops)).join('\n');
  const all = (Object.keys(CONDITIONS) as Array<keyof typeof CONDITIONS>).filter((f) => filter[f] != null);
  const checked = all.filter((field) => !GUARANTEED[anchor].includes(field));
  const restSets = SET_FIELDS.filter((field) => checked.includes(field))
    .map((field) => `, ${field}Set`)
    .join('');
  // The newest day the walk starts from: the cursor's, or `to`'s when it is earlier.
  const start =
    "coalesce(CASE WHEN $after IS NOT NULL AND ($to IS NULL OR date($after) < date($to)) THEN date($after) END, date($to), date('9999-12-31'))";
  return `${prelude}
CALL (${anchor}Set) { UNWIND ${anchor}Set AS x RETURN sum(${degree('x')}) AS degree }
WITH ${sets}, ${walkPays('degree', 'COUNT { (:Statement) }', '$limit')} AS hub
${walkedPage(SORT_ORDERS.statementDay, {
  ...ROOT_PAGE,
  carried: sets,
  hub: 'hub',
  start,
  belongs: all.map((field) => CONDITIONS[field]),
  expand: `${starts(hops, '')[anchor]}\n  WITH DISTINCT n${restSets}`,
  where: checked.map((field) => CONDITIONS[field]),
})}`;
}

/** One page of statements, with what `projection` selects below each of them, in one statement. */
export async function findStatements(
  graph: Reader,
  filter: StatementFilter,
  page: PageRequest,
  projection: Projection = EMPTY,
): Promise<Page<WithPrefetched<StatementRecord>>> {
  const cypher = (node: string) => statementsCypher(filter, node);
  const query = {
    type: 'Statement',
    order: SORT_ORDERS.statementDay,
    cypher,
    params: params(filter),
  } as const;
  return projectedPage(graph, query, page, projection);
}

export async function countStatements(graph: Reader, filter: StatementFilter): Promise<number> {
  const rows = await graph.read(`${matching(filter)}\nRETURN count(n) AS total`, params(filter));
  return Number(rows[0]?.total ?? 0);
}
