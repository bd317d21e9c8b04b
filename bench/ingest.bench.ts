import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestDocument } from '../src/ingest/ingest.js';
import { generateCorpus } from '../tools/corpus/generate.js';
import { arg, benchDatabase, peakRssMib } from './support.js';

/**
 * Bulk ingest of N generated articles into a fresh bundled Neo4j, reported against a baseline
 * measured in the same run on the same server: N bare write transactions that each create one
 * node (the fixed cost of a transaction round trip).
 *   node --import tsx bench/ingest.bench.ts --articles 1000 [--seed 1] [--keep DIR]
 * With --keep, the graph stays in DIR for the lookup benchmarks.
 */
const articles = Number(arg('articles', '1000'));
const seed = Number(arg('seed', '1'));
const keep = arg('keep', '');
const concurrency = Number(arg('concurrency', '2'));
const dataDir = keep || mkdtempSync(join(tmpdir(), 'news-graph-bench-'));

const { graph, local } = await benchDatabase(dataDir);
try {
  const { documents } = generateCorpus({ articles, seed });
  const statements = documents.reduce((n, d) => n + d.statements.length, 0);

  // Baseline: one trivial write transaction per document, same concurrency.
  const baselineStart = performance.now();
  let next = 0;
  const bare = async () => {
    while (next < articles) {
      const i = next++;
      await graph.write('CREATE (:BenchProbe {i: $i})', { i });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, bare));
  const baselineSeconds = (performance.now() - baselineStart) / 1000;
  await graph.write('MATCH (p:BenchProbe) DELETE p');

  let nodePeak = 0;
  const sampler = setInterval(() => {
    nodePeak = Math.max(nodePeak, process.memoryUsage().rss);
  }, 100);
  const start = performance.now();
  let cursor = 0;
  const worker = async () => {
    while (cursor < documents.length) {
      const doc = documents[cursor++];
      await ingestDocument(graph, doc);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);

  const [counts] = await graph.read(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  const result = {
    articles,
    statements,
    concurrency,
    seconds: Number(seconds.toFixed(1)),
    documentsPerSecond: Number((articles / seconds).toFixed(1)),
    statementsPerSecond: Number((statements / seconds).toFixed(1)),
    baselineTransactionsPerSecond: Number((articles / baselineSeconds).toFixed(1)),
    ratioToBaseline: Number((seconds / baselineSeconds).toFixed(1)),
    nodePeakRssMib: Math.round(Math.max(nodePeak, process.memoryUsage().rss) / 1024 / 1024),
    neo4jPeakRssMib: peakRssMib(local.pid),
    graph: counts,
  };
  console.log(JSON.stringify(result));
} finally {
  await graph.close();
  await local.stop();
  if (!keep) rmSync(dataDir, { recursive: true, force: true });
}
