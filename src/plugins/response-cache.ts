import { getOperationAST, print } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Graph } from '../db/graph.js';
import { BoundedMap } from './bounded-map.js';

/**
 * A cache of query answers, keyed by the operation's text, its name, its variables and the caller's
 * credentials. Every answer is stamped with the graph revision this process knew was current when
 * execution began; every write transaction, in any process, counts that revision up in Neo4j (see
 * `Graph.writeTransaction`). An answer is served only while its stamp is still the current revision
 * and that revision was confirmed by reading Neo4j at most `staleMs` ago: a write in this process
 * invalidates at once, a write in another process within `staleMs`. While Neo4j cannot be read,
 * nothing is served from the cache. Invalidation is by revision, so every write drops every answer;
 * answers with errors are never kept. Cost budgets are still charged on a hit (the plugin runs last).
 */
export function responseCache({
  graph,
  entries,
  staleMs,
}: {
  graph: Graph;
  entries: number;
  staleMs: number;
}): Plugin<{ writer?: string | null; canWrite?: boolean; params?: { query?: string } }> {
  const cache = new BoundedMap<string, { revision: number; data: Record<string, unknown> }>(entries);
  /** When the revision was last read from Neo4j (the start of that read), and the poll in progress. */
  let confirmedAt = Number.NEGATIVE_INFINITY;
  let polling: Promise<void> | null = null;
  const poll = () => {
    polling ??= (async () => {
      const started = performance.now();
      try {
        await graph.storedRevision();
        confirmedAt = started;
      } catch {
        // Neo4j did not answer: confirmedAt stays old, so nothing is served from the cache.
      } finally {
        polling = null;
      }
    })();
    return polling;
  };
  /** The revision to trust now, or null when it cannot be confirmed recently enough. */
  const current = async (): Promise<number | null> => {
    const age = performance.now() - confirmedAt;
    // Half the bound left: refresh in the background; past the bound: wait for a fresh read.
    if (age > staleMs / 2) {
      const refresh = poll();
      if (age > staleMs) await refresh;
    }
    return performance.now() - confirmedAt <= staleMs ? graph.revision : null;
  };

  return {
    async onExecute({ args, setResultAndStopExecution }) {
      if (entries === 0) return;
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (operation?.operation !== 'query') return;
      const ctx = args.contextValue;
      const text = ctx.params?.query ?? print(args.document);
      const who = ctx.writer ?? (ctx.canWrite ? 'writer' : 'reader');
      const key = JSON.stringify([who, args.operationName ?? null, text, args.variableValues ?? {}]);
      const revision = await current();
      if (revision === null) return;
      const hit = cache.get(key);
      if (hit && hit.revision === revision) {
        setResultAndStopExecution({ data: hit.data, extensions: { responseCache: { hit: true } } });
        return;
      }
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result || result.errors?.length || !result.data) return;
          // A write noticed while this ran may or may not be in the answer: do not keep it.
          if (graph.revision === revision)
            cache.set(key, { revision, data: result.data as Record<string, unknown> });
        },
      };
    },
  };
}
