import { Neo4jError } from 'neo4j-driver';

/** Neo4j cannot be reached: maps to SERVICE_UNAVAILABLE. */
export class GraphUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The graph database is not reachable right now; try again shortly.', { cause });
    this.name = 'GraphUnavailableError';
  }
}

/** A query ran past its transaction timeout: maps to QUERY_TOO_COMPLEX. */
export class GraphTimeoutError extends Error {
  constructor(cause: unknown) {
    super('The query took too long in the graph database; ask for less (smaller first, fewer hops).', {
      cause,
    });
    this.name = 'GraphTimeoutError';
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** The one place where driver errors become ours. Anything not recognised stays as it is (and is masked). */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code)) return new GraphUnavailableError(error);
    if (error.code.includes('TransactionTimedOut') || error.code.includes('Transaction.Terminated')) {
      return new GraphTimeoutError(error);
    }
  }
  if (error instanceof Error && /connect|ECONNREFUSED|ECONNRESET|socket/i.test(error.message)) {
    if (error instanceof Neo4jError || error.name === 'Neo4jError') return new GraphUnavailableError(error);
  }
  return error;
}
