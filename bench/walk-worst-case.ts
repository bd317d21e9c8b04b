import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Params } from '../src/db/graph.js';
import { toParams } from '../src/db/mapping.js';
import { arg, benchDatabase, planSummary, recordCypher } from './support.js';

/**
 * The day-index walks' worst case (bench/PLANS.md): a hub whose statements all lie at the far end of
 * the archive from where its walk starts. Two such hubs are added in a transaction that is rolled
 * back: `early-hub` said 1,000 things before everything else in the graph (its newest-first pages
 * walk from today), `late-hub` 1,000 things after everything else (its timeline walks from the
 * oldest day). Each page query is sent through the API once to record its Cypher, then PROFILEd
 * inside that transaction; the baseline is the hand-written expansion of the same hub, sorted, in
 * the same transaction.
 *   node --import tsx bench/walk-worst-case.ts --data .data/bench-10k
 */
const { graph, local } = await benchDatabase(arg('data', '.data/bench-10k'));
const app = createApp({ graph, config: { ...loadConfig(), RATE_LIMIT_PER_MINUTE: 0 } });

const PAGES: Record<string, { query: string; baseline: string }> = {
  'timeline(late-hub, first: 20)': {
    query: '{ timeline(slug: "late-hub", first: 20) { edges { node { date } } } }',
    baseline:
      "MATCH (:Entity {slug: 'late-hub'})-[:SAID|ABOUT]-(s:Statement) RETURN s ORDER BY s.saidOn, s.id LIMIT 21",
  },
  'statements(speaker: early-hub, first: 20)': {
    query: '{ statements(filter: { speaker: ["early-hub"] }, first: 20) { edges { node { text } } } }',
    baseline:
      "MATCH (:Entity {slug: 'early-hub'})-[:SAID]->(s:Statement) RETURN s ORDER BY s.saidOn DESC, s.id DESC LIMIT 21",
  },
  'entity page (early-hub, 10 statements)': {
    query:
      '{ entity(slug: "early-hub") { name ... on Person { statements(first: 10) { edges { node { text } } } } } }',
    baseline:
      "MATCH (e:Entity {slug: 'early-hub'}) RETURN e.name, COLLECT { MATCH (e)-[:SAID]->(s:Statement) WITH s ORDER BY s.saidOn DESC, s.id DESC LIMIT 11 RETURN s.text }",
  },
};

const HUBS = `
CREATE (late:Entity:Person {slug: 'late-hub', name: 'Late Hub', kind: 'PERSON', aliases: []}),
       (early:Entity:Person {slug: 'early-hub', name: 'Early Hub', kind: 'PERSON', aliases: []})
WITH late, early
CALL () { MATCH (s:Statement) RETURN min(s.saidOn) AS oldest, max(s.saidOn) AS newest }
UNWIND range(1, 1000) AS i
CREATE (late)-[:SAID]->(:Statement {id: 'late-' + i, text: 'late ' + i, kind: 'QUOTE', language: 'en',
  saidOn: newest + duration({days: 1 + i % 25})})
CREATE (early)-[:SAID]->(:Statement {id: 'early-' + i, text: 'early ' + i, kind: 'QUOTE', language: 'en',
  saidOn: oldest - duration({days: 1 + i % 25})})`;

const session = graph.driver.session();
try {
  // The API's Cypher for each page (the hubs do not exist yet; the statement is the same).
  const recorded = new Map<string, Array<{ cypher: string; params: Params }>>();
  for (const [name, { query }] of Object.entries(PAGES))
    recorded.set(name, await recordCypher(app, graph, query));

  const tx = session.beginTransaction();
  try {
    await tx.run(HUBS);
    const dbHits = async (cypher: string, params: Params = {}) =>
      planSummary((await tx.run(`PROFILE ${cypher}`, toParams(params) as Params)).summary.profile).dbHits;
    console.log('| page | API db hits | hand-written expansion db hits | API / expansion |');
    console.log('|---|---|---|---|');
    for (const [name, { baseline }] of Object.entries(PAGES)) {
      let api = 0;
      for (const { cypher, params } of recorded.get(name) ?? []) api += await dbHits(cypher, params);
      const expansion = await dbHits(baseline);
      console.log(
        `| ${name} | ${api.toLocaleString('en')} | ${expansion.toLocaleString('en')} | ${(api / expansion).toFixed(1)}× |`,
      );
    }
  } finally {
    await tx.rollback();
  }
} finally {
  await session.close();
  await app.dispose();
  await graph.close();
  await local.stop();
}
