import type { Graph } from '../../db/graph.js';
import { type Candidate, findCandidates } from '../../db/resolution.js';
import type { CuratedFacts } from '../../domain/curation.js';
import type { EntityInput, IngestDocument } from '../../domain/document.js';
import type { Problem } from '../../domain/errors.js';
import { nameKey } from '../../domain/normalise.js';
import type { WritePlan } from '../../domain/write-plan.js';

export type Resolution = WritePlan['resolved'][number];

export interface Resolved {
  resolved: Resolution[];
  /** Curated facts of the existing entities the document's resolved to, by graph slug. */
  existing: Map<string, CuratedFacts>;
}

/** Step 3: each defined entity matched to an existing one (by slug, Wikidata id, name or alias), or new. */
export async function resolveEntities(
  graph: Graph,
  doc: IngestDocument,
  problems: Problem[],
): Promise<Resolved> {
  const candidates = await findCandidates(
    graph,
    doc.entities.map((e) => ({
      slug: e.slug,
      kind: e.kind,
      wikidataId: e.wikidataId ?? null,
      keys: [...new Set([e.name, ...e.aliases].map(nameKey))],
    })),
  );
  const resolved: Resolution[] = [];
  const existing = new Map<string, CuratedFacts>();
  candidates.forEach((candidate, i) => {
    const entity = doc.entities[i];
    if (!entity) return;
    const problem = kindProblem(entity, candidate);
    if (problem) problems.push({ path: `entities.${i}.${problem.field}`, message: problem.message });
    else {
      const match = matchOf(entity, candidate);
      if (match) resolved.push(match);
      if (match && candidate.existing?.slug === match.to) existing.set(match.to, candidate.existing);
    }
  });
  return { resolved, existing };
}

function kindProblem(entity: EntityInput, c: Candidate): { field: string; message: string } | null {
  if (c.slugKind && c.slugKind !== entity.kind)
    return { field: 'kind', message: `"${entity.slug}" already exists as ${c.slugKind}, not ${entity.kind}` };
  if (c.wikidataSlug && c.wikidataKind !== entity.kind)
    return {
      field: 'wikidataId',
      message: `${entity.wikidataId} belongs to "${c.wikidataSlug}", a ${c.wikidataKind}`,
    };
  if (c.slugKind && c.wikidataSlug && c.wikidataSlug !== entity.slug)
    return { field: 'wikidataId', message: `${entity.wikidataId} already belongs to "${c.wikidataSlug}"` };
  return null;
}

function matchOf(entity: EntityInput, c: Candidate): Resolution | null {
  if (c.slugKind) return { slug: entity.slug, to: entity.slug, by: 'slug' };
  if (c.wikidataSlug) return { slug: entity.slug, to: c.wikidataSlug, by: 'wikidataId' };
  if (c.byName) return { slug: entity.slug, to: c.byName, by: 'name' };
  return null;
}
