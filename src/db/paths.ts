import { RELATION_TYPE_NAMES } from '../domain/vocabulary.js';
import type { Reader } from './graph.js';
import { type EntityRecord, type StatementRecord, toEntity, toStatement } from './records.js';

/**
 * Shortest paths between two entities over the domain relations, with statements as hops (a
 * speaker SAID a statement that is ABOUT a model). Mentions by articles are not hops: they would
 * connect everything in two steps. The hop bound comes from an allow-list of constants 1..6.
 */
export const MAX_HOPS = 6;
const HOP_TYPES = [...RELATION_TYPE_NAMES, 'SAID', 'ABOUT', 'AT_EVENT', 'SAID_AT'].join('|');

const pathQuery = (hops: number) => `
MATCH (a:Entity {slug: $from}), (b:Entity {slug: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:${HOP_TYPES}*..${hops}]-(b))
WITH p LIMIT $first
RETURN [n IN nodes(p) | {type: CASE WHEN n:Statement THEN 'Statement' ELSE 'Entity' END, props: properties(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), startKey: coalesce(startNode(r).slug, startNode(r).id),
                                 evidence: coalesce(r.evidence, [])}] AS rels`;

/** A SAID hop carries no evidence of its own: its evidence is the articles that report the statement. */
const REPORTERS = `
UNWIND $ids AS id
MATCH (a:Article)-[:REPORTS]->(:Statement {id: id})
RETURN id, collect(a.slug) AS articles`;

const PATHS = Object.fromEntries(
  Array.from({ length: MAX_HOPS }, (_, i) => [i + 1, pathQuery(i + 1)]),
) as Record<number, string>;

export type PathNode = EntityRecord | StatementRecord;

export interface PathStep {
  from: PathNode;
  relation: string;
  /** True when the relationship points from `from` to `to` as stored (Altman SAID the statement). */
  forward: boolean;
  to: PathNode;
  evidence: string[];
}

export interface Path {
  length: number;
  steps: PathStep[];
}

const keyOf = (node: PathNode) => (node.nodeType === 'Statement' ? node.id : node.slug);

export async function shortestPaths(
  graph: Reader,
  from: string,
  to: string,
  maxHops: number,
  first: number,
): Promise<Path[]> {
  const rows = await graph.read(PATHS[maxHops] as string, { from, to, first });
  const statementIds = new Set<string>();
  for (const row of rows) {
    for (const n of row.nodes as Array<{ type: string; props: { id?: string } }>) {
      if (n.type === 'Statement' && n.props.id) statementIds.add(n.props.id);
    }
  }
  const reporters = new Map<string, string[]>();
  if (statementIds.size > 0) {
    for (const row of await graph.read(REPORTERS, { ids: [...statementIds] })) {
      reporters.set(String(row.id), (row.articles as unknown[]).map(String));
    }
  }
  return rows.map((row) => {
    const nodes = (row.nodes as Array<{ type: string; props: unknown }>).map((n) =>
      n.type === 'Statement' ? toStatement(n.props) : toEntity(n.props),
    );
    const rels = row.rels as Array<{ type: string; startKey: string; evidence: string[] }>;
    const steps = rels.map((rel, i) => {
      const a = nodes[i] as PathNode;
      const b = nodes[i + 1] as PathNode;
      return {
        from: a,
        relation: rel.type,
        forward: rel.startKey === keyOf(a),
        to: b,
        evidence: rel.evidence,
      };
    });
    return { length: steps.length, steps };
  });
}
