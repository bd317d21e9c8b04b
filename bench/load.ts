import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { ingestDocument } from '../src/ingest/ingest.js';
import { loadSeed } from '../src/ingest/seed.js';
import { generateCorpus } from '../tools/corpus/generate.js';
import { arg, benchDatabase } from './support.js';

/**
 * npm run load: a bounded load test on loopback. Mixed read queries at 50 connections for 30 s
 * (autocannon) while ingests run beside them through the same API; then checks that no request
 * failed, no acknowledged write is missing or doubled, and memory levelled off. The baseline, in the
 * same run: GET /health at the same concurrency.
 */
const seconds = Number(arg('seconds', '30'));
const connections = Number(arg('connections', '50'));
const TOKEN = 'load-test-token-0123456789';
const dataDir = mkdtempSync(join(tmpdir(), 'news-graph-load-'));
const { graph, local } = await benchDatabase(dataDir);
let failures = 0;
const fail = (message: string) => {
  failures += 1;
  console.error(`FAIL: ${message}`);
};

try {
  await loadSeed(graph);
  const { documents } = generateCorpus({ articles: 400, seed: 9 });
  for (const doc of documents.slice(0, 200)) await ingestDocument(graph, doc);
  const pending = documents.slice(200);

  const app = createApp({ graph, config: { ...loadConfig(), API_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: 0 } });
  const server = createServer(app);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const body = (query: string) => JSON.stringify({ query });
  const reads = [
    body(
      '{ statements(filter: { speaker: ["sam-altman"], about: ["gpt-6"] }) { edges { node { text event { name } place { name } } } } }',
    ),
    body(
      '{ statements(filter: { place: ["munich"] }, first: 20) { totalCount edges { node { text speaker { name } about { slug } } } } }',
    ),
    body(
      '{ entity(slug: "gen-person-00000") { name mentionedIn(first: 10) { totalCount edges { node { title } } } statementsAbout(first: 5) { edges { node { text } } } } }',
    ),
    body('{ search(query: "Open-Source-Modelle Sicherheit", first: 10) { score node { id } } }'),
    body(
      '{ article(slug: "gen-article-000010") { title related(first: 5) { score article { slug } shared { slug } } } }',
    ),
    body(
      '{ timeline(slug: "gen-model-00000", first: 20) { totalCount byYear { period count } edges { node { date } } } }',
    ),
    body('{ coMentions(slug: "openai", first: 10) { count score entity { slug } } }'),
  ];
  const run = (opts: autocannon.Options) =>
    new Promise<autocannon.Result>((done, reject) =>
      autocannon(opts, (err, result) => (err ? reject(err) : done(result))),
    );

  const baseline = await run({ url: `${url}/health`, connections, duration: Math.min(10, seconds) });

  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 1000);
  const acknowledged: Array<{ slug: string; statements: number }> = [];
  let ingestErrors = 0;
  let stop = false;
  const ingests = (async () => {
    for (const doc of pending) {
      if (stop) break;
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({
          query:
            'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { statementsCreated statementsReused } }',
          variables: { input: doc },
        }),
      });
      const json = (await response.json()) as { errors?: unknown[] };
      if (json.errors) ingestErrors += 1;
      else
        acknowledged.push({
          slug: doc.article.slug,
          statements: new Set(doc.statements.map((s) => `${s.speaker}|${s.text}`)).size,
        });
    }
  })();

  let graphqlErrors = 0;
  const result = await run({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    requests: reads.map((b) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: b,
      onResponse: (_status: number, responseBody: string) => {
        if (responseBody.includes('"errors"')) graphqlErrors += 1;
      },
    })),
  });
  stop = true;
  await ingests;
  clearInterval(sampler);

  // Writes: every acknowledged article is there once, with all its statements; no duplicate keys.
  const rows = await graph.read(
    'UNWIND $docs AS doc OPTIONAL MATCH (a:Article {slug: doc.slug}) RETURN doc.slug AS slug, doc.statements AS expected, count(a) AS copies, COUNT { (a)-[:REPORTS]->() } AS statements',
    { docs: acknowledged },
  );
  for (const row of rows) {
    if (row.copies !== 1 || row.statements !== row.expected)
      fail(`article ${row.slug}: ${row.copies} copies, ${row.statements}/${row.expected} statements`);
  }
  const [dupes] = await graph.read(
    'MATCH (e:Entity) WITH e.slug AS slug, count(*) AS n WHERE n > 1 RETURN count(*) AS entities',
  );
  if (Number(dupes?.entities) !== 0) fail(`${dupes?.entities} duplicated entity slugs`);
  if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0)
    fail(`${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`);
  if (graphqlErrors > 0) fail(`${graphqlErrors} responses with GraphQL errors`);
  if (ingestErrors > 0) fail(`${ingestErrors} ingests refused`);

  // Memory levels off: the last third of the run uses at most 15% more than the middle third.
  const third = Math.floor(rss.length / 3);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const middle = mean(rss.slice(third, 2 * third));
  const last = mean(rss.slice(2 * third));
  if (last > middle * 1.15)
    fail(`memory still growing: ${(middle / 2 ** 20).toFixed(0)} MiB -> ${(last / 2 ** 20).toFixed(0)} MiB`);

  const summary = {
    seconds,
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMedianMs: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    baselineHealthRequestsPerSecond: Math.round(baseline.requests.average),
    ratioToBaseline: Number((baseline.requests.average / result.requests.average).toFixed(1)),
    ingestsAcknowledged: acknowledged.length,
    ingestsPerSecond: Number((acknowledged.length / seconds).toFixed(1)),
    rssMiddleThirdMib: Math.round(middle / 2 ** 20),
    rssLastThirdMib: Math.round(last / 2 ** 20),
    failures,
  };
  console.log(JSON.stringify(summary));
  server.close();
  await app.dispose();
} finally {
  await graph.close();
  await local.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failures > 0 ? 1 : 0);
