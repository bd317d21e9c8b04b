import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeArticle } from '../../src/db/article-write.js';
import { INGEST, testDocument } from './documents.js';
import { testApp } from './helpers.js';
import type { Edges, NextPage } from './response-types.js';

/**
 * A hub's lists walk the day index instead of reading the whole list (src/db/sort-orders.ts,
 * `walkedPage`: an entity's own lists, the statements root field, and oldest first a timeline's
 * statements): the pages must hold the same statements in the same order as sorting all of them,
 * through the compiled root field and through the loaders, undated statements last.
 */
const { gql, write, graph } = testApp();
const ARTICLES = [1, 2, 3];
const PAGE_SIZE = 4;

beforeAll(async () => {
  for (const n of ARTICLES) {
    const doc = testDocument('th', n, { statements: 40 });
    // Every seventh statement undated; the rest share a handful of days (ties broken by id).
    doc.statements.forEach((statement, i) => {
      if (i % 7 === 3) delete (statement as { saidOn?: string }).saidOn;
    });
    // An event on the speaker's timeline, on a day with statements of article 2.
    doc.relations.push({ from: 'th-speaker', type: 'PARTICIPATED_IN', to: 'th-event' });
    for (const entity of doc.entities) if (entity.slug === 'th-event') entity.startsOn = '2024-02-12';
    expect((await write(INGEST, { input: doc })).errors).toBeUndefined();
  }
});
afterAll(async () => {
  for (const n of ARTICLES) await removeArticle(graph, `th-article-${n}`);
});

const COMPILED = `query ($after: String) {
  entity(slug: "th-speaker") { ... on Person {
    statements(first: ${PAGE_SIZE}, after: $after) { pageInfo { hasNextPage endCursor } edges { node { text saidOn } } }
  } }
}`;
const LOADED = `query ($id: ID!, $after: String) {
  node(id: $id) { ... on Person {
    statements(first: ${PAGE_SIZE}, after: $after) { pageInfo { hasNextPage endCursor } edges { node { text saidOn } } }
  } }
}`;

type Listed = Edges<{ text: string; saidOn: string | null }> & { pageInfo: NextPage };

async function everyPage(fetchPage: (after: string | null) => Promise<Listed | undefined>) {
  const texts: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page = await fetchPage(after);
    if (!page) throw new Error('no page');
    texts.push(...page.edges.map((e) => e.node.text));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return texts;
}

