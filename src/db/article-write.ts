import {
  CHANGE_REL,
  LABEL,
  RELATION_TYPE_NAMES,
  type RelationType,
  STANCE_REL,
  STATEMENT_REL,
} from '../domain/vocabulary.js';
import type { WritePlan } from '../domain/write-plan.js';
import type { Graph, Params, Row, Tx } from './graph.js';

/**
 * The write path for one article document. One transaction: all of it lands or none of it does.
 * Replacing an article releases its old evidence first, writes the new version with MERGE on stable
 * keys, then deletes what no article supports any more. Running the same plan twice leaves the graph
 * as one run left it.
 */

const BATCH = 500;

const OLD_STATE = `
MATCH (a:Article {slug: $slug})
OPTIONAL MATCH (a)-[:REPORTS]->(s:Statement)
OPTIONAL MATCH (s)--(se:Entity)
WITH a, collect(DISTINCT s.id) AS statementIds, collect(DISTINCT se.slug) AS statementEntities
OPTIONAL MATCH (a)-[:MENTIONS|WRITTEN_BY|PUBLISHED_BY]->(e:Entity)
WITH a, statementIds, statementEntities, collect(DISTINCT e.slug) AS articleEntities
RETURN statementIds, statementEntities + articleEntities AS entitySlugs,
       coalesce(a.relationKeys, []) AS relationKeys`;

// A stance this article annotated goes with its evidence; the new version writes it again if it still says so.
const RELEASE_STATEMENT_EVIDENCE = `
MATCH (:Article {slug: $slug})-[:REPORTS]->(s:Statement)-[r:ABOUT|AT_EVENT|SAID_AT]->()
SET r.evidence = [x IN r.evidence WHERE x <> $slug]
FOREACH (_ IN CASE WHEN r.stanceBy = $slug THEN [1] ELSE [] END |
  REMOVE r.stance, r.stanceConfidence, r.stanceBy)`;

const DROP_ARTICLE_EDGES = `
MATCH (:Article {slug: $slug})-[r:REPORTS|MENTIONS|WRITTEN_BY|PUBLISHED_BY]->()
DELETE r`;

const RELEASE_RELATION_EVIDENCE = `
UNWIND $keys AS key
WITH split(key, '|') AS k
MATCH (:Entity {slug: k[0]})-[r]->(:Entity {slug: k[2]})
WHERE type(r) = k[1]
SET r.evidence = [x IN r.evidence WHERE x <> $slug]`;

const DROP_UNSUPPORTED_RELATIONS = `
UNWIND $keys AS key
WITH split(key, '|') AS k
MATCH (:Entity {slug: k[0]})-[r]->(:Entity {slug: k[2]})
WHERE type(r) = k[1] AND size(r.evidence) = 0
DELETE r`;

const DROP_UNSUPPORTED_STATEMENT_EDGES = `
UNWIND $ids AS id
MATCH (:Statement {id: id})-[r:ABOUT|AT_EVENT|SAID_AT]->()
WHERE size(r.evidence) = 0
DELETE r`;

const DROP_UNREPORTED_STATEMENTS = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
WHERE NOT EXISTS { ()-[:REPORTS]->(s) }
DETACH DELETE s`;

// An entity with recorded changes was curated by a person: it stays even when no article mentions it.
// (Its CHANGES relationships already keep it connected; spelled out so a narrower rule cannot lose it.)
const DROP_ORPHAN_ENTITIES = `
UNWIND $slugs AS slug
MATCH (e:Entity {slug: slug})
WHERE NOT slug IN $keep AND NOT EXISTS { (e)--() }
  AND NOT EXISTS { (e)<-[:${CHANGE_REL.CHANGES}]-(:${LABEL.ENTITY_CHANGE}) }
