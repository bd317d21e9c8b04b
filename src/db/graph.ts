import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import neo4j, { type Driver, type ManagedTransaction, type Session, type Transaction } from 'neo4j-driver';
import { GraphUnavailableError, mapDriverError } from './errors.js';
import { toParams, toPlain } from './mapping.js';
import { enableTcpNoDelay } from './tcp-nodelay.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** What a read needs: the graph itself, or one request's read transaction (see `Graph.readScope`). */
export interface Reader {
  read(cypher: string, params?: Params): Promise<Row[]>;
}

/**
 * One request's reads in one read transaction. Until `begin()` it passes reads to the graph, each in
 * a transaction of its own (as mutations need: their reads must follow their writes); after it, the
 * first read opens a transaction and the others run in it, pipelined by the driver; `close()` waits
 * for the reads in flight and commits; reads after it are refused (nobody is left to read them). A failed
 * statement ends the transaction; it and the statements beside it run again alone.
 */
export interface ReadScope extends Reader {
  begin(): void;
  /**
   * Ends the scope and commits its transaction once the reads in flight have their rows. Callers that
   * already have their answer need not wait for the COMMIT round trip; `Graph.idle()` does.
   */
  close(): Promise<void>;
}

/** A transaction handle for multi-statement units of work; rows come back as plain objects. */
export interface Tx {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

export interface GraphOptions {
  database?: string | undefined;
  timeoutMs: number;
}

/**
 * The one place that runs Cypher. Every call is a transaction function with a timeout on its own
 * session, closed in `finally`; rows are converted with `toPlain`. `queryCount` counts round trips
 * so that tests can catch N+1 patterns.
 */
const BUMP_REVISION = `MERGE (r:GraphRevision {key: 'graph'})
SET r.revision = coalesce(r.revision, 0) + 1
RETURN r.revision AS revision`;
const READ_REVISION =
  "OPTIONAL MATCH (r:GraphRevision {key: 'graph'}) RETURN coalesce(r.revision, 0) AS revision";

/** While Neo4j is down, at most one unit of work per interval tries it; the others fail at once. */
const PROBE_INTERVAL_MS = 1000;

export type TransactionOutcome = 'ok' | 'error' | 'unavailable';
export type TransactionObserver = (
  mode: 'READ' | 'WRITE',
  outcome: TransactionOutcome,
  seconds: number,
) => void;

export class Graph {
  queryCount = 0;
  /** Told about every finished transaction (for metrics): mode, outcome and duration. */
  readonly transactionObservers = new Set<TransactionObserver>();
  /** Sees every statement run, with its parameters: for query-plan checks in bench/, never for logging. */
  onQuery: ((cypher: string, params: Params) => void) | null = null;
  /** Told when this process learns of a newer graph revision (a write here, or one read from the graph). */
  readonly revisionListeners = new Set<(revision: number) => void>();
  private knownRevision = 0;
  /** Read transactions being committed after their request was answered. */
  private readonly ending = new Set<Promise<void>>();
  /** When Neo4j was first found unreachable; null while it answers. */
  private downSince: number | null = null;
  private lastAttempt = 0;

  /**
   * Read-your-writes on a cluster: every session of this process shares one bookmark manager, so a
   * read after a write (an ingest, then a query) waits until the member it runs on has that write.
   * On a single server it costs nothing.
   */
  private readonly bookmarks = neo4j.bookmarkManager();

  constructor(
    readonly driver: Driver,
    private readonly options: GraphOptions,
  ) {}

