import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCompiled } from '../scripts/compile.js';
import { freePort } from '../src/local-neo4j/server.js';
import {
  bodyOf,
  cpuMs,
  autocannon as load,
  type Peer,
  type PeerName,
  pageQueries,
  type Query,
  send,
  startPeer,
  stop,
  warm as warmAll,
} from './peers/servers.js';
import { arg, benchDatabase, ingestGeneratedGraph, percentile } from './support.js';

/**
 * The three page queries (who said what, an entity page, an article page) against three servers
 * over the same Neo4j and the same graph: (a) this API, compiled, as `npm start` runs it; (b) a floor,
 * node:http and one hand-written Cypher statement per query (bench/peers/floor.mjs); (c)
 * @neo4j/graphql on graphql-yoga with type definitions for this graph (bench/peers/neo4j-graphql.mjs).
 * Interleaved rounds at 1 connection (p50, p99), autocannon at 16 connections (req/s), and the Bolt
 * round trips per request (each server once more behind a counting proxy). Ratios in the same run.
 *   npm run bench:peers -- --data .data/bench-10k      (a graph from bench/ingest.bench.ts --keep)
 *   npm run bench:peers -- --articles 1000             (builds a fresh one)
 *   npm run bench:peers -- --data DIR --cache          (the API with its response cache on, against the floor)
 * Before anything is recorded, every server answers every query under load for --warmup seconds (20):
 * on this machine both Node and Neo4j keep getting faster for about a minute of load (the floor's
 * article page went from 520 to 900 req/s across passes after 20 s of warm-up), so a short warm-up
 * measures the warm-up. Requests/s are the median of --passes interleaved autocannon runs (3).
 */
const data = arg('data', '');
const articles = Number(arg('articles', '1000'));
const rounds = Number(arg('rounds', '100'));
const seconds = Number(arg('seconds', '10'));
const connections = Number(arg('connections', '16'));
const warmup = Number(arg('warmup', '20'));
const passes = Number(arg('passes', '3'));
const cacheOnly = process.argv.includes('--cache');
const autocannon = (url: string, body: string) => load(url, body, { connections, duration: seconds });
const warm = (peers: Peer[], queries: Query[]) => warmAll(peers, queries, warmup, connections);

/** How many statements an answer lists, whatever its shape: the three servers must agree. */
function itemsOf(json: unknown): number {
  const text = JSON.stringify(json);
  return (text.match(/"text":/g) ?? []).length;
}

