import { afterAll, inject } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { Graph } from '../../src/db/graph.js';

export const WRITE_TOKEN = 'test-write-token-0123456789';
export const SEED_ARTICLE = 'openais-open-source-zeiten-fuer-gpt-modelle-sind-erstmal-vorbei';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions: Record<string, any> }>;
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

  async function gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  }

  const write = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
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
