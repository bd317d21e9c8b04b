import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCli } from '../scripts/lib/cli.js';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { loadSeed } from '../src/ingest/seed.js';
import { ndcgAt, reciprocalRank } from './relevance-metrics.js';
import { benchDatabase } from './support.js';

const USAGE = `
usage: npm run bench:search [-- --set FILE]

Runs every query of the relevance set through search(query, first: 10) on the seed graph (a fresh
bundled Neo4j in a temporary folder) and reports per query the rank of the first relevant hit, MRR
and nDCG@5, then their means.

options:
  --set FILE   the relevance set (default bench/search-relevance.json)
  -h, --help   print this text

exit codes: 0 measured, 1 failed, 2 wrong arguments.
`;

interface RelevanceSet {
  queries: Array<{ query: string; relevant: Record<string, number> }>;
}

const SEARCH = `query ($q: String!) { search(query: $q, first: 10) { node { __typename
  ... on Entity { slug } ... on Article { slug } ... on Statement { text } } } }`;

/** The key a hit has in the set: statements by a fragment of their text, the rest by slug. */
function keyOf(node: Record<string, string>, relevant: Record<string, number>): string {
  if (node.__typename === 'Article') return `article:${node.slug}`;
  if (node.__typename !== 'Statement') return `entity:${node.slug}`;
  const known = Object.keys(relevant).find(
    (k) => k.startsWith('statement:') && node.text?.includes(k.slice(10)),
  );
  return known ?? `statement:${node.text?.slice(0, 40)}`;
}

const { values } = parseCli(USAGE, { set: { type: 'string' } });
const set = JSON.parse(
  readFileSync(values.set ?? join(import.meta.dirname, 'search-relevance.json'), 'utf8'),
) as RelevanceSet;
const dataDir = mkdtempSync(join(tmpdir(), 'news-graph-search-'));
const { graph, local } = await benchDatabase(dataDir);
try {
  await loadSeed(graph);
  const app = createApp({
    graph,
    config: { ...loadConfig(), RATE_LIMIT_PER_MINUTE: 0, COST_BUDGET_PER_MINUTE: 0 },
  });
  const rows: Array<{ query: string; first: string; rr: number; ndcg: number }> = [];
  for (const { query, relevant } of set.queries) {
    const response = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SEARCH, variables: { q: query } }),
    });
    const body = (await response.json()) as { data?: { search: Array<{ node: Record<string, string> }> } };
    const ranked = (body.data?.search ?? []).map((hit) => keyOf(hit.node, relevant));
    const rr = reciprocalRank(ranked, relevant);
    rows.push({ query, first: ranked[0] ?? '-', rr, ndcg: ndcgAt(5, ranked, relevant) });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log('| query | first hit | RR | nDCG@5 |\n|---|---|---|---|');
  for (const r of rows)
    console.log(`| ${r.query} | ${r.first.slice(0, 60)} | ${r.rr.toFixed(2)} | ${r.ndcg.toFixed(2)} |`);
  console.log(
    `| **all ${rows.length}** | | **MRR ${mean(rows.map((r) => r.rr)).toFixed(3)}** | **${mean(rows.map((r) => r.ndcg)).toFixed(3)}** |`,
  );
  await app.dispose();
} finally {
  await graph.close();
  await local.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
