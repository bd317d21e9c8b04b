import { afterAll, inject } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { Graph } from '../../src/db/graph.js';
import type { Problem } from '../../src/domain/errors.js';

export const WRITE_TOKEN = 'test-write-token-0123456789';
export const SEED_ARTICLE = 'openais-open-source-zeiten-fuer-gpt-modelle-sind-erstmal-vorbei';

/** What a refused operation cost against the per-minute budget (`extensions.cost`). */
export interface Cost {
  requested: number;
  remaining: number;
  limitPerMinute: number;
}

/** `errors[].extensions`: every error carries a code; input errors list every problem with its path. */
export interface ErrorExtensions {
  code: string;
  problems?: Problem[];
  cost?: Cost;
  [key: string]: unknown;
}

export interface GraphQLError {
  message: string;
  path?: Array<string | number>;
  extensions: ErrorExtensions;
}

/** The JSON body of a GraphQL answer. `T` describes the fields the operation selects; unknown until a test says. */
export interface GraphQLBody<T = unknown> {
  data?: T | null;
  errors?: GraphQLError[];
  extensions?: { cost?: Cost; [key: string]: unknown };
}

export interface GraphQLResponse<T = unknown> extends GraphQLBody<T> {
  status: number;
}

/** POSTs a GraphQL request body to `app` as a JSON client does. The one place tests build such a request. */
export async function post(app: App, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** The body of a GraphQL answer, typed as what the operation selects. */
export async function bodyOf<T = unknown>(response: Response): Promise<GraphQLBody<T>> {
  return (await response.json()) as GraphQLBody<T>;
}

/** A graph connected to the suite's Neo4j, closed after the file. */
export function testGraph(): Graph {
  const config = loadConfig();
  const graph = Graph.connect(inject('neo4jUri'), config.NEO4J_USERNAME, config.NEO4J_PASSWORD, {
    database: config.NEO4J_DATABASE,
    timeoutMs: config.CYPHER_TIMEOUT_MS,
  });
  afterAll(() => graph.close());
  return graph;
}

/** The app as clients see it, over `app.fetch`, against the suite's Neo4j. */
export function testApp(overrides: Partial<Parameters<typeof createApp>[0]['config']> = {}) {
  const graph = testGraph();
  const config = { ...loadConfig(), API_TOKEN: WRITE_TOKEN, ...overrides };
  const app: App = createApp({ graph, config });
  afterAll(() => app.dispose());

  async function gql<T = unknown>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await post(app, { query, variables }, headers);
    return { status: response.status, ...(await bodyOf<T>(response)) };
  }

  const write = <T = unknown>(query: string, variables: Record<string, unknown> = {}) =>
    gql<T>(query, variables, { authorization: `Bearer ${WRITE_TOKEN}` });

  return { app, graph, gql, write };
}

/** Node and relationship counts of the whole graph, for "changed nothing" assertions. */
export async function graphCounts(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.read(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}

/** Waits until `condition` holds, checking every 50 ms; fails after `ms`. For conditions, never for fixed times. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  ms: number,
  what: string,
): Promise<void> {
  const until = performance.now() + ms;
  while (!(await condition())) {
    if (performance.now() > until) throw new Error(`gave up after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
