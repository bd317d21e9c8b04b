import { z } from 'zod';
import { dateSchema, textSchema, wikidataIdSchema } from './document.js';
import type { EntityKind } from './vocabulary.js';

/**
 * Curated facts: what a person vouches for about an entity. An ingest document only fills them where
 * the graph has nothing (a differing offer is reported as a conflict and not written); `updateEntity`
 * is the only way to change them, and it records every change.
 */

/** The single-valued curated facts; aliases are curated too, but ingest only ever adds to them. */
export const SINGLE_FIELDS = [
  'name',
  'description',
  'wikidataId',
  'startsOn',
  'endsOn',
  'releasedOn',
] as const;
export type SingleField = (typeof SINGLE_FIELDS)[number];
export type CuratedField = SingleField | 'aliases';

/** The single-valued facts as stored; dates as YYYY-MM-DD. */
export type CuratedFacts = Record<SingleField, string | null>;

/** An entity's curated state, as `updateEntity` reads it before changing it. */
export interface CurrentEntity extends CuratedFacts {
  slug: string;
  kind: EntityKind;
  aliases: string[];
}

/** A document offered another value for a fact the graph already has; the graph's value was kept. */
export interface EntityConflict {
  /** The slug of the entity in the graph (the document's entity may have resolved to it under another slug). */
  slug: string;
  field: SingleField;
  kept: string;
  offered: string;
}

/**
 * One change of one fact, as recorded. Values are strings: dates as YYYY-MM-DD, the alias list as a
 * JSON array (unambiguous even when an alias contains a comma); null where there was or is no value.
 */
export interface FieldChange {
  field: CuratedField;
  old: string | null;
  new: string | null;
}

/** Kinds that may carry each date. */
export const DATE_KINDS: Record<'startsOn' | 'endsOn' | 'releasedOn', EntityKind> = {
  startsOn: 'EVENT',
  endsOn: 'EVENT',
  releasedOn: 'AI_MODEL',
};

/**
 * A patch of curated facts. A field left out stays as it is; null clears it (except the name, which
 * every entity has); `aliases` is the full new list ([] or null: none).
 */
export const entityPatchSchema = z
  .object({
    name: textSchema(300).nullable().optional(),
    description: textSchema(2000).nullable().optional(),
    wikidataId: wikidataIdSchema.nullable().optional(),
    aliases: z.array(textSchema(300)).max(50).nullable().optional(),
    startsOn: dateSchema.nullable().optional(),
    endsOn: dateSchema.nullable().optional(),
    releasedOn: dateSchema.nullable().optional(),
  })
  .strict();

export type EntityPatch = z.infer<typeof entityPatchSchema>;

/** How a value is written into a change record. */
export function changeValue(value: string | readonly string[] | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
