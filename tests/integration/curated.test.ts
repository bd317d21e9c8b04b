import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeArticle } from '../../src/db/article-write.js';
import { type EditableDocument, INGEST, nth, testDocument } from './documents.js';
import { graphCounts, testApp } from './helpers.js';
import type { IngestArticle, Slug } from './response-types.js';

/**
 * Curated facts are never silently replaced: ingest keeps them and reports conflicts, updateEntity
 * changes them and records each change, removeArticle leaves them (and curated entities) alone, and
 * drafts with open review items or placeholders are refused. Every test owns its data (slugs under
 * its own prefix tcur-<letter>); the seed's sam-altman is changed only through updateEntity and
 * restored at the end.
 */
const { gql, write, graph } = testApp();
const ROOT = 'tcur';

const INGEST_CONFLICTS = `mutation ($input: ArticleInput!) {
  ingestArticle(input: $input) { article { slug } entitiesReused conflicts { slug field kept offered } }
}`;
const UPDATE = `mutation ($slug: String!, $patch: EntityPatch!) {
  updateEntity(slug: $slug, patch: $patch) { slug name description aliases wikidataId }
}`;
const ENTITY = `query ($slug: String!) {
  entity(slug: $slug) { slug name description aliases wikidataId history(first: 50) { at by field old new } }
}`;

interface Conflict {
  slug: string;
  field: string;
  kept: string;
  offered: string;
}
interface IngestConflicts {
  ingestArticle: { article: Slug; entitiesReused: number; conflicts: Conflict[] };
}
interface CuratedFacts {
  slug: string;
  name: string;
  description: string | null;
  aliases: string[];
  wikidataId: string | null;
}
interface UpdateResult {
  updateEntity: CuratedFacts | null;
}
interface EntityChange {
  at: string;
  by: string;
  field: string;
  old: string | null;
  new: string | null;
}
interface EntityResult {
  entity: (CuratedFacts & { history: EntityChange[] }) | null;
}

const entity = async (slug: string) => (await gql<EntityResult>(ENTITY, { slug })).data?.entity;

let altmanAtStart: EntityResult['entity'] | undefined;
beforeAll(async () => {
  altmanAtStart = await entity('sam-altman');
});

afterAll(async () => {
  const articles = await graph.read(
    'MATCH (a:Article) WHERE a.slug STARTS WITH $root RETURN a.slug AS slug',
    {
      root: `${ROOT}-`,
    },
  );
  for (const { slug } of articles) await removeArticle(graph, String(slug));
  // Curated entities outlive their articles by design; this suite's own go with their history.
  await graph.write(
    `MATCH (e:Entity) WHERE e.slug STARTS WITH $root
     OPTIONAL MATCH (e)<-[:CHANGES]-(c:EntityChange)
     DETACH DELETE c, e`,
    { root: `${ROOT}-` },
  );
  // Other suites read the seed's facts: put sam-altman's back (its history rows stay).
  await write(UPDATE, {
    slug: 'sam-altman',
    patch: { name: altmanAtStart?.name, description: altmanAtStart?.description },
  });
});

/** A test document that also redefines sam-altman, with another name and description. */
function redefiningAltman(P: string, description?: string | null) {
  const doc: EditableDocument = testDocument(P, 1);
  doc.entities.push({
    kind: 'PERSON',
    slug: 'sam-altman',
    name: 'Samuel H. Altman',
    description,
    wikidataId: 'Q7407093',
    mentioned: false,
  });
  return doc;
}

