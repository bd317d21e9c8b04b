import type { PatchValues } from '../../db/curation.js';
import {
  type CurrentEntity,
  changeValue,
  DATE_KINDS,
  type EntityPatch,
  entityPatchSchema,
  type FieldChange,
  SINGLE_FIELDS,
} from '../../domain/curation.js';
import type { Problem } from '../../domain/errors.js';
import { aliasText, nameKey } from '../../domain/normalise.js';
import { zodProblems } from './parse.js';

/** The patch's shape, with problems at `patch.<field>`; null when it has shape problems. */
export function parsePatch(raw: unknown, problems: Problem[]): EntityPatch | null {
  const parsed = entityPatchSchema.safeParse(raw);
  if (!parsed.success) {
    for (const p of zodProblems(parsed.error)) {
      problems.push({ path: p.path ? `patch.${p.path}` : 'patch', message: p.message });
    }
    return null;
  }
  if (parsed.data.name === null) {
    problems.push({ path: 'patch.name', message: 'every entity has a name: it cannot be cleared' });
    return null;
  }
  return parsed.data;
}

/** What the patch may not do to this entity: dates of another kind, endsOn before startsOn, a taken Wikidata id. */
export function checkPatch(
  patch: EntityPatch,
  entity: CurrentEntity,
  wikidataOwner: string | null,
  problems: Problem[],
): void {
  for (const [field, kind] of Object.entries(DATE_KINDS) as Array<[keyof typeof DATE_KINDS, string]>) {
    if (patch[field] && entity.kind !== kind) {
      problems.push({
        path: `patch.${field}`,
        message: `only an ${kind} has ${field}; "${entity.slug}" is a ${entity.kind}`,
      });
    }
  }
  const startsOn = patch.startsOn === undefined ? entity.startsOn : patch.startsOn;
  const endsOn = patch.endsOn === undefined ? entity.endsOn : patch.endsOn;
  if (startsOn && endsOn && endsOn < startsOn) {
    problems.push({
      path: patch.endsOn === undefined ? 'patch.startsOn' : 'patch.endsOn',
      message: `the event would end (${endsOn}) before it starts (${startsOn})`,
    });
  }
  if (patch.wikidataId && wikidataOwner) {
    problems.push({
      path: 'patch.wikidataId',
      message: `${patch.wikidataId} already belongs to "${wikidataOwner}"; two entities never share a Wikidata id`,
    });
  }
}

/**
 * The fields that really change, with their records. Aliases compare as sets, without duplicates and
 * without the name itself; a patch that changes nothing gives no change at all.
 */
export function planPatch(
  patch: EntityPatch,
  entity: CurrentEntity,
): { values: PatchValues; changes: FieldChange[] } {
  const values: PatchValues = {};
  const changes: FieldChange[] = [];
  for (const field of SINGLE_FIELDS) {
    const next = patch[field];
    if (next === undefined || next === entity[field] || (field === 'name' && next === null)) continue;
    values[field] = next;
    changes.push({ field, old: entity[field], new: next });
  }
  if (values.name) values.nameKey = nameKey(values.name);
  if (patch.aliases !== undefined) {
    const name = values.name ?? entity.name;
    const aliases = [...new Set(patch.aliases ?? [])].filter((alias) => alias !== name);
    if (!sameSet(aliases, entity.aliases)) {
      changes.push({ field: 'aliases', old: changeValue(entity.aliases), new: changeValue(aliases) });
      Object.assign(values, {
        aliases,
        aliasKeys: [...new Set(aliases.map(nameKey))],
        aliasText: aliasText(aliases),
      });
    }
  }
  return { values, changes };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(b);
  return new Set(a).size === set.size && a.every((x) => set.has(x));
}
