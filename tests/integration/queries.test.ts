import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE, testApp } from './helpers.js';
import type { Edges, EntityRef, Slug, TotalCount } from './response-types.js';

const { gql } = testApp();

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface StatementNode {
  id: string;
  text: string;
  kind: string;
  language: string;
  saidOn: string | null;
  translation: string | null;
  speaker: Slug;
  about: Slug[];
  event: { slug: string; startsOn: string | null } | null;
  place: { slug: string; within: Slug | null } | null;
}
type StatementPage = TotalCount & {
  pageInfo: PageInfo;
  edges: Array<{ cursor: string; node: StatementNode }>;
};
interface StatementsResult {
  statements: StatementPage;
}
interface Id {
  id: string;
}
interface EntityIds {
  altman: Id | null;
  openai: Id | null;
  whisper: Id | null;
  event: Id | null;
  munich: Id | null;
  topic: Id | null;
  article: (Id & { statements: Edges<Id> }) | null;
}
interface ArticleListNode {
  slug: string;
  title: string;
  language: string;
  publishedOn: string | null;
  section: string | null;
  outlet: Slug | null;
  authors: Slug[];
}
/** Fields under `... on Person` are there for people only. */
interface PersonPage {
  entity: {
    name: string;
    aliases: string[];
    wikidataId: string | null;
    mentionedIn: TotalCount & Edges<Slug>;
    affiliations?: Array<{ role: string | null; organization: Slug }>;
    statements?: TotalCount & Edges<{ speaker: Slug }>;
  } | null;
}
/** Three levels of `... on Place { within { slug … } }`, an event's place and a topic's count. */
interface PlacesPage {
  place: { within?: { slug: string; within: { slug: string; within: Slug | null } | null } | null } | null;
  event: { startsOn?: string | null; place?: Slug | null; statements?: TotalCount } | null;
  topic: { statementsAbout: TotalCount } | null;
}

const STATEMENTS = `query ($filter: StatementFilter, $first: Int, $after: String) {
  statements(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id text kind language saidOn translation
      speaker { slug } about { slug } event { slug startsOn } place { slug within { slug } } } }
  }
}`;

async function statements(filter: Record<string, unknown>, first?: number) {
  const result = await gql<StatementsResult>(STATEMENTS, { filter, first });
  expect(result.errors).toBeUndefined();
  return result.data?.statements;
}

const texts = (connection: Edges<{ text: string }> | undefined) => connection?.edges.map((e) => e.node.text);

