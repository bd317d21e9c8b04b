import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from './config.js';
import type { Graph } from './db/graph.js';
import { createLoaders } from './db/loaders.js';
import { createLogger, type Logger } from './logger.js';
import { renderGraphiQLPage } from './pages/graphiql.js';
import { pages } from './pages/plugin.js';
import { allDocumentProblems } from './plugins/all-problems.js';
import { costBudget } from './plugins/cost-budget.js';
import { credentials, identityOf } from './plugins/credentials.js';
import { documentLimits } from './plugins/limits.js';
import { metrics } from './plugins/metrics.js';
import { persistedOperations } from './plugins/persisted.js';
import { rateLimit } from './plugins/rate-limit.js';
import { readTransaction } from './plugins/read-transaction.js';
import { readiness } from './plugins/readiness.js';
import { requestLog } from './plugins/request-log.js';
import { responseCache } from './plugins/response-cache.js';
import { tracing } from './plugins/tracing.js';
import type { Context } from './schema/context.js';
import { isUserError, maskError, withCode } from './schema/errors.js';
import { schema } from './schema/index.js';

export type AppConfig = Pick<
  Config,
  | 'API_TOKEN'
  | 'READ_TOKEN'
  | 'CORS_ORIGINS'
  | 'TRUST_PROXY'
  | 'RATE_LIMIT_PER_MINUTE'
  | 'COST_BUDGET_PER_MINUTE'
  | 'RESPONSE_CACHE_ENTRIES'
  | 'RESPONSE_CACHE_STALE_MS'
  | 'MAX_DEPTH'
  | 'MAX_COST'
  | 'MAX_ALIASES'
  | 'MAX_TOKENS'
  | 'PERSISTED_ONLY'
>;

export interface AppDeps {
  graph: Graph;
  config: AppConfig;
  logger?: Logger;
  /** Whether start-up work (migrations, seed) is done; /ready also needs Neo4j to answer. Default: done. */
  prepared?: () => boolean;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** Who wrote, as change records name it: the label of the token, never the token itself. */
const WRITE_TOKEN_LABEL = 'write';

const EXAMPLES_DIR = join(import.meta.dirname, '..', 'examples');

/** The example operations shown as GraphiQL tabs (also the persisted-operation manifest's source). */
export function exampleOperations(): Array<{ name: string; query: string }> {
  return readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.graphql$/, ''),
      query: readFileSync(join(EXAMPLES_DIR, file), 'utf8'),
    }));
}

/** Every error in a response carries extensions.code, including graphql-js's own parse and validation errors. */
const codeEveryError: Plugin = {
  onResultProcess({ result, setResult }) {
    if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
    const errors = (result as { errors?: readonly GraphQLError[] }).errors;
    if (!errors?.length) return;
    setResult({ ...result, errors: errors.map((e) => (e instanceof GraphQLError ? withCode(e) : e)) });
  },
};

/** The Yoga app. It never listens: src/index.ts serves it, tests call `app.fetch`. */
export function createApp({
  graph,
  config,
  logger = createLogger('silent'),
  prepared = () => true,
}: AppDeps): App {
  const limits = { maxDepth: config.MAX_DEPTH, maxCost: config.MAX_COST };
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    maskedErrors: { maskError },
    cors: config.CORS_ORIGINS.length > 0 ? { origin: config.CORS_ORIGINS, credentials: false } : false,
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      // Yoga reports the original of every masked error here. The client's mistakes (bad input, a
      // missing token) are info without a stack; anything else is ours: error, with its stack.
      error: (...args) => {
        const err = args.find((a) => a instanceof Error);
        if (isUserError(err)) logger.info({ code: isUserError(err), message: err?.message }, 'refused');
        else logger.error({ err }, 'unexpected error');
      },
    },
    // GraphiQL from this origin's files (Yoga's default loads them from a CDN). Tabs are what a
    // first-time visitor sees; headers are not kept in localStorage, since they hold tokens.
    graphiql: {
      title: 'News knowledge graph',
      defaultTabs: exampleOperations().map(({ query }) => ({ query })),
      shouldPersistHeaders: false,
    },
    renderGraphiQL: renderGraphiQLPage,
    // Order: log every request first (so refusals are logged too), then the pages (they never reach
    // GraphQL, so no limit below concerns them), then the cheap refusals:
    // readiness, credentials (before anything looks at the document, and before the rate limit, which
    // keys on the verified identity), rate; then persisted operations (they supply the document),
    // document limits, the cost budget and the whole-document check (both before execution), the
    // read transaction and the response cache, then the error codes on whatever comes out.
    plugins: [
      tracing(),
      requestLog(logger),
      pages(logger),
      metrics(graph),
      readiness(async () => prepared() && (await graph.ping())),
      credentials({ write: config.API_TOKEN, read: config.READ_TOKEN }),
      rateLimit({ perMinute: config.RATE_LIMIT_PER_MINUTE, trustProxy: config.TRUST_PROXY }),
      persistedOperations(config.PERSISTED_ONLY),
      documentLimits({ maxTokens: config.MAX_TOKENS, maxAliases: config.MAX_ALIASES }),
      allDocumentProblems(graph),
      costBudget({
        perMinute: config.COST_BUDGET_PER_MINUTE,
        maxCost: config.MAX_COST,
        trustProxy: config.TRUST_PROXY,
      }),
      readTransaction(),
      // Last before the answer: a cached one stops execution, after every check above has run.
      responseCache({
        graph,
        entries: config.RESPONSE_CACHE_ENTRIES,
        staleMs: config.RESPONSE_CACHE_STALE_MS,
      }),
      codeEveryError,
    ],
    context: ({ request }) => {
      const writer = identityOf(request).token === 'write' ? WRITE_TOKEN_LABEL : null;
      const reads = graph.readScope();
      return { graph, reads, loaders: createLoaders(reads), canWrite: writer !== null, writer, limits };
    },
  });
}
