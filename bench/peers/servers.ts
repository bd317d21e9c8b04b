import { type ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../../src/db/graph.js';
import { freePort } from '../../src/local-neo4j/server.js';
import { ARTICLE_PAGE, ENTITY_PAGE, PEER_QUERIES, WHO_SAID_WHAT } from '../page-queries.js';

/** The servers of bench/peers.ts and bench/scale.ts: start, ask, load, stop. */
export const ROOT = join(import.meta.dirname, '..', '..');
export type PeerName = 'api' | 'floor' | 'neo4j-graphql';
export interface Peer {
  name: PeerName;
  url: string;
  child: ChildProcess;
}
export interface Query {
  name: string;
  variables: Record<string, unknown>;
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    const ok = await fetch(url).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up`);
}

export async function startPeer(
  name: PeerName,
  boltUri: string,
  extraEnv: Record<string, string> = {},
): Promise<Peer> {
  const port = await freePort();
  // NODE_ENV as the image sets it (graphql-js skips its development checks in production).
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEO4J_URI: boltUri,
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  let child: ChildProcess;
  let probe: string;
  if (name === 'api') {
    // As production runs it; no per-client limits (all requests come from one address).
    child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], {
      env: { ...env, RATE_LIMIT_PER_MINUTE: '0', COST_BUDGET_PER_MINUTE: '0', ...extraEnv },
      stdio: 'ignore',
    });
    probe = `http://127.0.0.1:${port}/ready`;
  } else {
    child = fork(join(import.meta.dirname, `${name}.mjs`), [], {
      env,
      stdio: 'ignore',
      execArgv: [],
    });
    probe = `http://127.0.0.1:${port}/`;
  }
  await waitReady(probe, child);
  return { name, url: `http://127.0.0.1:${port}/graphql`, child };
}

export function bodyOf(peer: PeerName, query: Query): string {
  const text =
    peer === 'neo4j-graphql'
      ? PEER_QUERIES[query.name as keyof typeof PEER_QUERIES]
      : { WhoSaidWhat: WHO_SAID_WHAT, EntityPage: ENTITY_PAGE, ArticlePage: ARTICLE_PAGE }[query.name];
  return JSON.stringify({ query: text, operationName: query.name, variables: query.variables });
}

export async function send(peer: Peer, query: Query): Promise<unknown> {
  const post = () =>
    fetch(peer.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodyOf(peer.name, query),
    });
  // A pooled connection that idled past the server's keep-alive (during the warm-up of the others)
  // can be closed just as it is reused: once more, on a new one.
  const response = await post().catch(post);
  const json = (await response.json()) as { errors?: unknown };
  if (!response.ok || json.errors)
    throw new Error(`${peer.name} ${query.name}: ${JSON.stringify(json).slice(0, 400)}`);
  return json;
}

export function autocannon(
  url: string,
  body: string,
  { connections, duration }: { connections: number; duration: number },
): { rps: number; non2xx: number; errors: number } {
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'autocannon', 'autocannon.js'),
      ...['-c', String(connections), '-d', String(duration), '-m', 'POST', '-j'],
      ...['-H', 'content-type=application/json', '-b', body, url],
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const result = JSON.parse(run.stdout) as { requests: { average: number }; non2xx: number; errors: number };
  return { rps: result.requests.average, non2xx: result.non2xx, errors: result.errors };
}

/** CPU time a process has used so far, in ms (Linux: user + system from /proc, 100 ticks a second). */
export function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export const stop = (peers: Peer[]) =>
  Promise.all(
    peers.map(
      (peer) =>
        new Promise<void>((resolve) => {
          if (peer.child.exitCode !== null) return resolve();
          peer.child.once('exit', () => resolve());
          peer.child.kill('SIGTERM');
        }),
    ),
  );

/**
 * Not recorded: every server answers every query under load for `warmup` seconds, so that both JITs
 * (Node's and Neo4j's) and the page cache are past their first minutes before anything is measured.
 */
export function warm(peers: Peer[], queries: Query[], seconds: number, connections: number): void {
  if (seconds <= 0) return;
  for (const query of queries)
    for (const peer of peers)
      autocannon(peer.url, bodyOf(peer.name, query), { connections, duration: seconds });
}

/** The three page queries on a graph: the busiest speaker, the model they name most, the article with most statements. */
export async function pageQueries(graph: Graph) {
  const [size] = await graph.read('MATCH (a:Article) RETURN count(a) AS articles');
  // The busiest speaker, the model they speak about most, and an article with many statements.
  const [busy] = await graph.read(`
    MATCH (p:Person)-[:SAID]->(s:Statement) WITH p, count(s) AS said ORDER BY said DESC LIMIT 1
    MATCH (p)-[:SAID]->(:Statement)-[:ABOUT]->(m:AIModel)
    RETURN p.slug AS speaker, said, m.slug AS model, count(*) AS about ORDER BY about DESC LIMIT 1`);
  const [long] = await graph.read(
    'MATCH (a:Article) RETURN a.slug AS slug, COUNT { (a)-[:REPORTS]->() } AS statements ORDER BY statements DESC, slug LIMIT 1',
  );
  const queries: Query[] = [
    { name: 'WhoSaidWhat', variables: { speaker: busy?.speaker, about: busy?.model, first: 20 } },
    { name: 'EntityPage', variables: { slug: busy?.speaker, first: 10 } },
    { name: 'ArticlePage', variables: { slug: long?.slug, first: 20 } },
  ];
  return { size, busy, long, queries };
}