describe('ingest keeps curated facts', () => {
  it('an existing entity redefined keeps its name and description, and the payload lists the conflicts', async () => {
    const P = `${ROOT}-a`;
    const before = await entity('sam-altman');
    const result = await write<IngestConflicts>(INGEST_CONFLICTS, {
      input: redefiningAltman(P, 'An American investor.'),
    });
    expect(result.errors).toBeUndefined();
    const conflicts = result.data?.ingestArticle.conflicts;
    expect(conflicts).toEqual(
      expect.arrayContaining([
        { slug: 'sam-altman', field: 'name', kept: before?.name, offered: 'Samuel H. Altman' },
        {
          slug: 'sam-altman',
          field: 'description',
          kept: before?.description,
          offered: 'An American investor.',
        },
      ]),
    );
    // The same Wikidata id is no conflict.
    expect(conflicts?.map((c) => c.field).sort()).toEqual(['description', 'name']);
    const after = await entity('sam-altman');
    expect(after).toMatchObject({
      name: before?.name,
      description: before?.description,
      wikidataId: 'Q7407093',
    });
    expect(after?.history).toEqual(before?.history);
  });

  it('fills a missing fact without a conflict, then keeps it against another document', async () => {
    const P = `${ROOT}-b`;
    const first = await write<IngestConflicts>(INGEST_CONFLICTS, { input: testDocument(P, 2) });
    expect(first.data?.ingestArticle.conflicts).toEqual([]);
    const filling: EditableDocument = testDocument(P, 3);
    nth(filling.entities, 2).description = 'A research lab.';
    const second = await write<IngestConflicts>(INGEST_CONFLICTS, { input: filling });
    expect(second.data?.ingestArticle.conflicts).toEqual([]);
    const other: EditableDocument = testDocument(P, 4);
    nth(other.entities, 2).description = 'A bakery.';
    const third = await write<IngestConflicts>(INGEST_CONFLICTS, { input: other });
    expect(third.data?.ingestArticle.conflicts).toEqual([
      { slug: `${P}-lab`, field: 'description', kept: 'A research lab.', offered: 'A bakery.' },
    ]);
    expect((await entity(`${P}-lab`))?.description).toBe('A research lab.');
  });
});