DELETE e`;

// Curated facts are only filled where missing, never replaced (the plan lists what differed as
// conflicts; updateEntity changes them). Aliases only grow. Confidence qualifies the identification in
// the latest document and is not a curated fact, so a document's value still wins.
const UPSERT_ENTITIES = `
UNWIND $rows AS row
MERGE (n:Entity {slug: row.slug})
  ON CREATE SET n.kind = row.kind, n.aliases = [], n.createdAt = datetime()
FOREACH (_ IN CASE WHEN row.kind = 'PERSON' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.kind = 'ORGANIZATION' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'AI_MODEL' THEN [1] ELSE [] END | SET n:AIModel)
FOREACH (_ IN CASE WHEN row.kind = 'EVENT' THEN [1] ELSE [] END | SET n:Event)
FOREACH (_ IN CASE WHEN row.kind = 'PLACE' THEN [1] ELSE [] END | SET n:Place)
FOREACH (_ IN CASE WHEN row.kind = 'TOPIC' THEN [1] ELSE [] END | SET n:Topic)
SET n.name = coalesce(n.name, row.name),
    n.description = coalesce(n.description, row.description),
    n.wikidataId = coalesce(n.wikidataId, row.wikidataId),
    n.startsOn = coalesce(n.startsOn, date(row.startsOn)),
    n.endsOn = coalesce(n.endsOn, date(row.endsOn)),
    n.releasedOn = coalesce(n.releasedOn, date(row.releasedOn)),
    n.confidence = coalesce(row.confidence, n.confidence)
WITH n, row
SET n.nameKey = coalesce(n.nameKey, row.nameKey),
    n.aliases = reduce(acc = n.aliases, x IN row.aliases | CASE WHEN x IN acc OR x = n.name THEN acc ELSE acc + x END),
    n.aliasKeys = reduce(acc = coalesce(n.aliasKeys, []), k IN row.aliasKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END)
SET n.aliasText = reduce(acc = '', x IN n.aliases | acc + x + ' | ')`;

const UPSERT_ARTICLE = `
MERGE (a:Article {slug: $slug})
  ON CREATE SET a.createdAt = datetime()
SET a.title = $title, a.url = $url, a.language = $language, a.publishedOn = date($publishedOn),
    a.section = $section, a.relationKeys = $relationKeys
WITH a
OPTIONAL MATCH (o:Entity {slug: $outlet})
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (a)-[:PUBLISHED_BY]->(o))`;

const LINK_AUTHORS = `
MATCH (a:Article {slug: $slug})
UNWIND range(0, size($authors) - 1) AS position
MATCH (p:Entity {slug: $authors[position]})
MERGE (a)-[w:WRITTEN_BY]->(p)
SET w.position = position`;

const LINK_MENTIONS = `
MATCH (a:Article {slug: $slug})
UNWIND $rows AS slug
MATCH (e:Entity {slug: slug})
MERGE (a)-[:MENTIONS]->(e)`;

const ADD_EVIDENCE = `SET r.evidence = CASE WHEN $slug IN coalesce(r.evidence, []) THEN r.evidence ELSE coalesce(r.evidence, []) + $slug END`;

const UPSERT_STATEMENTS = `
MATCH (a:Article {slug: $slug})
UNWIND $rows AS row
MATCH (speaker:Entity {slug: row.speaker})
OPTIONAL MATCH (before:Statement {id: row.id})
WITH a, speaker, row, before IS NOT NULL AS existed
MERGE (s:Statement {id: row.id})
SET s.text = row.text, s.language = row.language, s.kind = row.kind,
    s.translation = coalesce(row.translation, s.translation),
    s.saidOn = coalesce(date(row.saidOn), s.saidOn),
    s.confidence = coalesce(row.confidence, s.confidence)
