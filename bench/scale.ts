import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCompiled } from '../scripts/compile.js';
import { type Peer, pageQueries, type Query, send, startPeer, stop, warm } from './peers/servers.js';
import { arg, benchDatabase, ingestGeneratedGraph, percentile } from './support.js';

/**
 * The three page queries of bench:peers on a small and a large graph in the same run: two bundled
 * Neo4j servers, the API (as `npm start` runs it) over each, every query on both in interleaved
 * rounds at one connection, so the p50 ratio large / small is not a comparison across runs.
 *   npm run bench:scale -- --large .data/bench-10k             (builds the small graph: 1,000 articles)
 *   npm run bench:scale -- --small DIR --large DIR --rounds 100
 */
const small = arg('small', '');
const large = arg('large', '');
const articles = Number(arg('articles', '1000'));
const rounds = Number(arg('rounds', '100'));
const warmup = Number(arg('warmup', '20'));
if (!large) throw new Error('--large DIR is required (a graph from bench/ingest.bench.ts --keep)');

interface Side {
  label: string;
  uri: string;
  peer: Peer | null;
  queries: Query[];
  stop: () => Promise<void>;
}

async function side(dir: string, build: boolean): Promise<Side> {
  const { graph, local } = await benchDatabase(dir);
  if (build) await ingestGeneratedGraph(graph, articles);
  const { size, busy, long, queries } = await pageQueries(graph);
  await graph.close();
  const label = `${Number(size?.articles).toLocaleString('en')} articles`;
  console.log(
    `${label}: busiest speaker ${busy?.said} statements (${busy?.about} about their model); article with ${long?.statements} statements`,
  );
  return { label, uri: local.uri, peer: null, queries, stop: () => local.stop() };
}

const sides = [
  await side(small || mkdtempSync(join(tmpdir(), 'news-graph-scale-')), !small),
  await side(large, false),
];
try {
  await ensureCompiled((line) => console.error(line));
  const peers: Peer[] = [];
  for (const s of sides) {
    s.peer = await startPeer('api', s.uri);
    peers.push(s.peer);
    warm([s.peer], s.queries, warmup, 16);
  }
  const times = new Map<string, number[]>();
  for (let round = 0; round < rounds + 20; round++) {
    for (let q = 0; q < 3; q++) {
      for (const [i, s] of sides.entries()) {
        const query = s.queries[q] as Query;
        const t = performance.now();
        await send(s.peer as Peer, query);
        if (round >= 20) times.set(`${i}:${q}`, [...(times.get(`${i}:${q}`) ?? []), performance.now() - t]);
      }
    }
  }
  const p = (i: number, q: number, pct: number) =>
    percentile(
      [...(times.get(`${i}:${q}`) ?? [])].sort((a, b) => a - b),
      pct,
    );
  console.log(`\n1 connection, ${rounds} interleaved rounds after 20 warm-up rounds: p50 / p99 ms`);
  console.log(`| query | ${sides.map((s) => s.label).join(' | ')} | p50 ratio |`);
  console.log('|---|---|---|---|');
  for (let q = 0; q < 3; q++) {
    const cells = sides.map((_, i) => `${p(i, q, 50).toFixed(1)} / ${p(i, q, 99).toFixed(1)}`);
    const ratio = p(1, q, 50) / p(0, q, 50);
    console.log(`| ${sides[0]?.queries[q]?.name} | ${cells.join(' | ')} | ${ratio.toFixed(2)}× |`);
  }
} finally {
  await stop(sides.flatMap((s) => (s.peer ? [s.peer] : [])));
  for (const s of sides) await s.stop();
}