describe('newest-first pages of a hub', () => {
  it('hold what sorting all of the hub’s statements gives, page after page', async () => {
    // The hub rule (degree² × 2 > all statements × page size) holds here, or this test tests nothing.
    const [counts] = await graph.read(
      "MATCH (p:Entity {slug: 'th-speaker'}) RETURN COUNT { (p)-[:SAID]->() } AS degree, COUNT { (:Statement) } AS total",
    );
    const degree = Number(counts?.degree);
    expect(degree).toBe(120);
    expect(degree * degree * 2).toBeGreaterThan(Number(counts?.total) * (PAGE_SIZE + 1));

    const all = await graph.read(
      `MATCH (:Entity {slug: 'th-speaker'})-[:SAID]->(s:Statement)
       RETURN s.text AS text ORDER BY coalesce(s.saidOn, date('0001-01-01')) DESC, s.id DESC`,
    );
    const expected = all.map((row) => String(row.text));

    const compiled = await everyPage(
      async (after) =>
        (await gql<{ entity: { statements: Listed } }>(COMPILED, { after })).data?.entity.statements,
    );
    expect(compiled).toEqual(expected);

    const { data } = await gql<{ entity: { id: string } }>('{ entity(slug: "th-speaker") { id } }');
    const loaded = await everyPage(
      async (after) =>
        (await gql<{ node: { statements: Listed } }>(LOADED, { id: data?.entity.id, after })).data?.node
          .statements,
    );
    expect(loaded).toEqual(expected);
  });

  it('who said what (a busy speaker, a subject, a date bound) and a busy place page as sorting all of the matches does', async () => {
    const STATEMENTS = `query ($filter: StatementFilter, $after: String) {
      statements(filter: $filter, first: ${PAGE_SIZE}, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { text saidOn } }
      }
    }`;
    // Every statement of these documents is at th-event, held at th-hall: the place's statements are the speaker's.
    for (const filter of [
      { speaker: ['th-speaker'], about: ['th-model'] },
      { speaker: ['th-speaker'], to: '2024-05-15' },
      { place: ['th-hall'] },
      { place: ['th-hall'], from: '2024-03-01', to: '2024-06-30' },
    ]) {
      const rows = await graph.read(
        `MATCH (:Entity {slug: 'th-speaker'})-[:SAID]->(s:Statement)-[:ABOUT]->(:Entity {slug: 'th-model'})
         WHERE ($to IS NULL OR s.saidOn <= date($to)) AND ($from IS NULL OR s.saidOn >= date($from))
           AND ($place IS NULL OR EXISTS { (s)-[:AT_EVENT]->(:Event)-[:HELD_AT]->(:Entity {slug: $place}) })
         RETURN s.text AS text ORDER BY coalesce(s.saidOn, date('0001-01-01')) DESC, s.id DESC`,
        { to: filter.to ?? null, from: filter.from ?? null, place: filter.place?.[0] ?? null },
      );
      const expected = rows.map((row) => String(row.text));
      expect(expected.length).toBeGreaterThan(3 * PAGE_SIZE);
      const paged = await everyPage(
        async (after) => (await gql<{ statements: Listed }>(STATEMENTS, { filter, after })).data?.statements,
      );
      expect(paged).toEqual(expected);
    }
  });

  it('a hub’s timeline pages oldest first as sorting all of its entries does, and refuses a cursor of another list', async () => {
    const TIMELINE = `query ($first: Int, $after: String) {
      timeline(slug: "th-speaker", first: $first, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { date statement { text } event { slug } } }
      }
    }`;
    type TimelinePage = Edges<{
      date: string | null;
      statement: { text: string } | null;
      event: { slug: string } | null;
    }> & {
      pageInfo: NextPage;
    };
    const SIZES = [3, 4, 5];
    // The timeline's hub rule (src/db/timeline.ts) holds here, or this test tests only the expansion.
    const [counts] = await graph.read(
      "MATCH (x:Entity {slug: 'th-speaker'}) RETURN COUNT { (x)-[:SAID|ABOUT]-() } AS degree, COUNT { (:Statement) } AS total",
    );
    const degree = Number(counts?.degree);
    expect(degree * degree * 2).toBeGreaterThan(Number(counts?.total) * (Math.max(...SIZES) + 1));

    const rows = await graph.read(
      `MATCH (x:Entity {slug: 'th-speaker'})
       CALL (x) {
         MATCH (x)-[:SAID|ABOUT]-(s:Statement) RETURN s.saidOn AS date, 'statement' AS kind, s.id AS key, s.text AS label
         UNION
         MATCH (x)-[:PARTICIPATED_IN]->(e:Event) RETURN e.startsOn AS date, 'event' AS kind, e.slug AS key, e.slug AS label
       }
       RETURN coalesce(toString(date), 'null') + '|' + label AS entry ORDER BY date IS NULL, date, kind, key`,
    );
    const expected = rows.map((row) => String(row.entry));
    // The event falls on a day with statements: it comes first on that day.
    const onEventDay = expected.filter((entry) => entry.startsWith('2024-02-12|'));
    expect(onEventDay[0]).toBe('2024-02-12|th-event');
    expect(onEventDay.length).toBeGreaterThan(1);

    // Page sizes 3, 4 and 5 put the page boundaries in different places: on the event, inside a day.
    for (const first of SIZES) {
      const entries: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const page: TimelinePage | undefined = (
          await gql<{ timeline: TimelinePage }>(TIMELINE, { first, after })
        ).data?.timeline;
        if (!page) throw new Error('no page');
        entries.push(
          ...page.edges.map((e) => `${e.node.date}|${e.node.statement?.text ?? e.node.event?.slug}`),
        );
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(entries).toEqual(expected);
    }

    // An entity statements cursor is not a timeline cursor; nor is one with an impossible day.
    const listed = await gql<{ entity: { statements: Listed } }>(COMPILED, { after: null });
    const forged = Buffer.from('c1:2024-13-01|statement|x').toString('base64url');
    for (const after of [listed.data?.entity.statements.pageInfo.endCursor, forged]) {
      const refused = await gql(TIMELINE, { first: 3, after });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.message).toMatch(/cursor of another list/);
    }
  });
});
