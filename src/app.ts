import { createHash, timingSafeEqual } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from './config.js';
import type { Graph } from './graph/graph.js';
import { createLoaders } from './graph/loaders.js';
import type { Context } from './graphql/context.js';
import { maskError, withCode } from './graphql/errors.js';
import { schema } from './graphql/index.js';

export interface AppDeps {
  graph: Graph;
  config: Pick<Config, 'API_TOKEN' | 'MAX_DEPTH' | 'MAX_COST'>;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

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

function tokenMatches(header: string | null, token: string | undefined): boolean {
  if (!token || !header?.startsWith('Bearer ')) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(header.slice('Bearer '.length)), digest(token));
}

/** GET /ready: 200 when Neo4j answers, 503 when it does not. */
function readiness(graph: Graph): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready' || request.method !== 'GET') return;
      const ok = await graph.ping();
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: ok ? 'ready' : 'neo4j unreachable' }), {
          status: ok ? 200 : 503,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
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
export function createApp({ graph, config }: AppDeps): App {
  const limits = { maxDepth: config.MAX_DEPTH, maxCost: config.MAX_COST };
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    maskedErrors: { maskError },
    graphiql: {
      title: 'News knowledge graph',
      defaultTabs: exampleOperations().map(({ query }) => ({ query })),
    },
    plugins: [readiness(graph), codeEveryError],
    context: ({ request }) => ({
      graph,
      loaders: createLoaders(graph),
      canWrite: tokenMatches(request.headers.get('authorization'), config.API_TOKEN),
      limits,
    }),
  });
}
