import type { CurrentEntity, FieldChange, SingleField } from '../domain/curation.js';
import { CHANGE_REL, LABEL } from '../domain/vocabulary.js';
import type { Reader, Tx } from './graph.js';
import { type EntityRecord, toEntity } from './records.js';

/**
 * Changing an entity's curated facts, and their history. Every change is an
 * (:EntityChange {at, by, field, old, new, seq})-[:CHANGES]->(:Entity) node written in the same
 * transaction as the change itself.
 */

// The write lock taken here (a throwaway property, removed again by APPLY_PATCH) keeps a concurrent
// patch of the same entity waiting, so the old values recorded are the ones really replaced.
const LOCK_FOR_PATCH = `
OPTIONAL MATCH (n:Entity {slug: $slug})
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | SET n._patchLock = true)
WITH n
OPTIONAL MATCH (owner:Entity {wikidataId: $wikidataId}) WHERE owner.slug <> $slug
RETURN n {.slug, .kind, .name, .description, .wikidataId, .startsOn, .endsOn, .releasedOn,
          aliases: coalesce(n.aliases, [])} AS entity,
       owner.slug AS wikidataOwner`;

// Fields not in $fields keep their value. nameKey, aliasKeys and aliasText follow name and aliases,
// as the ingest write keeps them, for resolution and full-text search.
const APPLY_PATCH = `
MATCH (n:Entity {slug: $slug})
REMOVE n._patchLock
WITH n, $values AS v, $fields AS f
SET n.name = CASE WHEN 'name' IN f THEN v.name ELSE n.name END,
    n.nameKey = CASE WHEN 'name' IN f THEN v.nameKey ELSE n.nameKey END,
    n.description = CASE WHEN 'description' IN f THEN v.description ELSE n.description END,
    n.wikidataId = CASE WHEN 'wikidataId' IN f THEN v.wikidataId ELSE n.wikidataId END,
    n.aliases = CASE WHEN 'aliases' IN f THEN v.aliases ELSE n.aliases END,
    n.aliasKeys = CASE WHEN 'aliases' IN f THEN v.aliasKeys ELSE n.aliasKeys END,
    n.aliasText = CASE WHEN 'aliases' IN f THEN v.aliasText ELSE n.aliasText END,
    n.startsOn = CASE WHEN 'startsOn' IN f THEN date(v.startsOn) ELSE n.startsOn END,
    n.endsOn = CASE WHEN 'endsOn' IN f THEN date(v.endsOn) ELSE n.endsOn END,
    n.releasedOn = CASE WHEN 'releasedOn' IN f THEN date(v.releasedOn) ELSE n.releasedOn END
RETURN properties(n) AS entity`;

// One instant for the whole patch (the transaction's), and seq keeps its changes in field order.
const RECORD_CHANGES = `
MATCH (n:Entity {slug: $slug})
UNWIND range(0, size($changes) - 1) AS seq
WITH n, seq, $changes[seq] AS change
CREATE (:${LABEL.ENTITY_CHANGE} {at: datetime.transaction(), by: $by, field: change.field,
        old: change.old, new: change.new, seq: seq})-[:${CHANGE_REL.CHANGES}]->(n)`;

const HISTORY = `
UNWIND $keys AS key
CALL (key) {
  MATCH (:Entity {slug: key})<-[:${CHANGE_REL.CHANGES}]-(c:${LABEL.ENTITY_CHANGE})
  WITH c ORDER BY c.at DESC, c.seq
  LIMIT $limit
  RETURN collect({at: c.at.epochMillis, by: c.by, field: c.field, old: c.old, new: c.new}) AS changes
}
RETURN key, changes`;

/**
 * The values of the changed fields as stored (dates as YYYY-MM-DD, converted in Cypher), with the
 * keys that follow the name and the aliases.
 */
export type PatchValues = Partial<Record<SingleField, string | null>> & {
  nameKey?: string;
  aliases?: string[];
  aliasKeys?: string[];
  aliasText?: string;
};

export interface ChangeRecord extends FieldChange {
  /** ISO 8601 instant, UTC. */
  at: string;
  /** Label of the token that made the change. */
  by: string;
}

/** Locks the entity for this transaction and reads its curated facts, and who else holds `wikidataId`. */
export async function lockForPatch(
  tx: Tx,
  slug: string,
  wikidataId: string | null,
): Promise<{ entity: CurrentEntity | null; wikidataOwner: string | null }> {
  const [row] = await tx.run(LOCK_FOR_PATCH, { slug, wikidataId });
  return {
    entity: (row?.entity as CurrentEntity | null | undefined) ?? null,
    wikidataOwner: row?.wikidataOwner == null ? null : String(row.wikidataOwner),
  };
}

/** Writes the changed fields and one record per change, in the caller's transaction. */
export async function applyPatch(
  tx: Tx,
  slug: string,
  values: PatchValues,
  changes: FieldChange[],
  by: string,
): Promise<EntityRecord> {
  const fields = changes.map((c) => c.field);
  const [row] = await tx.run(APPLY_PATCH, { slug, values, fields });
  if (changes.length > 0) await tx.run(RECORD_CHANGES, { slug, changes, by });
  return toEntity(row?.entity);
}

/** The newest `first` changes of each entity, newest first; results align with `slugs`. */
export async function entityHistories(
  graph: Reader,
  slugs: readonly string[],
  first: number,
): Promise<ChangeRecord[][]> {
  const rows = await graph.read(HISTORY, { keys: slugs, limit: first });
  const found = new Map(rows.map((row) => [String(row.key), row.changes as Array<Record<string, unknown>>]));
  return slugs.map((slug) =>
    (found.get(slug) ?? []).map((c) => ({
      at: new Date(Number(c.at)).toISOString(),
      by: String(c.by),
      field: String(c.field) as ChangeRecord['field'],
      old: c.old == null ? null : String(c.old),
      new: c.new == null ? null : String(c.new),
    })),
  );
}
