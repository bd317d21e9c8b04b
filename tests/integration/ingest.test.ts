import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { removeArticle } from '../../src/db/article-write.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { type EditableDocument, INGEST, nth, testDocument } from './documents.js';
import { graphCounts, testApp } from './helpers.js';
import type { Edges, IngestArticle, Slug, TotalCount } from './response-types.js';

const { gql, write, graph } = testApp();
// Every test has its own prefix, so none depends on what another wrote (the suite runs shuffled too).
let P = 'ti';
const used: string[] = [];
beforeEach(() => {
  P = `ti${used.length + 1}`;
  used.push(P);
});

async function cleanup() {
  for (const prefix of used)
    for (let n = 0; n < 10; n++) await removeArticle(graph, `${prefix}-article-${n}`);
  for (const slug of ['ti-shared-a', 'ti-shared-b', 'ti-conc-1', 'ti-conc-2'])
    await removeArticle(graph, slug);
}
afterAll(cleanup);

/** `... on Person { affiliations { role } }`: affiliations are there for people only. */
interface Affiliations {
  entity: { affiliations?: Array<{ role: string | null }> } | null;
}

describe('ingestArticle', () => {
  it('creates an article, then the same document again leaves node and relationship counts equal', async () => {
    const doc = testDocument(P, 1);
    const first = await write<IngestArticle>(INGEST, { input: doc });
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestArticle).toMatchObject({
      article: { slug: `${P}-article-1` },
      replaced: false,
      entitiesCreated: 6,
      entitiesReused: 0,
      statementsCreated: 2,
      statementsReused: 0,
      relations: 3,
    });
    const after1 = await graphCounts(graph);
    const second = await write<IngestArticle>(INGEST, { input: doc });
    expect(second.data?.ingestArticle).toMatchObject({
      replaced: true,
      entitiesReused: 6,
      statementsReused: 2,
      statementsCreated: 0,
    });
    expect(await graphCounts(graph)).toEqual(after1);
  });

  it('a changed document replaces what the article said before', async () => {
    await write(INGEST, { input: testDocument(P, 1) });
    const doc = testDocument(P, 2, { statements: 3 });
    await write(INGEST, { input: doc });
    const changed = testDocument(P, 2, { statements: 1 });
    changed.relations = changed.relations.filter((r) => r.type !== 'WORKS_FOR');
    changed.statements = changed.statements.map((s) => ({
      ...s,
      text: `${P} a new statement replacing the others`,
    }));
    const result = await write<IngestArticle>(INGEST, { input: changed });
    expect(result.data?.ingestArticle).toMatchObject({ replaced: true, statementsCreated: 1 });
    const view = await gql<{ article: { statements: TotalCount & Edges<{ text: string }> } | null }>(
      `{ article(slug: "${P}-article-2") { statements { totalCount edges { node { text } } } } }`,
    );
    expect(view.data?.article?.statements.edges.map((e) => e.node.text)).toEqual([
      `${P} a new statement replacing the others`,
    ]);
    // WORKS_FOR is still supported by article 1, so it stays; remove article 1 and it goes.
    const supported = await gql<Affiliations>(
      `{ entity(slug: "${P}-speaker") { ... on Person { affiliations { role } } } }`,
    );
    expect(supported.data?.entity?.affiliations).toHaveLength(1);
    await removeArticle(graph, `${P}-article-1`);
    const person = await gql<Affiliations>(
      `{ entity(slug: "${P}-speaker") { ... on Person { affiliations { role } } } }`,
    );
    expect(person.data?.entity?.affiliations).toEqual([]);
  });

  it('refuses a bad document with all its problems listed, and changes nothing', async () => {
    const before = await graphCounts(graph);
    const bad: EditableDocument = testDocument(P, 3);
    bad.article.publishedOn = '2024-02-30';
    bad.entities.push({ kind: 'ROBOT', slug: `${P}-robot`, name: 'Robot' });
    bad.relations.push({ from: `${P}-model`, type: 'LOVES', to: `${P}-lab` });
    bad.statements.push({ text: 'no speaker', language: 'en', kind: 'QUOTE' });
    bad.statements.push({ speaker: `${P}-ghost`, text: '   ', language: 'en', kind: 'QUOTE' });
    const result = await write(INGEST, { input: bad });
    // One answer with every problem: the enum values GraphQL would have stopped at, and the rest.
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const paths = (result.errors?.[0]?.extensions.problems ?? []).map((p) => p.path);
    const e = bad.entities.length - 1;
    const r = bad.relations.length - 1;
    const s = bad.statements.length - 2;
    expect(paths).toEqual(
      expect.arrayContaining([
        'article.publishedOn',
        `entities.${e}.kind`,
        `relations.${r}.type`,
        `statements.${s}.speaker`,
        `statements.${s + 1}.text`,
        `statements.${s + 1}.speaker`,
      ]),
    );
    expect(await graphCounts(graph)).toEqual(before);
  });

  it('lists every semantic problem at once with its path', async () => {
    const before = await graphCounts(graph);
    const bad = testDocument(P, 4);
    bad.article.publishedOn = '2024-02-30';
    bad.article.language = 'xx';
    nth(bad.statements, 0).speaker = `${P}-ghost`;
    nth(bad.statements, 1).text = '   ';
    nth(bad.statements, 1).about = ['nobody-knows-this'];
    bad.relations.push({ from: `${P}-hall`, type: 'DEVELOPED_BY', to: `${P}-lab` });
    nth(bad.entities, 0).slug = 'Not A Slug';
    const result = await write(INGEST, { input: bad });
    const error = result.errors?.[0];
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    const paths = error?.extensions.problems?.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'article.publishedOn',
        'article.language',
        'statements.1.text',
        'entities.0.slug',
      ]),
    );
    expect(await graphCounts(graph)).toEqual(before);

    // Once the shape is right, unknown slugs and wrong kinds are named, every one.
    const unknown = testDocument(P, 4);
    nth(unknown.statements, 0).speaker = `${P}-ghost`;
    nth(unknown.statements, 1).about = ['nobody-knows-this'];
    unknown.relations.push({ from: `${P}-hall`, type: 'DEVELOPED_BY', to: `${P}-lab` });
    const refused = await write(INGEST, { input: unknown });
    expect(refused.errors?.[0]?.extensions.problems).toEqual(
      expect.arrayContaining([
        { path: 'statements.0.speaker', message: expect.stringContaining(`unknown slug "${P}-ghost"`) },
        {
          path: 'statements.1.about.0',
          message: expect.stringContaining('unknown slug "nobody-knows-this"'),
        },
        { path: 'relations.3.from', message: expect.stringContaining('is a PLACE') },
      ]),
    );
    expect(await graphCounts(graph)).toEqual(before);
  });

  it('refuses the mutation without the token, or with a wrong one, and changes nothing', async () => {
    const before = await graphCounts(graph);
    const attempts: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer wrong-token-wrong-token' },
      { authorization: 'Basic abc' },
    ];
    for (const headers of attempts) {
      const result = await gql(INGEST, { input: testDocument(P, 5) }, headers);
      expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(await graphCounts(graph)).toEqual(before);
  });

  it('one quote from two articles is one statement reported in both', async () => {
    const a = testDocument(P, 6);
    a.article.slug = 'ti-shared-a';
    const b = testDocument(P, 7);
    b.article.slug = 'ti-shared-b';
    b.statements = [{ ...nth(a.statements, 0), text: `  “${nth(a.statements, 0).text.toUpperCase()}”  ` }];
    await write(INGEST, { input: a });
    const second = await write<IngestArticle>(INGEST, { input: b });
    expect(second.data?.ingestArticle).toMatchObject({ statementsCreated: 0, statementsReused: 1 });
    const result = await gql<{
      statements: TotalCount & Edges<{ reportedIn: TotalCount & Edges<Slug> }>;
    }>(
      `query ($t: String!) { statements(filter: { text: $t, speaker: ["${P}-speaker"] }) { totalCount edges { node { reportedIn { totalCount edges { node { slug } } } } } } }`,
      { t: nth(a.statements, 0).text },
    );
    const statements = result.data?.statements;
    expect(statements?.totalCount).toBe(1);
    expect(statements?.edges[0]?.node.reportedIn.edges.map((e) => e.node.slug).sort()).toEqual([
      'ti-shared-a',
      'ti-shared-b',
    ]);
  });

  it('resolves an entity by Wikidata id or by name to the existing one', async () => {
    const doc: EditableDocument = testDocument(P, 8);
    doc.entities.push({
      kind: 'ORGANIZATION',
      slug: 'open-ai-inc',
      name: 'OpenAI Inc.',
      wikidataId: 'Q21708200',
    });
    doc.entities.push({ kind: 'PLACE', slug: 'muenchen', name: 'München', aliases: ['Munich'] });
    // "TUM" is only an alias of the university: found by alias.
    doc.entities.push({ kind: 'ORGANIZATION', slug: 'tum', name: 'TUM' });
    nth(doc.statements, 0).about = [`${P}-model`, 'open-ai-inc', 'muenchen', 'tum'];
    const result = await write<IngestArticle>(INGEST, { input: doc });
    expect(result.errors).toBeUndefined();
    expect(result.data?.ingestArticle.resolved).toEqual(
      expect.arrayContaining([
        { slug: 'open-ai-inc', to: 'openai', by: 'wikidataId' },
        { slug: 'muenchen', to: 'munich', by: 'name' },
        { slug: 'tum', to: 'technical-university-of-munich', by: 'name' },
      ]),
    );
    const nobody = await gql(
      '{ a: entity(slug: "open-ai-inc") { slug } b: entity(slug: "muenchen") { slug } }',
    );
    expect(nobody.data).toEqual({ a: null, b: null });
    const [row] = await graph.read("MATCH (e:Entity {wikidataId: 'Q21708200'}) RETURN count(e) AS n");
    expect(row?.n).toBe(1);
    await removeArticle(graph, `${P}-article-8`);
    const openai = await gql<{ entity: { aliases: string[] } | null }>(
      '{ entity(slug: "openai") { aliases } }',
    );
    expect(openai.data?.entity?.aliases).toContain('OpenAI Inc.');
  });
});