  static connect(uri: string, username: string, password: string, options: GraphOptions): Graph {
    enableTcpNoDelay();
    const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), {
      // Fail fast when Neo4j is away: a client should hear SERVICE_UNAVAILABLE in seconds, not minutes.
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 2_000,
      maxTransactionRetryTime: 2_000,
      // Whole numbers as JS numbers: counts and positions stay far below 2^53.
      disableLosslessIntegers: true,
    });
    return new Graph(driver, options);
  }

  read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.unitOfWork('READ', (tx) => tx.run(cypher, params));
  }

  /** A scope for one request's reads: one read transaction for all of them once `begin()` is called. */
  readScope(): ReadScope {
    type Open = { session: Session; tx: Transaction; started: number };
    let state: 'direct' | 'scoped' | 'closed' = 'direct';
    let current: Open | null = null;
    const inflight = new Set<Promise<Row[]>>();
    const end = async (open: Open, outcome: TransactionOutcome) => {
      let result = outcome;
      try {
        if (outcome === 'ok') await withoutStackCapture(() => open.tx.commit());
        else await withoutStackCapture(() => open.tx.close());
      } catch {
        result = 'error';
      } finally {
        await open.session.close().catch(() => undefined);
        this.observe('READ', result, open.started);
      }
    };
    const open = (): Open => {
      this.refuseWhileDown();
      const session = this.session('READ');
      // Not awaited: BEGIN goes out with the first statement.
      const tx = withoutStackCapture(() => session.beginTransaction({ timeout: this.options.timeoutMs }));
      return { session, tx, started: performance.now() };
    };
    const run = async (cypher: string, params: Params): Promise<Row[]> => {
      if (current && !current.tx.isOpen()) {
        void end(current, 'error');
        current = null;
      }
      current ??= open();
      const scope = current;
      try {
        const rows = await traced('READ', cypher, () => this.statement(scope.tx, cypher, params));
        this.downSince = null;
        return rows;
      } catch {
        // A failed statement fails every statement beside it in the transaction, and a dead pooled
        // connection (a restarted server) fails the first: end the transaction and run this statement
        // alone, with the driver's retries and a timeout of its own. A statement that is itself wrong
        // fails there again and reports its own error.
        if (current === scope) {
          current = null;
          void end(scope, 'error');
        }
        return this.unitOfWork('READ', (t) => t.run(cypher, params), { probe: false });
      }
    };
    return {
      begin: () => {
        if (state === 'direct') state = 'scoped';
      },
      read: (cypher, params = {}) => {
        // Before begin() (mutations), each read is a transaction of its own.
        if (state === 'direct') return this.read(cypher, params);
        // After close(), only a resolver still running when execution ended reads (a sibling's error
        // settled the result early): nobody will see its answer, so it does not reach Neo4j.
        if (state === 'closed') return Promise.reject(new Error('read after the request ended'));
        const pending = run(cypher, params);
        inflight.add(pending);
        pending.then(
          () => inflight.delete(pending),
          () => inflight.delete(pending),
        );
        return pending;
      },
      close: async () => {
        state = 'closed';
        // Commit only after the statements in flight have their rows: commit cancels what is pending.
        await Promise.allSettled([...inflight]);
        const last = current;
        current = null;
        if (!last) return;
        const ending = end(last, 'ok');
        this.ending.add(ending);
        await ending;
        this.ending.delete(ending);
      },
    };
  }

  /** A simple circuit breaker: while Neo4j is down, answer at once instead of queueing behind timeouts. */
  private refuseWhileDown(): void {
    const now = Date.now();
    if (this.downSince !== null && now - this.lastAttempt < PROBE_INTERVAL_MS) {
      throw new GraphUnavailableError(
        new Error(`Neo4j unreachable since ${new Date(this.downSince).toISOString()}`),
      );
    }
    this.lastAttempt = now;
  }

  write(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.unitOfWork('WRITE', (tx) => tx.run(cypher, params));
  }

  /**
   * Runs `work` in one write transaction: all of it commits, or none of it does. The transaction also
   * counts the graph's revision up (one node), so that every process sharing this Neo4j can tell
   * that its cached answers are out of date (see src/plugins/response-cache.ts).
   */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    let revision = 0;
    const result = await this.unitOfWork('WRITE', async (tx) => {
      const out = await work(tx);
      const [row] = await tx.run(BUMP_REVISION);
      revision = Number(row?.revision ?? 0);
      return out;
    });
    this.noteRevision(revision);
    return result;
  }

  /** The graph's revision as stored: it grows with every committed write transaction of any process. */
  async storedRevision(): Promise<number> {
    const [row] = await this.read(READ_REVISION);
    const revision = Number(row?.revision ?? 0);
    this.noteRevision(revision);
    return revision;
  }

  /** The newest revision this process knows of; listeners hear of each newer one. */
  get revision(): number {
    return this.knownRevision;
  }

  private noteRevision(revision: number): void {
    if (revision <= this.knownRevision) return;
    this.knownRevision = revision;
    for (const listen of this.revisionListeners) listen(revision);
  }

  /**
   * A real round trip (RETURN 1), not just a pooled connection: a Neo4j that accepts connections and
   * never answers must not look ready. Callers bound the wait (see the readiness plugin).
   */
  async ping(): Promise<boolean> {
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
    try {
      await session.run('RETURN 1');
      this.downSince = null;
      return true;
    } catch {
      this.downSince ??= Date.now();
      return false;
    } finally {
      // Not awaited: closing waits for the server, which may be the thing that does not answer.
      session.close().catch(() => undefined);
    }
  }

  /** Waits for the read transactions that requests left to commit after answering (see `ReadScope.close`). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.ending]);
  }

  async close(): Promise<void> {
    await this.idle();
    await this.driver.close();
  }

  private async unitOfWork<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Tx) => Promise<T>,
    { probe = true } = {},
  ): Promise<T> {
    if (probe) this.refuseWhileDown();
    const session = this.session(mode);
    const wrap = (tx: ManagedTransaction): Tx => ({
      run: (cypher, params = {}) => traced(mode, cypher, () => this.statement(tx, cypher, params)),
    });
    const config = { timeout: this.options.timeoutMs };
    const started = performance.now();
    let outcome: TransactionOutcome = 'ok';
    try {
      const result =
        mode === 'READ'
          ? await session.executeRead((tx) => work(wrap(tx)), config)
          : await session.executeWrite((tx) => work(wrap(tx)), config);
      this.downSince = null;
      return result;
    } catch (error) {
      const mapped = mapDriverError(error);
      if (mapped instanceof GraphUnavailableError) this.downSince ??= Date.now();
      outcome = mapped instanceof GraphUnavailableError ? 'unavailable' : 'error';
      throw mapped;
    } finally {
      await session.close();
      this.observe(mode, outcome, started);
    }
  }

  /** A session in this graph's database; every one shares the process's bookmark manager. */
  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
  }

  /** One statement in a transaction: counted, shown to `onQuery`, its rows as plain objects. */
  private async statement(
    tx: ManagedTransaction | Transaction,
    cypher: string,
    params: Params,
  ): Promise<Row[]> {
    this.queryCount += 1;
    this.onQuery?.(cypher, params);
    const pending = withoutStackCapture(() => tx.run(cypher, toParams(params) as Params));
    try {
      const result = await pending;
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      if (error instanceof Error) Error.captureStackTrace(error);
      throw error;
    }
  }

  private observe(mode: 'READ' | 'WRITE', outcome: TransactionOutcome, started: number): void {
    const seconds = (performance.now() - started) / 1000;
    for (const observe of this.transactionObservers) observe(mode, outcome, seconds);
  }
}

/**
 * The driver captures and formats a stack trace for every result (statements, BEGIN and COMMIT
 * alike), to show it on a later error; on a page query that costs more than decoding the rows. A
 * failed statement gets its stack in `statement` instead, on the error path only.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * One span per Cypher statement, a child of whatever span is active (the GraphQL operation's, see
 * src/plugins/tracing.ts); a no-op unless a tracer provider is registered. The statement text is
 * parameterised, so it holds no user data.
 */
function traced<T>(mode: 'READ' | 'WRITE', cypher: string, work: () => Promise<T>): Promise<T> {
  return trace.getTracer('news-knowledge-graph').startActiveSpan(
    `cypher ${mode.toLowerCase()}`,
    {
      kind: SpanKind.CLIENT,
      attributes: { 'db.system': 'neo4j', 'db.query.text': cypher.trim().slice(0, 2000) },
    },
    async (span) => {
      try {
        return await work();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
