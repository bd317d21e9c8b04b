import { hasArticles } from './db/articles.js';
import { GraphUnavailableError } from './db/errors.js';
import type { Graph } from './db/graph.js';
import { migrate } from './db/migrations.js';
import { loadSeed } from './ingest/seed.js';

/**
 * Migrations, then the seed when the graph has no article. While Neo4j is unreachable, retries with
 * exponential backoff (0.5 s doubling to 30 s) until it answers or `signal` aborts.
 */
export async function prepareGraph(
  graph: Graph,
  log: (message: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  let delay = 500;
  for (;;) {
    try {
      const applied = await migrate(graph);
      if (applied.length > 0) log(`Applied ${applied.length} migrations.`);
      if (!(await hasArticles(graph))) {
        const seeded = await loadSeed(graph);
        log(`Seeded an empty graph with ${seeded.length} article(s).`);
      }
      return;
    } catch (error) {
      if (!(error instanceof GraphUnavailableError) || signal?.aborted) throw error;
      log(`Neo4j is not reachable; retrying in ${(delay / 1000).toFixed(1)} s.`);
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (signal?.aborted) throw error;
      delay = Math.min(delay * 2, 30_000);
    }
  }
}
