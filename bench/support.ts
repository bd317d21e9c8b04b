import { readFileSync } from 'node:fs';
import type { createApp } from '../src/app.js';
import { Graph, type Params } from '../src/db/graph.js';
import { migrate } from '../src/db/migrations.js';
import { ingestDocument } from '../src/ingest/ingest.js';
import { loadSeed } from '../src/ingest/seed.js';
import { freePort, type LocalNeo4j, startLocalNeo4j } from '../src/local-neo4j/server.js';
import { generateCorpus } from '../tools/corpus/generate.js';

/** A bundled Neo4j for a benchmark, in its own data folder, with the project's memory settings. */
export async function benchDatabase(dataDir: string): Promise<{ graph: Graph; local: LocalNeo4j }> {
  const local = await startLocalNeo4j({ dataDir, boltPort: await freePort(), heap: '1g', pageCacheMb: 512 });
  const graph = Graph.connect(local.uri, 'neo4j', 'neo4j', { timeoutMs: 120_000 });
  await migrate(graph);
  return { graph, local };
}

/** The seed article and `articles` generated ones (corpus seed 1), ingested one by one. */
export async function ingestGeneratedGraph(graph: Graph, articles: number): Promise<void> {
  await loadSeed(graph);
  for (const doc of generateCorpus({ articles, seed: 1 }).documents) await ingestDocument(graph, doc);
}

/** Peak resident memory of a process so far, in MiB (Linux VmHWM). */
export function peakRssMib(pid: number | 'self'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** The Cypher statements (with their parameters) the API sends for one GraphQL query; throws on GraphQL errors. */
export async function recordCypher(
  app: ReturnType<typeof createApp>,
  graph: Graph,
  query: string,
): Promise<Array<{ cypher: string; params: Params }>> {
  const recorded: Array<{ cypher: string; params: Params }> = [];
  graph.onQuery = (cypher, params) => recorded.push({ cypher, params });
  try {
    const response = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  } finally {
    graph.onQuery = null;
  }
  return recorded;
}

interface PlanNode {
  operatorType: string;
  dbHits?: number;
  children: unknown[];
}

/** A query plan's operators (in plan order) and, for a PROFILE, its database hits summed. */
export function planSummary(plan: unknown): { operators: string[]; dbHits: number } {
  const operators: string[] = [];
  let dbHits = 0;
  const walk = (node: PlanNode) => {
    operators.push(node.operatorType.replace(/@neo4j$/, ''));
    dbHits += Number(node.dbHits ?? 0);
    for (const child of node.children) walk(child as PlanNode);
  };
  if (plan) walk(plan as PlanNode);
  return { operators, dbHits };
}
