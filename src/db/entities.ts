import type { Reader } from './graph.js';

const KNOWN = `
MATCH (e:Entity)
RETURN e.slug AS slug, e.kind AS kind, e.name AS name, coalesce(e.aliases, []) AS aliases
LIMIT $limit`;

/** Names and aliases of the entities in the graph, for drafting documents from raw text. */
export async function knownEntities(graph: Reader, limit = 50_000) {
  const rows = await graph.read(KNOWN, { limit });
  return rows.map((row) => ({
    slug: String(row.slug),
    kind: String(row.kind),
    name: String(row.name),
    aliases: (row.aliases as unknown[]).map(String),
  }));
}
