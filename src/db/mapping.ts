import neo4j from 'neo4j-driver';

/**
 * Converts driver values into plain JavaScript: integers to numbers, dates to "YYYY-MM-DD",
 * other temporals to ISO strings, nodes and relationships to their properties. Nothing of the
 * driver's own types leaves src/db/.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers (the driver gives plain numbers) and lists or maps of them.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key in value) out[key] = toPlain((value as Record<string, unknown>)[key]);
    return out;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  return value;
}

/** Parameters for the driver: whole numbers become Cypher integers (LIMIT and SKIP refuse floats). */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toParams(inner);
    return out;
  }
  return value;
}