MERGE (speaker)-[:SAID]->(s)
MERGE (a)-[r:REPORTS]->(s)
SET r.position = row.position
RETURN row.id AS id, existed`;

// The stance is the latest annotating article's reading; stanceBy says which one, so removing it removes the stance.
const SET_STATEMENT_STANCES = `
UNWIND $rows AS row
MATCH (:Statement {id: row.id})-[r:${STATEMENT_REL.ABOUT}]->(:Entity {slug: row.about})
SET r.stance = row.stance, r.stanceConfidence = row.confidence, r.stanceBy = $slug`;

// Event stances are released and swept like relations: their keys are in the article's relationKeys.
const MERGE_EVENT_STANCES = `
UNWIND $rows AS row
MATCH (ev:Entity {slug: row.event})
MATCH (e:Entity {slug: row.about})
MERGE (ev)-[r:${STANCE_REL.STANCE_ON}]->(e)
${ADD_EVIDENCE}, r.stance = row.stance, r.confidence = row.confidence`;

/**
 * One MERGE per relationship type, built from the allow-list, never from input. A role already on
 * the relation stays ("CEO" from a checked article is not replaced by another article's "Chef").
 */
const MERGE_RELATION = Object.fromEntries(
  RELATION_TYPE_NAMES.map((type) => [
    type,
    `UNWIND $rows AS row
MATCH (f:Entity {slug: row.from})
MATCH (t:Entity {slug: row.to})
MERGE (f)-[r:${type}]->(t)
${ADD_EVIDENCE}, r.role = coalesce(r.role, row.role), r.confidence = coalesce(row.confidence, r.confidence)`,
  ]),
) as Record<RelationType, string>;

const STATEMENT_EDGES = ['ABOUT', 'AT_EVENT', 'SAID_AT'] as const;
const MERGE_STATEMENT_EDGE = Object.fromEntries(
  STATEMENT_EDGES.map((type) => [
    type,
    `UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
