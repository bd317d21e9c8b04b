import type { Graph, ReadScope } from '../db/graph.js';
import type { Loaders } from '../db/loaders.js';

/** What every resolver gets: the graph (through the graph layer only), this request's reads and loaders, and access. */
export interface Context {
  /** For writes (each a transaction of its own). */
  graph: Graph;
  /** For reads: in a query, all of them in one read transaction (src/plugins/read-transaction.ts). */
  reads: ReadScope;
  loaders: Loaders;
  /** True when the request carried the write token. */
  canWrite: boolean;
  /** Label of the write token the request carried ("write" for API_TOKEN), recorded with changes; null without one. */
  writer: string | null;
  /** Depth and cost limits for this request's operation. */
  limits: { maxDepth: number; maxCost: number };
}
