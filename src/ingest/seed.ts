import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../db/graph.js';
import { type IngestResult, ingestDocument } from './ingest.js';

export const SEED_DIR = join(import.meta.dirname, '..', '..', 'seed');

/** Ingests every document under seed/ on the normal write path. Idempotent. */
export async function loadSeed(graph: Graph, dir: string = SEED_DIR): Promise<IngestResult[]> {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  const results: IngestResult[] = [];
  for (const file of files) {
    results.push(await ingestDocument(graph, JSON.parse(readFileSync(join(dir, file), 'utf8'))));
  }
  return results;
}