describe('all or nothing', () => {
  it('an error after half of the batches leaves no part of the document, and the same document then goes in whole', async () => {
    const before = await graphCounts(graph);
    const doc = testDocument(P, 9, { statements: 4 });
    let batches = 0;
    await expect(
      ingestDocument(graph, doc, {
        afterBatch: (name) => {
          batches += 1;
          if (name === 'statements') throw new Error('injected failure after the statements batch');
        },
      }),
    ).rejects.toThrow('injected failure');
    expect(batches).toBeGreaterThan(3);
    expect(await graphCounts(graph)).toEqual(before);
    const view = await gql<{ article: Slug | null }>(`{ article(slug: "${P}-article-9") { slug } }`);
    expect(view.data?.article).toBeNull();

    const ok = await ingestDocument(graph, doc);
    expect(ok.statementsCreated).toBe(4);
  });

  it('two ingests of overlapping documents at once both land without duplicates', async () => {
    const a = testDocument(P, 0, { statements: 3 });
    a.article.slug = 'ti-conc-1';
    const b = testDocument(P, 0, { statements: 3 });
    b.article.slug = 'ti-conc-2';
    const [ra, rb] = await Promise.all([write(INGEST, { input: a }), write(INGEST, { input: b })]);
    expect(ra.errors).toBeUndefined();
    expect(rb.errors).toBeUndefined();
    const [row] = await graph.read(
      `MATCH (e:Entity) WHERE e.slug STARTS WITH $p WITH e.slug AS slug, count(*) AS n WHERE n > 1 RETURN count(slug) AS duplicates`,
      { p: `${P}-` },
    );
    expect(row?.duplicates).toBe(0);
    const shared = await gql<{ statements: Edges<{ reportedIn: TotalCount }> }>(
      `{ statements(filter: { article: "ti-conc-1" }) { edges { node { reportedIn { totalCount } } } } }`,
    );
    expect(shared.data?.statements.edges.map((e) => e.node.reportedIn.totalCount)).toEqual([2, 2, 2]);
  });
});