MATCH (e:Entity {slug: row.slug})
MERGE (s)-[r:${type}]->(e)
${ADD_EVIDENCE}`,
  ]),
) as Record<(typeof STATEMENT_EDGES)[number], string>;

export interface WriteResult {
  replaced: boolean;
  statementsCreated: number;
  statementsReused: number;
}

export interface WriteHooks {
  /** Called after each batch inside the transaction; throwing aborts the whole document. For tests of atomicity. */
  afterBatch?: (name: string) => void | Promise<void>;
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

export function relationKey(r: { from: string; type: string; to: string }): string {
  return `${r.from}|${r.type}|${r.to}`;
}

type Step = (name: string, cypher: string, params?: Params) => Promise<Row[]>;

function stepper(tx: Tx, slug: string, hooks: WriteHooks): Step {
  return async (name, cypher, params = {}) => {
    const rows = await tx.run(cypher, { slug, ...params });
    await hooks.afterBatch?.(name);
    return rows;
  };
}

interface OldVersion {
  statementIds: string[];
  relationKeys: string[];
  entitySlugs: string[];
}

/** Takes the article's evidence off everything it supported; returns what to sweep afterwards, or null if it is new. */
async function releaseOldVersion(tx: Tx, step: Step, slug: string): Promise<OldVersion | null> {
  const [old] = await tx.run(OLD_STATE, { slug });
  if (!old) return null;
  const relationKeys = old.relationKeys as string[];
  const entities = new Set(old.entitySlugs as string[]);
  for (const key of relationKeys) {
    const [from, , to] = key.split('|');
    if (from) entities.add(from);
    if (to) entities.add(to);
  }
  await step('release-statement-evidence', RELEASE_STATEMENT_EVIDENCE);
  await step('drop-article-edges', DROP_ARTICLE_EDGES);
  await step('release-relation-evidence', RELEASE_RELATION_EVIDENCE, { keys: relationKeys });
  return { statementIds: old.statementIds as string[], relationKeys, entitySlugs: [...entities] };
}

/** Deletes what the old version supported and no article supports any more; `keep` are entities still defined. */
async function sweep(step: Step, old: OldVersion, keep: string[]): Promise<void> {
  await step('drop-unsupported-relations', DROP_UNSUPPORTED_RELATIONS, { keys: old.relationKeys });
  await step('drop-unsupported-statement-edges', DROP_UNSUPPORTED_STATEMENT_EDGES, { ids: old.statementIds });
  await step('drop-unreported-statements', DROP_UNREPORTED_STATEMENTS, { ids: old.statementIds });
  await step('drop-orphan-entities', DROP_ORPHAN_ENTITIES, { slugs: old.entitySlugs, keep });
}

/** Keys of everything the article states between entities: its relations and its events' stances. */
function relationKeys(plan: WritePlan): string[] {
  return [
    ...plan.relations.map(relationKey),
    ...plan.eventStances.map((s) => relationKey({ from: s.event, type: STANCE_REL.STANCE_ON, to: s.about })),
  ];
}

type Batched = (name: string, cypher: string, rows: unknown[]) => Promise<Row[]>;

/** The statements with their position in the article, their edges, and the stances on their ABOUT edges. */
async function writeStatements(plan: WritePlan, batched: Batched): Promise<Row[]> {
  const written = await batched('statements', UPSERT_STATEMENTS, plan.statements);
  const edges = {
    ABOUT: plan.statements.flatMap((s) => s.about.map((about) => ({ id: s.id, slug: about }))),
    AT_EVENT: plan.statements.flatMap((s) => (s.event ? [{ id: s.id, slug: s.event }] : [])),
    SAID_AT: plan.statements.flatMap((s) => (s.place ? [{ id: s.id, slug: s.place }] : [])),
  };
  for (const type of STATEMENT_EDGES) {
    if (edges[type].length > 0) await batched(`statement-${type}`, MERGE_STATEMENT_EDGE[type], edges[type]);
  }
  const stances = plan.statements.flatMap((s) => s.stances.map((stance) => ({ id: s.id, ...stance })));
  if (stances.length > 0) await batched('statement-stances', SET_STATEMENT_STANCES, stances);
  return written;
}

export function writeArticle(graph: Graph, plan: WritePlan, hooks: WriteHooks = {}): Promise<WriteResult> {
  const slug = plan.article.slug;
  return graph.writeTransaction(async (tx: Tx) => {
    const step = stepper(tx, slug, hooks);
    const batched: Batched = async (name, cypher, rows) => {
      const out: Row[] = [];
      for (const chunk of chunks(rows)) out.push(...(await step(name, cypher, { rows: chunk })));
      return out;
    };

    const old = await releaseOldVersion(tx, step, slug);

    await batched('entities', UPSERT_ENTITIES, plan.entities);
    await step('article', UPSERT_ARTICLE, { ...plan.article, relationKeys: relationKeys(plan) });
    if (plan.article.authors.length > 0) {
      await step('authors', LINK_AUTHORS, { authors: plan.article.authors });
    }
    await batched('mentions', LINK_MENTIONS, plan.mentions);
    for (const type of RELATION_TYPE_NAMES) {
      const rows = plan.relations.filter((r) => r.type === type);
      if (rows.length > 0) await batched(`relations-${type}`, MERGE_RELATION[type], rows);
    }
    if (plan.eventStances.length > 0) await batched('event-stances', MERGE_EVENT_STANCES, plan.eventStances);
    const written = await writeStatements(plan, batched);

    if (old) {
      await sweep(
        step,
        old,
        plan.entities.map((e) => e.slug),
      );
    }

    const reused = written.filter((row) => row.existed === true).length;
    return { replaced: old !== null, statementsCreated: written.length - reused, statementsReused: reused };
  });
}

const DELETE_ARTICLE = 'MATCH (a:Article {slug: $slug}) DETACH DELETE a';

/**
 * Removes an article and everything only it supported. Entities keep their curated facts (nothing
 * here writes an entity property), and curated entities stay. Returns false when there was no such article.
 */
export function removeArticle(graph: Graph, slug: string): Promise<boolean> {
  return graph.writeTransaction(async (tx) => {
    const step = stepper(tx, slug, {});
    const old = await releaseOldVersion(tx, step, slug);
    if (!old) return false;
    await step('delete-article', DELETE_ARTICLE);
    await sweep(step, old, []);
    return true;
  });
}