describe('updateEntity', () => {
  it('needs the write token, changes the description, records it in history, and removing the article keeps it', async () => {
    const P = `${ROOT}-c`;
    const before = await entity('sam-altman');
    const described = `Chief executive of OpenAI (${P} ${Date.now()}).`;
    const counts = await graphCounts(graph);
    const refused = await gql(UPDATE, { slug: 'sam-altman', patch: { description: described } });
    expect(refused.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await graphCounts(graph)).toEqual(counts);
    expect(await entity('sam-altman')).toEqual(before);

    const updated = await write<UpdateResult>(UPDATE, {
      slug: 'sam-altman',
      patch: { description: described },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateEntity).toMatchObject({ slug: 'sam-altman', description: described });
    const [latest] = (await entity('sam-altman'))?.history ?? [];
    expect(latest).toMatchObject({
      by: 'write',
      field: 'description',
      old: before?.description,
      new: described,
    });
    // latest is there (checked above): `?? ''` only satisfies the compiler.
    expect(new Date(latest?.at ?? '').toISOString()).toBe(latest?.at);
    expect(Date.now() - Date.parse(latest?.at ?? '')).toBeLessThan(60_000);

    // The same value again records nothing.
    await write(UPDATE, { slug: 'sam-altman', patch: { description: described } });
    expect((await entity('sam-altman'))?.history[0]).toEqual(latest);

    // A document offering the old description neither replaces the curated one nor survives removal.
    const ingested = await write<IngestConflicts>(INGEST_CONFLICTS, {
      input: redefiningAltman(P, before?.description),
    });
    expect(ingested.data?.ingestArticle.conflicts).toContainEqual({
      slug: 'sam-altman',
      field: 'description',
      kept: described,
      offered: before?.description,
    });
    expect(await removeArticle(graph, `${P}-article-1`)).toBe(true);
    expect((await entity('sam-altman'))?.description).toBe(described);
  });

  it('keeps name keys and aliases consistent: the new alias resolves the next document', async () => {
    const P = `${ROOT}-d`;
    await write(INGEST, { input: testDocument(P, 1) });
    const renamed = await write<UpdateResult>(UPDATE, {
      slug: `${P}-outlet`,
      patch: { name: `${P} Daily Outlet`, aliases: [`${P} Morning Paper`, `${P} Morning Paper`] },
    });
    expect(renamed.data?.updateEntity).toMatchObject({
      name: `${P} Daily Outlet`,
      aliases: [`${P} Morning Paper`],
    });
    const history = (await entity(`${P}-outlet`))?.history;
    expect(history?.map((h) => h.field)).toEqual(['name', 'aliases']);
    expect(history?.[1]).toMatchObject({ old: '[]', new: JSON.stringify([`${P} Morning Paper`]) });

    const doc = testDocument(P, 2);
    doc.entities.push({ kind: 'ORGANIZATION', slug: `${P}-paper`, name: `${P} morning-paper` });
    doc.entities.push({ kind: 'ORGANIZATION', slug: `${P}-daily`, name: `${P} Daily Outlet` });
    const result = await write<IngestArticle>(INGEST, { input: doc });
    expect(result.data?.ingestArticle.resolved).toEqual(
      expect.arrayContaining([
        { slug: `${P}-paper`, to: `${P}-outlet`, by: 'name' },
        { slug: `${P}-daily`, to: `${P}-outlet`, by: 'name' },
      ]),
    );
  });

  it('lists every problem at once (unknown slug, bad values, a taken Wikidata id) and writes nothing', async () => {
    const P = `${ROOT}-e`;
    const counts = await graphCounts(graph);
    const unknown = await write<UpdateResult>(UPDATE, {
      slug: `${P}-nobody`,
      patch: { wikidataId: 'wikidata:1' },
    });
    expect(unknown.data?.updateEntity).toBeNull();
    expect(unknown.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.extensions.problems?.map((p) => p.path).sort()).toEqual([
      'patch.wikidataId',
      'slug',
    ]);
    const before = await entity('sam-altman');
    const bad = await write(UPDATE, {
      slug: 'sam-altman',
      patch: { name: null, wikidataId: 'Q21708200', releasedOn: '2024-01-01', description: 'x' },
    });
    const problems = bad.errors?.[0]?.extensions.problems;
    expect(problems).toEqual(
      expect.arrayContaining([{ path: 'patch.name', message: expect.stringContaining('cannot be cleared') }]),
    );
    const taken = await write(UPDATE, {
      slug: 'sam-altman',
      patch: { wikidataId: 'Q21708200', releasedOn: '2024-01-01', description: 'x' },
    });
    expect(taken.errors?.[0]?.extensions.problems).toEqual([
      { path: 'patch.releasedOn', message: expect.stringContaining('only an AI_MODEL has releasedOn') },
      { path: 'patch.wikidataId', message: expect.stringContaining('already belongs to "openai"') },
    ]);
    expect(await entity('sam-altman')).toEqual(before);
    expect(await graphCounts(graph)).toEqual(counts);
  });

  it('removeArticle never deletes a curated entity, even when no article mentions it any more', async () => {
    const P = `${ROOT}-f`;
    await write(INGEST, { input: testDocument(P, 1, { speaker: `${P}-curated` }) });
    await write(UPDATE, { slug: `${P}-curated`, patch: { description: 'Checked by a person.' } });
    expect(await removeArticle(graph, `${P}-article-1`)).toBe(true);
    const kept = await entity(`${P}-curated`);
    expect(kept).toMatchObject({ description: 'Checked by a person.', history: [{ field: 'description' }] });
    const [row] = await graph.read(
      'MATCH (a:Article)-[:MENTIONS]->(:Entity {slug: $slug}) RETURN count(a) AS n',
      {
        slug: `${P}-curated`,
      },
    );
    expect(row?.n).toBe(0);
    // The uncurated entities of the article went with it, as before.
    expect(await entity(`${P}-lab`)).toBeNull();
  });
});

describe('drafts', () => {
  it('open review items are refused, one problem per item, and nothing is written', async () => {
    const P = `${ROOT}-g`;
    const counts = await graphCounts(graph);
    const draft: EditableDocument = testDocument(P, 1);
    draft.review = {
      todo: [
        { path: 'statements.0.about', message: 'what is the quote about?' },
        { path: 'article.publishedOn', message: 'the publication day' },
      ],
      unsure: [{ path: 'statements.0.speaker', what: `${P}-speaker`, confidence: 0.4, start: 0, end: 12 }],
    };
    const refused = await write(INGEST, { input: draft });
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions.problems).toEqual([
      {
        path: 'review.todo.0',
        message: expect.stringContaining('"statements.0.about": what is the quote about?'),
      },
      {
        path: 'review.todo.1',
        message: expect.stringContaining('"article.publishedOn": the publication day'),
      },
    ]);
    expect(await graphCounts(graph)).toEqual(counts);

    draft.review.todo = [];
    const reviewed = await write<IngestArticle>(INGEST, { input: draft });
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data?.ingestArticle.article.slug).toBe(`${P}-article-1`);
  });

  it('a REPLACE-ME placeholder is refused at its path', async () => {
    const P = `${ROOT}-h`;
    const counts = await graphCounts(graph);
    const draft = testDocument(P, 1);
    draft.article.url = 'https://example.com/replace-me';
    const refused = await write(INGEST, { input: draft });
    expect(refused.errors?.[0]?.extensions.problems).toEqual([
      { path: 'article.url', message: 'is a placeholder: replace it' },
    ]);
    expect(await graphCounts(graph)).toEqual(counts);
  });
});
