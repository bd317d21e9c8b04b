import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Params } from '../src/db/graph.js';
import { toParams } from '../src/db/mapping.js';
import { arg, benchDatabase, planSummary, recordCypher } from './support.js';

/**
 * The query plans behind each lookup: runs every lookup of bench/lookups.bench.ts once through the
 * API, records the Cypher it sends, and prints the operators of EXPLAIN for each statement, marking
 * label and full scans. node --import tsx bench/plans.ts --data .data/bench-10k
 * With --profile, runs each statement with PROFILE instead and prints its database hits and rows.
 */
const profile = process.argv.includes('--profile');
const { graph, local } = await benchDatabase(arg('data', '.data/bench-10k'));
const app = createApp({ graph, config: { ...loadConfig(), RATE_LIMIT_PER_MINUTE: 0 } });
const lookups: Record<string, string> = {
  'statements(speaker, about)':
    '{ statements(filter: { speaker: ["gen-person-00000"], about: ["gen-model-00000"] }) { edges { node { text speaker { slug } about { slug } event { slug } place { slug } reportedIn { totalCount } } } } }',
  'statements(place)': '{ statements(filter: { place: ["gen-country-00001"] }) { totalCount } }',
  'statements(place, from, to)':
    '{ statements(filter: { place: ["gen-country-00001"], from: "2023-01-01", to: "2023-12-31" }) { edges { node { text } } } }',
  'statements(from, to)':
    '{ statements(filter: { from: "2023-03-01", to: "2023-03-31" }) { edges { node { text speaker { slug } } } } }',
  'entity page':
    '{ entity(slug: "gen-person-00000") { name ... on Person { statements(first: 10) { edges { node { text about { slug } reportedIn(first: 3) { edges { node { title } } } } } } } } }',
  'article page':
    '{ article(slug: "gen-article-000100") { title statements { edges { node { text speaker { slug } about { slug } } } } mentions { slug } } }',
  'statements(text)': '{ statements(filter: { text: "Sicherheit" }) { totalCount } }',
  search: '{ search(query: "Open-Source-Modelle") { score } }',
  paths: '{ paths(from: "google", to: "gen-person-00000") { length } }',
  connections: '{ entity(slug: "gen-org-00000") { connections { totalCount edges { node { support } } } } }',
  coMentions: '{ coMentions(slug: "gen-person-00000") { count } }',
  timeline: '{ timeline(slug: "gen-person-00000") { totalCount byMonth { count } edges { node { date } } } }',
  related: '{ article(slug: "gen-article-000100") { related { score } } }',
  articles: '{ articles { totalCount edges { node { slug } } } }',
};
const session = graph.driver.session();
try {
  for (const [name, query] of Object.entries(lookups)) {
    const recorded = await recordCypher(app, graph, query);
    console.log(`\n## ${name}`);
    let total = 0;
    for (const { cypher, params } of recorded) {
      const result = await session.run(
        `${profile ? 'PROFILE' : 'EXPLAIN'} ${cypher}`,
        toParams(params) as Params,
      );
      const { operators, dbHits: hits } = planSummary(profile ? result.summary.profile : result.summary.plan);
      total += hits;
      const scans = operators.filter((op) => /AllNodesScan|NodeByLabelScan/.test(op));
      const first = cypher.trim().split('\n')[0]?.slice(0, 90);
      const cost = profile ? ` (${hits.toLocaleString('en')} db hits, ${result.records.length} rows)` : '';
      console.log(
        `- ${scans.length ? `SCAN (${scans.join(', ')})` : 'ok'}: \`${first}\`${cost} -> ${[...new Set(operators)].filter((op) => /Seek|Scan|Procedure|Expand|VarLength|ShortestPath/.test(op)).join(', ')}`,
      );
    }
    if (profile) console.log(`- total: ${recorded.length} statements, ${total.toLocaleString('en')} db hits`);
  }
} finally {
  await session.close();
  await app.dispose();
  await graph.close();
  await local.stop();
}
