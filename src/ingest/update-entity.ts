import { applyPatch, lockForPatch } from '../db/curation.js';
import type { Graph } from '../db/graph.js';
import type { EntityRecord } from '../db/records.js';
import { InputError, type Problem } from '../domain/errors.js';
import { checkPatch, parsePatch, planPatch } from './steps/patch.js';

/**
 * The only way to change an existing entity's curated facts: parse the patch, lock and read the
 * entity, check, plan the changes, write them with one record each. One transaction, so the records
 * are exactly the changes made. Throws InputError listing every problem at once (nothing written).
 * `by` is the label of the token that asked.
 */
export async function updateEntity(
  graph: Graph,
  slug: string,
  raw: unknown,
  by: string,
): Promise<EntityRecord> {
  const shapeProblems: Problem[] = [];
  const patch = parsePatch(raw, shapeProblems);
  return graph.writeTransaction(async (tx) => {
    // A fresh list per attempt: the driver may run this function again after a transient error.
    const problems = [...shapeProblems];
    const { entity, wikidataOwner } = await lockForPatch(tx, slug, patch?.wikidataId ?? null);
    if (!entity) problems.push({ path: 'slug', message: `unknown slug "${slug}": no entity has it` });
    if (entity && patch) checkPatch(patch, entity, wikidataOwner, problems);
    if (problems.length > 0 || !entity || !patch) throw new InputError(problems);
    const { values, changes } = planPatch(patch, entity);
    return applyPatch(tx, slug, values, changes, by);
  });
}
