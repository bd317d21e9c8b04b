import type { Graph } from '../db/graph.js';
import type { Loaders } from '../db/loaders.js';

/** What every resolver gets: the graph (through the graph layer only), this request's loaders, and access. */
export interface Context {
  graph: Graph;
  loaders: Loaders;
  /** True when the request carried the write token. */
  canWrite: boolean;
  /** Label of the write token the request carried ("write" for API_TOKEN), recorded with changes; null without one. */
  writer: string | null;
  /** Depth and cost limits for this request's operation. */
  limits: { maxDepth: number; maxCost: number };
}
