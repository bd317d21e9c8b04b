import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { ingestDocument } from '../src/ingest/ingest.js';
import { loadSeed } from '../src/ingest/seed.js';
import { generateCorpus } from '../tools/corpus/generate.js';
import { arg, benchDatabase, percentile } from './support.js';

/**
 * Each analyst lookup through the API (in-process `app.fetch`, no HTTP), in rounds, on a graph
 * of N generated articles plus the seed. Reports median and 99th percentile per lookup, and the
 * ratio of the median to a baseline measured in the same run: `entity(slug)`, one index seek.
 *   node --import tsx bench/lookups.bench.ts --data .data/bench-10k   (a graph from bench/ingest.bench.ts --keep)
 *   node --import tsx bench/lookups.bench.ts --articles 1000          (builds a fresh one)
 * With --plans, also prints the operators of each lookup's Cypher plan (EXPLAIN).
 */
const data = arg('data', '');
const articles = Number(arg('articles', '1000'));
const runs = Number(arg('runs', '200'));
const dataDir = data || mkdtempSync(join(tmpdir(), 'news-graph-lookups-'));
const { graph, local } = await benchDatabase(dataDir);

try {
  await loadSeed(graph);
  if (!data) {
    for (const doc of generateCorpus({ articles, seed: 1 }).documents) await ingestDocument(graph, doc);
  }
  const [size] = await graph.read('MATCH (a:Article) RETURN count(a) AS articles');
  const app = createApp({ graph, config: { ...loadConfig(), RATE_LIMIT_PER_MINUTE: 0 } });
  // Hubs and rarities: the most and a less mentioned entity of the generated corpus.
  const [hub] = await graph.read(
    'MATCH (e:Entity) WHERE e.slug STARTS WITH "gen-person" RETURN e.slug AS slug ORDER BY COUNT { (e)<-[:MENTIONS]-() } DESC LIMIT 1',
  );
  const hubSlug = String(hub?.slug ?? 'sam-altman');
  const lookups: Record<string, string> = {
    'baseline: entity(slug)': `{ entity(slug: "${hubSlug}") { name } }`,
    'statements(speaker, about)': `{ statements(filter: { speaker: ["${hubSlug}"], about: ["gen-model-00000"] }, first: 20) { edges { node { text } } } }`,
    'statements(place, from, to)':
      '{ statements(filter: { place: ["gen-country-00001"], from: "2023-01-01", to: "2023-12-31" }, first: 20) { edges { node { text } } } }',
    'statements(text)':
      '{ statements(filter: { text: "Sicherheit" }, first: 20) { edges { node { text } } } }',
    search: '{ search(query: "Open-Source-Modelle Sicherheit", first: 20) { score } }',
    'paths(maxHops: 4)': `{ paths(from: "google", to: "${hubSlug}", maxHops: 4) { length } }`,
    'paths(hub to hub, 6)': `{ paths(from: "${hubSlug}", to: "gen-person-00001", maxHops: 6, first: 5) { length } }`,
    'connections(first: 20)': `{ entity(slug: "gen-org-00000") { connections(first: 20) { edges { node { support } } } } }`,
    coMentions: `{ coMentions(slug: "${hubSlug}", first: 20) { count score } }`,
    'timeline(first: 50)': `{ timeline(slug: "${hubSlug}", first: 50) { totalCount byMonth { count } edges { node { date } } } }`,
    'related(first: 10)':
      '{ article(slug: "gen-article-000100") { related(first: 10) { score shared { slug } } } }',
    'entity page': `{ entity(slug: "${hubSlug}") { name mentionedIn(first: 10) { totalCount edges { node { title } } } ... on Person { statements(first: 10) { totalCount edges { node { text about { slug } event { name } } } } } } }`,
  };
  // Rounds: every lookup once per round, so warm-up and background noise fall on all of them alike.
  const timings: Record<string, number[]> = Object.fromEntries(
    Object.keys(lookups).map((name) => [name, []]),
  );
  for (let round = 0; round < runs + 10; round++) {
    for (const [name, query] of Object.entries(lookups)) {
      const t = performance.now();
      const response = await app.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const json = (await response.json()) as { errors?: unknown[] };
      if (json.errors) throw new Error(`${name}: ${JSON.stringify(json.errors)}`);
      if (round >= 10) timings[name]?.push(performance.now() - t); // the first rounds warm the plan cache
    }
  }
  for (const times of Object.values(timings)) times.sort((a, b) => a - b);
  const base = percentile(timings['baseline: entity(slug)'] ?? [], 50);
  console.log(
    `graph: ${size?.articles} articles; ${runs} rounds of every lookup, sequential, after 10 warm-up rounds\n`,
  );
  console.log('| lookup | median ms | p99 ms | median / baseline |');
  console.log('|---|---|---|---|');
  for (const [name, times] of Object.entries(timings)) {
    const median = percentile(times, 50);
    console.log(
      `| ${name} | ${median.toFixed(1)} | ${percentile(times, 99).toFixed(1)} | ${(median / base).toFixed(1)} |`,
    );
  }
  await app.dispose();
} finally {
  await graph.close();
  await local.stop();
  if (!data) rmSync(dataDir, { recursive: true, force: true });
}
