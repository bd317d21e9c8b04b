import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ReadScope } from '../db/graph.js';

/**
 * A query's reads share one read transaction: one BEGIN and one COMMIT per request instead of one
 * of each per Cypher statement. The scope opens it at the first read and this plugin ends it when
 * execution is done (without holding the response for the COMMIT). Mutations keep a transaction
 * per read, so that their reads follow their writes.
 */
export function readTransaction(): Plugin<{ reads?: ReadScope }> {
  return {
    onExecute({ args }) {
      const reads = args.contextValue.reads;
      if (!reads) return;
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (operation?.operation !== 'query') return;
      reads.begin();
      return {
        onExecuteDone: () => {
          // The answer is complete, so the response does not wait for the COMMIT round trip: a
          // read-only transaction's commit changes nothing it read (Graph.idle() waits for it).
          void reads.close();
        },
      };
    },
  };
}
