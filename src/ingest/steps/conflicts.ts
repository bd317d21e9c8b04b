import { type CuratedFacts, type EntityConflict, SINGLE_FIELDS } from '../../domain/curation.js';
import type { WritePlan } from '../../domain/write-plan.js';

/**
 * Part of step 5 (plan): where the document offers a curated fact that the graph already has with another value.
 * The write keeps the graph's value (it only fills what is missing), so each such offer is reported
 * instead of being lost silently. Entities are taken in document order, as the write takes them: a
 * fact the first of two rows fills counts as existing for the second. A name offered under another
 * slug is not a conflict: it becomes an alias.
 */
export function findConflicts(
  entities: WritePlan['entities'],
  existing: ReadonlyMap<string, CuratedFacts>,
): EntityConflict[] {
  const facts = new Map([...existing].map(([slug, f]) => [slug, { ...f }]));
  const conflicts = new Map<string, EntityConflict>();
  for (const entity of entities) {
    const current = facts.get(entity.slug);
    if (!current) continue;
    for (const field of SINGLE_FIELDS) {
      const offered = entity[field];
      if (offered === null || (field === 'name' && !entity.ownsName)) continue;
      const kept = current[field];
      if (kept === null) current[field] = offered;
      else if (kept !== offered) {
        conflicts.set(`${entity.slug}|${field}|${offered}`, { slug: entity.slug, field, kept, offered });
      }
    }
  }
  return [...conflicts.values()];
}
