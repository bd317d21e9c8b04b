import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Graph } from '../db/graph.js';
import type { EntityConflict } from '../domain/curation.js';
import type { Problem } from '../domain/errors.js';
import { InputError } from '../domain/errors.js';
import { type IngestResult, ingestDocument } from './ingest.js';

export interface BulkFailure {
  file: string;
  problems: Problem[];
}

/** A document that went in, but offered other values for curated facts than the graph's (which were kept). */
export interface BulkConflicts {
  file: string;
  conflicts: EntityConflict[];
}

export interface BulkSummary {
  documents: number;
  ingested: number;
  failed: BulkFailure[];
  /** Only the ingested documents that had conflicts. */
  conflicts: BulkConflicts[];
  statements: number;
  seconds: number;
}

/** The .json files of a path: the file itself, or a directory's files in name order. */
export function documentFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(path, name));
}

/**
 * Ingests many documents, each in its own transaction: a bad document is reported with its file
 * name and problems, and the others still go in. `concurrency` documents are written at once.
 */
export async function ingestFiles(
  graph: Graph,
  files: string[],
  options: {
    concurrency?: number;
    onDocument?: (done: number, total: number, file: string, ok: boolean) => void;
  } = {},
): Promise<BulkSummary> {
  const started = performance.now();
  const failed: BulkFailure[] = [];
  const conflicts: BulkConflicts[] = [];
  let statements = 0;
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      let ok = true;
      try {
        const result: IngestResult = await ingestDocument(graph, JSON.parse(readFileSync(file, 'utf8')));
        statements += result.statementsCreated + result.statementsReused;
        if (result.conflicts.length > 0)
          conflicts.push({ file: basename(file), conflicts: result.conflicts });
      } catch (error) {
        ok = false;
        failed.push({
          file: basename(file),
          problems:
            error instanceof InputError
              ? error.problems
              : [{ path: '', message: error instanceof Error ? error.message : String(error) }],
        });
      }
      done += 1;
      options.onDocument?.(done, files.length, file, ok);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
  return {
    documents: files.length,
    ingested: files.length - failed.length,
    failed,
    conflicts,
    statements,
    seconds: (performance.now() - started) / 1000,
  };
}
