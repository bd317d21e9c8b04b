import type { CuratedFacts } from '../domain/curation.js';
import { lucenePhrases } from './fulltext.js';
import type { Graph } from './graph.js';

const FIND_CANDIDATES = `
UNWIND $entities AS input
OPTIONAL MATCH (bySlug:Entity {slug: input.slug})
OPTIONAL MATCH (byWikidata:Entity {wikidataId: input.wikidataId})
CALL (input) {
  OPTIONAL MATCH (n:Entity)
  WHERE n.nameKey IN input.keys AND n.kind = input.kind
  RETURN n AS byName ORDER BY n.slug LIMIT 1
}
// Only when nothing else matched: an existing entity's aliases, found by the full-text index, decided by exact keys.
OPTIONAL CALL (input, bySlug, byWikidata, byName) {
  WITH input WHERE input.phrases IS NOT NULL AND bySlug IS NULL AND byWikidata IS NULL AND byName IS NULL
  CALL db.index.fulltext.queryNodes('entity_text', input.phrases, {limit: 25}) YIELD node
  WITH node WHERE node.kind = input.kind AND any(key IN coalesce(node.aliasKeys, []) WHERE key IN input.keys)
  RETURN node AS byAlias ORDER BY node.slug LIMIT 1
}
WITH input, bySlug, byWikidata, coalesce(byName, byAlias) AS byName
// The entity it resolves to, in the order resolve.ts decides (slug, Wikidata id, name or alias), with
// its curated facts: conflicts with the document are found without a second query.
WITH input, bySlug, byWikidata, byName, coalesce(bySlug, byWikidata, byName) AS target
RETURN input.slug AS slug,
       bySlug.kind AS slugKind,
       byWikidata.slug AS wikidataSlug, byWikidata.kind AS wikidataKind,
       byName.slug AS byName,
       target {.slug, .name, .description, .wikidataId, .startsOn, .endsOn, .releasedOn} AS existing`;

const KINDS_OF = `
UNWIND $slugs AS slug
MATCH (e:Entity {slug: slug})
RETURN e.slug AS slug, e.kind AS kind`;

export interface Candidate {
  slug: string;
  slugKind: string | null;
  wikidataSlug: string | null;
  wikidataKind: string | null;
  byName: string | null;
  /** The curated facts of the entity it resolves to (dates as YYYY-MM-DD); null when it is new. */
  existing: (CuratedFacts & { slug: string }) | null;
}

/**
 * For each entity of a document: what already exists with its slug, its Wikidata id, or its name or
 * an alias as a name or alias, and the curated facts of the one it resolves to.
 */
export async function findCandidates(
  graph: Graph,
  entities: Array<{ slug: string; kind: string; wikidataId: string | null; keys: string[] }>,
): Promise<Candidate[]> {
  if (entities.length === 0) return [];
  const rows = await graph.read(FIND_CANDIDATES, {
    entities: entities.map((e) => ({ ...e, phrases: lucenePhrases(e.keys) })),
  });
  return rows as unknown as Candidate[];
}

/** The kinds of the given slugs that exist in the graph. */
export async function kindsOf(graph: Graph, slugs: string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await graph.read(KINDS_OF, { slugs });
  return new Map(rows.map((row) => [String(row.slug), String(row.kind)]));
}