describe('who said what about which model, where and when (seed)', () => {
  it('finds the GPT-6 quote by speaker and subject, with its event, place and date', async () => {
    const found = await statements({ speaker: ['sam-altman'], about: ['gpt-6'] });
    const quote = found?.edges.find((e) => e.node.kind === 'QUOTE')?.node;
    expect(quote).toMatchObject({
      text: 'Wir werden das nicht machen, aber es ist interessant, das zu wissen',
      language: 'de',
      saidOn: '2023-05-25',
      speaker: { slug: 'sam-altman' },
      event: { slug: 'sam-altman-at-tum-2023', startsOn: '2023-05-25' },
      place: { slug: 'tum-audimax', within: { slug: 'munich' } },
    });
    expect(quote?.translation).toMatch(/not going to do that/);
    expect(quote?.about.map((a) => a.slug)).toEqual(expect.arrayContaining(['gpt-6', 'openai']));
  });

  it('place "munich" returns every statement made at the TUM event, and nothing said elsewhere', async () => {
    const atEvent = await statements({ event: ['sam-altman-at-tum-2023'] });
    const inMunich = await statements({ place: ['munich'] });
    expect(inMunich?.totalCount).toBe(atEvent?.totalCount);
    expect(texts(inMunich)?.sort()).toEqual(texts(atEvent)?.sort());
    expect(inMunich?.totalCount).toBeGreaterThanOrEqual(8);
    const inGermany = await statements({ place: ['germany'] });
    expect(inGermany?.totalCount).toBe(inMunich?.totalCount);
    const senate = await statements({ place: ['washington-dc'] });
    expect(texts(senate)).toEqual([
      'dass Spitzenmodelle auch in einer starken Open-Source-Landschaft besondere Fähigkeiten und damit einen Wettbewerbsvorteil haben können',
    ]);
  });

  it('whisper is an AIModel developed by OpenAI', async () => {
    const result = await gql<{
      entity: {
        __typename: string;
        name: string;
        releasedOn?: string | null;
        developedBy?: EntityRef[];
      } | null;
    }>(
      `{ entity(slug: "whisper") { __typename name ... on AIModel { releasedOn developedBy { slug name } } } }`,
    );
    expect(result.data?.entity).toEqual({
      __typename: 'AIModel',
      name: 'Whisper',
      releasedOn: '2022-09-21',
      developedBy: [{ slug: 'openai', name: 'OpenAI' }],
    });
  });

  it('returns null, not an error, for unknown slugs and ids', async () => {
    const result = await gql(
      `{ entity(slug: "no-such-entity") { slug } article(slug: "no-such-article") { slug }
         node(id: "bm90LWEtdHlwZTp4") { id } forged: node(id: "%%%") { id } nodes(ids: ["UGVyc29uOm5vYm9keQ"]) { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ entity: null, article: null, node: null, forged: null, nodes: [null] });
  });

  it('node(id) returns every kind of node by the id the API gave out', async () => {
    const ids = await gql<EntityIds>(`{
      altman: entity(slug: "sam-altman") { id } openai: entity(slug: "openai") { id } whisper: entity(slug: "whisper") { id }
      event: entity(slug: "sam-altman-at-tum-2023") { id } munich: entity(slug: "munich") { id } topic: entity(slug: "open-source-ai") { id }
      article(slug: "${SEED_ARTICLE}") { id statements(first: 1) { edges { node { id } } } }
    }`);
    const d = ids.data;
    const wanted = [
      d?.altman?.id,
      d?.openai?.id,
      d?.whisper?.id,
      d?.event?.id,
      d?.munich?.id,
      d?.topic?.id,
      d?.article?.id,
      d?.article?.statements.edges[0]?.node.id,
    ];
    const result = await gql<{ nodes: Array<{ __typename: string; id: string } | null> }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids: wanted },
    );
    expect(result.data?.nodes.map((n) => n?.__typename)).toEqual([
      'Person',
      'Organization',
      'AIModel',
      'Event',
      'Place',
      'Topic',
      'Article',
      'Statement',
    ]);
    expect(result.data?.nodes.map((n) => n?.id)).toEqual(wanted);
    const one = await gql<{ node: { slug?: string } | null }>(
      `query ($id: ID!) { node(id: $id) { ... on Person { slug } } }`,
      { id: d?.altman?.id },
    );
    expect(one.data?.node).toEqual({ slug: 'sam-altman' });
  });
});

describe('every StatementFilter field', () => {
  it('speaker: lists are OR', async () => {
    const altman = await statements({ speaker: ['sam-altman'] });
    const sernau = await statements({ speaker: ['luke-sernau'] });
    const both = await statements({ speaker: ['sam-altman', 'luke-sernau'] });
    expect(sernau?.totalCount).toBe(1);
    expect(both?.totalCount).toBe((altman?.totalCount ?? Number.NaN) + 1);
  });

  it('about, event, article, language, kind', async () => {
    expect(texts(await statements({ about: ['whisper'] }))).toEqual([
      'Altman spricht hier explizit von GPT-Modellen: OpenAI veröffentlicht weiterhin einzelne KI-Projekte als Open Source, wie das Sprache-zu-Text-Modell Whisper.',
    ]);
    expect((await statements({ event: ['no-moat-memo-2023'] }))?.edges[0]?.node.speaker.slug).toBe(
      'luke-sernau',
    );
    expect((await statements({ article: SEED_ARTICLE }))?.totalCount).toBe(14);
    expect((await statements({ article: 'no-such-article' }))?.totalCount).toBe(0);
    expect((await statements({ language: 'de', article: SEED_ARTICLE }))?.totalCount).toBe(14);
    expect((await statements({ language: 'en', article: SEED_ARTICLE }))?.totalCount).toBe(0);
    const quotes = await statements({ kind: 'QUOTE', article: SEED_ARTICLE });
    expect(quotes?.edges.every((e) => e.node.kind === 'QUOTE')).toBe(true);
    expect(quotes?.totalCount).toBe(3);
  });

  it('from and to are inclusive dates', async () => {
    const onThe25th = await statements({ from: '2023-05-25', to: '2023-05-25' });
    expect(onThe25th?.totalCount).toBeGreaterThan(0);
    expect(onThe25th?.edges.every((e) => e.node.saidOn === '2023-05-25')).toBe(true);
    const senate = await statements({ from: '2023-05-16', to: '2023-05-16' });
    expect(senate?.totalCount).toBe(1);
    const before = await statements({ to: '2023-05-24', speaker: ['sam-altman'] });
    expect(before?.totalCount).toBe(1);
    const refused = await gql(STATEMENTS, { filter: { from: '2023-05-26', to: '2023-05-01' } });
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('text is full-text with German stemming, combined with the other fields', async () => {
    const lag = await statements({ text: 'Verzögerung', speaker: ['sam-altman'] });
    expect(texts(lag)).toEqual([
      'Die Open-Source-Verzögerung wird nicht so groß sein und in ein paar Jahren, wenn wir die Grenzen kennen und die Modelle sicher machen können, wird es sehr gute Open-Source-Modelle geben',
    ]);
    // Inflected form: "Spitzenmodell" finds "Spitzenmodellen" and "Spitzenmodelle".
    expect((await statements({ text: 'Spitzenmodell' }))?.totalCount).toBe(2);
    // English translation is searched too.
    expect((await statements({ text: 'speech-to-text' }))?.totalCount).toBe(1);
    // Lucene syntax is just text.
    const odd = await gql(STATEMENTS, { filter: { text: 'Open-Source AND (NOT" ~*' } });
    expect(odd.errors).toBeUndefined();
  });
});

describe('paging', () => {
  it('pages forwards through a connection without gaps or repeats', async () => {
    const all = await statements({}, 100);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: StatementPage | undefined = (
        await gql<StatementsResult>(STATEMENTS, { filter: {}, first: 4, after })
      ).data?.statements;
      seen.push(...(page?.edges.map((e) => e.node.id) ?? []));
      expect(page?.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all?.edges.map((e) => e.node.id));
    expect(new Set(seen).size).toBe(all?.totalCount);
  });

  it('articles lists the seed article with totalCount', async () => {
    const result = await gql<{ articles: TotalCount & Edges<ArticleListNode> }>(
      `{ articles(first: 5) { totalCount edges { node { slug title language publishedOn section outlet { slug } authors { slug } } } } }`,
    );
    const article = result.data?.articles.edges.find((e) => e.node.slug === SEED_ARTICLE)?.node;
    expect(article).toEqual({
      slug: SEED_ARTICLE,
      title: 'OpenAIs Open-Source-Zeiten für GPT-Modelle sind erstmal vorbei',
      language: 'de',
      publishedOn: null,
      section: 'KI in der Praxis',
      outlet: { slug: 'the-decoder' },
      authors: [{ slug: 'matthias-bastian' }],
    });
    expect(result.data?.articles.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('refuses first above 100 or below 0, and forged cursors, with BAD_USER_INPUT', async () => {
    for (const variables of [{ first: 101 }, { first: -1 }, { first: 5, after: 'not-a-cursor' }]) {
      const result = await gql(STATEMENTS, { filter: {}, ...variables });
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions.problems?.[0]?.path).toMatch(/first|after/);
    }
  });
});

describe('entity pages', () => {
  it('Person: statements, affiliations, statementsAbout, mentionedIn', async () => {
    const result = await gql<PersonPage>(`{ entity(slug: "sam-altman") { name aliases wikidataId
      mentionedIn { totalCount edges { node { slug } } }
      ... on Person { affiliations { role organization { slug } } statements(first: 3) { totalCount edges { node { speaker { slug } } } } } } }`);
    const altman = result.data?.entity;
    expect(altman?.wikidataId).toBe('Q7407093');
    expect(altman?.aliases).toContain('Altman');
    expect(altman?.affiliations).toEqual([{ role: 'CEO', organization: { slug: 'openai' } }]);
    expect(altman?.statements?.totalCount).toBe(10);
    expect(altman?.statements?.edges).toHaveLength(3);
    expect(altman?.mentionedIn.edges.map((e) => e.node.slug)).toContain(SEED_ARTICLE);
  });

  it('Place.within chains Audimax -> Munich -> Germany; Event.place and Event.statements', async () => {
    const result =
      await gql<PlacesPage>(`{ place: entity(slug: "tum-audimax") { ... on Place { within { slug within { slug within { slug } } } } }
      event: entity(slug: "sam-altman-at-tum-2023") { ... on Event { startsOn place { slug } statements(first: 1) { totalCount } } }
      topic: entity(slug: "open-source-ai") { statementsAbout(first: 1) { totalCount } } }`);
    expect(result.data?.place).toEqual({
      within: { slug: 'munich', within: { slug: 'germany', within: null } },
    });
    expect(result.data?.event).toEqual({
      startsOn: '2023-05-25',
      place: { slug: 'tum-audimax' },
      statements: { totalCount: 9 },
    });
    expect(result.data?.topic?.statementsAbout.totalCount).toBeGreaterThanOrEqual(10);
  });

  it('Article: statements and mentions, without context entities the article does not name', async () => {
    const result = await gql<{ article: { statements: TotalCount; mentions: Slug[] } | null }>(
      `{ article(slug: "${SEED_ARTICLE}") { statements { totalCount } mentions { slug } } }`,
    );
    const mentions = result.data?.article?.mentions.map((m) => m.slug);
    expect(mentions).toEqual(
      expect.arrayContaining([
        'sam-altman',
        'openai',
        'google',
        'gpt-6',
        'whisper',
        'chatgpt',
        'technical-university-of-munich',
        'united-states-senate',
        'munich',
      ]),
    );
    expect(mentions).not.toContain('reinhard-heckel');
    expect(result.data?.article?.statements.totalCount).toBe(14);
  });
});