/** A TCP proxy in front of Bolt that counts round trips: each time the server answers after the client sent. */
async function countingProxy(target: URL): Promise<{ uri: string; trips: () => number; close: () => void }> {
  let trips = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    let clientSent = false;
    client.on('data', (chunk) => {
      clientSent = true;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (clientSent) trips += 1;
      clientSent = false;
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { uri: `bolt://127.0.0.1:${port}`, trips: () => trips, close: () => server.close() };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

const dataDir = data || mkdtempSync(join(tmpdir(), 'news-graph-peers-'));
const { graph, local } = await benchDatabase(dataDir);
let peers: Peer[] = [];
try {
  if (!data) await ingestGeneratedGraph(graph, articles);
  const { size, busy, long, queries } = await pageQueries(graph);
  await graph.close();
  console.log(
    `graph: ${size?.articles} articles; busiest speaker ${busy?.speaker} (${busy?.said} statements, ${busy?.about} about ${busy?.model}); article ${long?.slug} (${long?.statements} statements)`,
  );

  await ensureCompiled((line) => console.error(line));
  if (cacheOnly) {
    // The same request over and over: after the first, the API answers from its cache.
    const api = await startPeer('api', local.uri, { RESPONSE_CACHE_ENTRIES: '1000' });
    const floor = await startPeer('floor', local.uri);
    peers = [api, floor];
    warm(peers, queries);
    console.log(
      `\n${connections} connections, response cache on (autocannon, 2 passes of ${seconds} s each): requests/s`,
    );
    console.log('| query | api, cache on | floor | API / floor |');
    console.log('|---|---|---|---|');
    for (const query of queries) {
      const rates = { api: 0, floor: 0 };
      for (let pass = 0; pass < 2; pass++) {
        for (const peer of peers) {
          const result = autocannon(peer.url, bodyOf(peer.name, query));
          if (result.non2xx || result.errors) throw new Error(`${peer.name} ${query.name}: failures`);
          rates[peer.name as 'api' | 'floor'] += result.rps / 2;
        }
      }
      console.log(
        `| ${query.name} | ${fmt(rates.api, 0)} | ${fmt(rates.floor, 0)} | ${fmt(rates.api / rates.floor, 2)}× |`,
      );
    }
  }
  const names: PeerName[] = ['api', 'floor', 'neo4j-graphql'];
  if (!cacheOnly) for (const name of names) peers.push(await startPeer(name, local.uri));

  if (!cacheOnly) {
    // First, so that no pooled connection idles past the servers' keep-alive before the rounds.
    warm(peers, queries);
    // What each server answers: the same number of statements, or the comparison means nothing.
    for (const query of queries) {
      const counts = await Promise.all(peers.map(async (peer) => itemsOf(await send(peer, query))));
      console.log(`${query.name}: statements listed by ${names.join(' / ')}: ${counts.join(' / ')}`);
    }

    // 1 connection: interleaved rounds, every query on every server once per round.
    const times = new Map<string, number[]>();
    for (let round = 0; round < rounds + 20; round++) {
      for (const query of queries) {
        for (const peer of peers) {
          const t = performance.now();
          await send(peer, query);
          if (round >= 20) {
            const key = `${peer.name}:${query.name}`;
            times.set(key, [...(times.get(key) ?? []), performance.now() - t]);
          }
        }
      }
    }
    const p = (peer: PeerName, query: Query, q: number) =>
      percentile(
        [...(times.get(`${peer}:${query.name}`) ?? [])].sort((a, b) => a - b),
        q,
      );

    console.log(`\n1 connection, ${rounds} interleaved rounds after 20 warm-up rounds: p50 / p99 ms`);
    console.log(`| query | ${names.join(' | ')} | API p50 / floor p50 |`);
    console.log(`|---|${names.map(() => '---|').join('')}---|`);
    for (const query of queries) {
      const cells = names.map((name) => `${fmt(p(name, query, 50))} / ${fmt(p(name, query, 99))}`);
      const ratio = ` ${fmt(p('api', query, 50) / p('floor', query, 50), 2)}× |`;
      console.log(`| ${query.name} | ${cells.join(' | ')} |${ratio}`);
    }

    // 16 connections: interleaved passes of `seconds` each per query and server; the median.
    const rps = new Map<string, number[]>();
    const cpu = new Map<string, number[]>(); // the server process's CPU ms per request
    for (let pass = 0; pass < passes; pass++) {
      for (const query of queries) {
        for (const peer of peers) {
          const cpuBefore = cpuMs(peer.child.pid);
          const result = autocannon(peer.url, bodyOf(peer.name, query));
          if (result.non2xx || result.errors)
            throw new Error(`${peer.name} ${query.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
          const key = `${peer.name}:${query.name}`;
          rps.set(key, [...(rps.get(key) ?? []), result.rps]);
          const perRequest = (cpuMs(peer.child.pid) - cpuBefore) / (result.rps * seconds);
          cpu.set(key, [...(cpu.get(key) ?? []), perRequest]);
        }
      }
      // The API's fixed cost: a query no resolver answers from Neo4j, through Yoga and every plugin.
      const [api] = peers;
      if (api) {
        const result = autocannon(api.url, JSON.stringify({ query: '{ __typename }' }));
        if (result.non2xx || result.errors) throw new Error('api { __typename }: failures');
        rps.set('api:typename', [...(rps.get('api:typename') ?? []), result.rps]);
      }
    }
    const median = (values: number[] | undefined) =>
      percentile(
        [...(values ?? [])].sort((a, b) => a - b),
        50,
      );
    const r = (peer: PeerName, query: Query) => median(rps.get(`${peer}:${query.name}`));
    console.log(
      `\n${connections} connections (autocannon, median of ${passes} passes of ${seconds} s each): requests/s`,
    );
    console.log('| query | api | floor | neo4j-graphql | API / floor | API / @neo4j/graphql |');
    console.log('|---|---|---|---|---|---|');
    for (const query of queries) {
      console.log(
        `| ${query.name} | ${fmt(r('api', query), 0)} | ${fmt(r('floor', query), 0)} | ${fmt(r('neo4j-graphql', query), 0)} | ${fmt(r('api', query) / r('floor', query), 2)}× | ${fmt(r('api', query) / r('neo4j-graphql', query), 2)}× |`,
      );
    }

    console.log(
      `| (API alone: \`{ __typename }\`, no Neo4j; the most any query can reach through Yoga and the plugins) | ${fmt(r('api', { name: 'typename', variables: {} }), 0)} | | | | |`,
    );

    console.log('\nNode CPU per request under that load, ms (the server process, user + system; median)');
    console.log(`| query | ${names.join(' | ')} |`);
    console.log(`|---|${names.map(() => '---|').join('')}`);
    for (const query of queries) {
      console.log(
        `| ${query.name} | ${names.map((name) => fmt(median(cpu.get(`${name}:${query.name}`)), 2)).join(' | ')} |`,
      );
    }

    // Bolt round trips per request: each server again, behind a counting proxy.
    await stop(peers);
    peers = [];
    console.log('\nBolt round trips per request (20 sequential requests, after 5 warm-up requests)');
    console.log(`| query | ${names.join(' | ')} |`);
    console.log(`|---|${names.map(() => '---|').join('')}`);
    const trips = new Map<string, number>();
    for (const name of names) {
      const proxy = await countingProxy(new URL(local.uri));
      const peer = await startPeer(name, proxy.uri);
      for (const query of queries) {
        for (let i = 0; i < 5; i++) await send(peer, query);
        const before = proxy.trips();
        for (let i = 0; i < 20; i++) await send(peer, query);
        trips.set(`${name}:${query.name}`, (proxy.trips() - before) / 20);
      }
      await stop([peer]);
      proxy.close();
    }
    for (const query of queries) {
      console.log(
        `| ${query.name} | ${names.map((name) => fmt(trips.get(`${name}:${query.name}`) ?? 0)).join(' | ')} |`,
      );
    }
  }
} finally {
  await stop(peers);
  await local.stop();
}
