import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeArticle } from '../../src/db/article-write.js';
import { logLikelihood } from '../../src/domain/association.js';
import { INGEST } from './documents.js';
import { SEED_ARTICLE, testApp } from './helpers.js';
import type { CoMention, Edges, NextPage, Slug, TotalCount } from './response-types.js';

/** Issue 13: the answers an analyst expects from the seed, and the data this suite ingests itself (prefix "aa"). */
const { gql, write, graph } = testApp();
const seed: { statements: Array<{ text: string }> } = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'seed', 'openai-open-source-de.json'), 'utf8'),
);
const written: string[] = [];
afterAll(async () => {
  for (const slug of written) await removeArticle(graph, slug);
});

interface Stance {
  about: string;
  stance: string;
  confidence?: string;
}
/** This suite's ingest documents (see aaDocument). */
interface AaDocument {
  article: { slug: string; title: string; url: string; language: string };
  entities: Array<{ kind: string; slug: string; name: string; startsOn?: string; stances?: Stance[] }>;
  relations: Array<{ from: string; type: string; to: string }>;
  statements: Array<{
    speaker: string;
    text: string;
    language: string;
    kind: string;
    about?: string[];
    saidOn?: string;
    stances?: Stance[];
  }>;
}

interface CoMentionsResult {
  coMentions: CoMention[];
}
interface Counts {
  coMentions: Array<{ count: number }>;
}
interface StatementTexts {
  statements: TotalCount & Edges<{ text: string }>;
}
type ArticleStatementsPage = Edges<{ text: string; saidOn: string | null }> & { pageInfo: NextPage };
interface ArticleStatements {
  article: { statements: ArticleStatementsPage } | null;
}
/** `score node { __typename ... on Entity { slug } ... on Statement { text translation } }`. */
interface SearchResult {
  search: Array<{
    score: number;
    node: { __typename: string; slug?: string; text?: string; translation?: string | null };
  }>;
}
interface Position {
  date: string | null;
  stance: string;
  confidence: string | null;
  shift: boolean;
  previous: string | null;
  by: Slug;
  about: Slug;
  statement: { text: string } | null;
  event: Slug | null;
}

async function ingest(input: { article: { slug: string } }) {
  const result = await write(INGEST, { input });
  if (!result.errors) written.push(input.article.slug);
  return result;
}

function aaDocument(n: number, extra: Partial<AaDocument> = {}): AaDocument {
  return {
    article: {
      slug: `aa-article-${n}`,
      title: `aa article ${n}`,
      url: `https://example.com/aa/${n}`,
      language: 'en',
    },
    entities: [
      { kind: 'PERSON', slug: 'aa-speaker', name: 'aa Speaker' },
      { kind: 'ORGANIZATION', slug: 'aa-senate', name: 'aa Senate' },
      { kind: 'ORGANIZATION', slug: 'aa-committee', name: 'aa Committee' },
      { kind: 'TOPIC', slug: 'aa-topic', name: 'aa Topic' },
      { kind: 'EVENT', slug: 'aa-release', name: 'aa Release', startsOn: '2024-06-01' },
    ],
    relations: [
      { from: 'aa-committee', type: 'PART_OF', to: 'aa-senate' },
      { from: 'aa-speaker', type: 'WORKS_FOR', to: 'aa-senate' },
      { from: 'aa-release', type: 'ORGANIZED_BY', to: 'aa-senate' },
    ],
    statements: [
      {
        speaker: 'aa-committee',
        text: 'aa the committee speaks',
        language: 'en',
        kind: 'QUOTE',
        about: ['aa-topic'],
      },
      {
        speaker: 'aa-speaker',
        text: 'aa the first thing said',
        language: 'en',
        kind: 'QUOTE',
        saidOn: '2024-01-01',
      },
      {
        speaker: 'aa-speaker',
        text: 'aa the second thing said',
        language: 'en',
        kind: 'QUOTE',
        saidOn: '2024-02-01',
      },
    ],
    ...extra,
  };
}

const top3 = async (sort: string) =>
  (
    await gql<CoMentionsResult>(
      `{ coMentions(slug: "sam-altman", first: 3, sort: ${sort}) { entity { slug } count score } }`,
    )
  ).data?.coMentions;

describe('co-mentions ranked two ways', () => {
  it('for sam-altman, openai is in the top 3 by association and by count, each item with both numbers', async () => {
    for (const sort of ['ASSOCIATION', 'COUNT']) {
      const list = await top3(sort);
      expect(list?.map((c) => c.entity.slug)).toContain('openai');
      for (const c of list ?? [])
        expect(c).toEqual({
          entity: expect.any(Object),
          count: expect.any(Number),
          score: expect.any(Number),
        });
    }
    const byCount = (
      await gql<Counts>('{ coMentions(slug: "sam-altman", first: 50, sort: COUNT) { count } }')
    ).data?.coMentions;
    const counts = byCount?.map((c) => c.count);
    expect(counts).toEqual([...(counts ?? [])].sort((a, b) => b - a));
  });

  it('the default is ASSOCIATION: a partner seen almost only with the entity outranks one that is everywhere, which COUNT puts first', async () => {
    // Built here, not read from the seed, so that what other suites wrote cannot change the answer.
    const topic = (slug: string) => ({ kind: 'TOPIC', slug, name: slug.replace(/-/g, ' ') });
    for (let n = 1; n <= 4; n++) {
      const withHub: AaDocument = {
        ...aaDocument(100 + n),
        entities: [topic('aa-cm-hub'), topic('aa-cm-common'), ...(n <= 3 ? [topic('aa-cm-rare')] : [])],
        relations: [],
        statements: [],
      };
      expect((await ingest(withHub)).errors).toBeUndefined();
    }
    // Eighty more contexts with the common topic and without the hub: statements of one article.
    const manyContexts: AaDocument = {
      ...aaDocument(200),
      entities: [{ kind: 'PERSON', slug: 'aa-cm-voice', name: 'aa cm Voice' }, topic('aa-cm-common')],
      relations: [],
      statements: Array.from({ length: 80 }, (_, i) => ({
        speaker: 'aa-cm-voice',
        text: `aa common remark ${i}`,
        language: 'en',
        kind: 'QUOTE',
        about: ['aa-cm-common'],
      })),
    };
    const everywhere = await ingest(manyContexts);
    expect(everywhere.errors).toBeUndefined();
    const ranked = async (sort: string) =>
      (
        await gql<CoMentionsResult>(
          `{ coMentions(slug: "aa-cm-hub", first: 10${sort}) { entity { slug } count score } }`,
        )
      ).data?.coMentions;
    const byDefault = await ranked('');
    expect(byDefault).toEqual(await ranked(', sort: ASSOCIATION'));
    expect(byDefault?.map((c) => [c.entity.slug, c.count])).toEqual([
      ['aa-cm-rare', 3],
      ['aa-cm-common', 4],
    ]);
    const [rare, common] = byDefault ?? [];
    expect(rare?.score).toBeGreaterThan(common?.score ?? Number.POSITIVE_INFINITY);
    expect((await ranked(', sort: COUNT'))?.map((c) => c.entity.slug)).toEqual([
      'aa-cm-common',
      'aa-cm-rare',
    ]);
  });

  it("an organization's contexts count each of its staff's statements once, also those about it", async () => {
    // One article mentions the lab and a topic; the lab's researcher says three things about the lab
    // and two about the topic. The lab takes part in 1 article + 3 statements about it + the 2 other
    // statements of its staff = 6 contexts; the topic in 1 + 2 = 3; together: the article and the two
    // statements about the topic (said by the lab's staff) = 3.
    const say = (text: string, about: string) => ({
      speaker: 'aa-cs-researcher',
      text,
      language: 'en',
      kind: 'QUOTE',
      about: [about],
    });
    const doc: AaDocument = {
      ...aaDocument(300),
      entities: [
        { kind: 'ORGANIZATION', slug: 'aa-cs-lab', name: 'aa cs Lab' },
        { kind: 'PERSON', slug: 'aa-cs-researcher', name: 'aa cs Researcher' },
        { kind: 'TOPIC', slug: 'aa-cs-topic', name: 'aa cs Topic' },
      ],
      relations: [{ from: 'aa-cs-researcher', type: 'WORKS_FOR', to: 'aa-cs-lab' }],
      statements: [
        say('aa cs the lab is small', 'aa-cs-lab'),
        say('aa cs the lab is new', 'aa-cs-lab'),
        say('aa cs the lab is open', 'aa-cs-lab'),
        say('aa cs the topic is hard', 'aa-cs-topic'),
        say('aa cs the topic is old', 'aa-cs-topic'),
      ],
    };
    expect((await ingest(doc)).errors).toBeUndefined();
    const [all] = await graph.read('RETURN COUNT { (:Article) } + COUNT { (:Statement) } AS contexts');
    const result = await gql<CoMentionsResult>(
      '{ coMentions(slug: "aa-cs-topic", first: 10) { entity { slug } count score } }',
    );
    const lab = result.data?.coMentions.find((c) => c.entity.slug === 'aa-cs-lab');
    expect(lab?.count).toBe(3);
    const expected = logLikelihood({ together: 3, nx: 3, ny: 6, contexts: Number(all?.contexts) });
    expect(lab?.score).toBeCloseTo(expected, 2);
    // Counting the staff's statements about the lab twice (ny = 9) would give another score.
    expect(logLikelihood({ together: 3, nx: 3, ny: 9, contexts: Number(all?.contexts) })).not.toBeCloseTo(
      expected,
      2,
    );
  });
});

const STATEMENTS = `query ($f: StatementFilter) { statements(filter: $f, first: 50) { totalCount edges { node { text } } } }`;
const texts = async (filter: Record<string, unknown>) =>
  ((await gql<StatementTexts>(STATEMENTS, { f: filter })).data?.statements.edges ?? []).map(
    (e) => e.node.text,
  );

describe('hierarchies in filters', () => {
  it('statements about gpt-models include those about GPT-6 (PART_OF), and not with includeParts: false', async () => {
    const gpt6 = await texts({ about: ['gpt-6'] });
    expect(gpt6).toContain('Wir werden das nicht machen, aber es ist interessant, das zu wissen');
    const family = await texts({ about: ['gpt-models'] });
    expect(family).toEqual(expect.arrayContaining(gpt6));
    expect(family).toContain('Das machen wir nicht.');
    const alone = await texts({ about: ['gpt-models'], includeParts: false });
    for (const text of gpt6) expect(alone).not.toContain(text);
    expect(alone).toContain('Das machen wir nicht.');
  });

  it('an organization as speaker includes its parts; includeParts: false only itself', async () => {
    expect((await ingest(aaDocument(1))).errors).toBeUndefined();
    expect(await texts({ speaker: ['aa-senate'] })).toEqual(['aa the committee speaks']);
    expect(await texts({ speaker: ['aa-senate'], includeParts: false })).toEqual([]);
    expect(await texts({ speaker: ['aa-committee'] })).toEqual(['aa the committee speaks']);
  });
});

const ARTICLE_STATEMENTS = `query ($slug: String!, $first: Int, $after: String, $order: ArticleStatementOrder) {
  article(slug: $slug) { statements(first: $first, after: $after, order: $order) {
    pageInfo { hasNextPage endCursor } edges { node { text saidOn } } } } }`;

async function allPages(slug: string, first: number, order?: string): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  do {
    const page: ArticleStatementsPage | undefined = (
      await gql<ArticleStatements>(ARTICLE_STATEMENTS, { slug, first, after, order })
    ).data?.article?.statements;
    seen.push(...(page?.edges.map((e) => e.node.text) ?? []));
    after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return seen;
}

describe('article order', () => {
  it("the seed article's statements come in article order, the lead first, across pages", async () => {
    const inDocument = seed.statements.map((s) => s.text);
    const all = await allPages(SEED_ARTICLE, 50);
    expect(all[0]).toBe(
      'Die Open-Source-Tage bei OpenAI sind gezählt, zumindest was die GPT-Modelle betrifft.',
    );
    expect(all).toEqual(inDocument);
    expect(await allPages(SEED_ARTICLE, 4)).toEqual(inDocument);
  });

  it('order: NEWEST lists them by the day said, newest first', async () => {
    const page = (
      await gql<ArticleStatements>(ARTICLE_STATEMENTS, { slug: SEED_ARTICLE, first: 50, order: 'NEWEST' })
    ).data?.article?.statements;
    const days = page?.edges.map((e) => e.node.saidOn ?? '0000');
    expect(days).toEqual([...(days ?? [])].sort().reverse());
  });

  it('a statement reported by two articles has its position in each', async () => {
    const [first, second] = ['aa one of two', 'aa two of two'].map((text) => ({
      speaker: 'aa-speaker',
      text,
      language: 'en',
      kind: 'QUOTE',
    }));
    const doc = (n: number, statements: unknown[]) => ({ ...aaDocument(n), relations: [], statements });
    expect((await ingest(doc(2, [first, second]))).errors).toBeUndefined();
    expect((await ingest(doc(3, [second, first]))).errors).toBeUndefined();
    expect(await allPages('aa-article-2', 1)).toEqual(['aa one of two', 'aa two of two']);
    expect(await allPages('aa-article-3', 1)).toEqual(['aa two of two', 'aa one of two']);
  });
});

describe('search that ranks like a reader', () => {
  const search = async (q: string) =>
    (
      await gql<SearchResult>(
        'query ($q: String!) { search(query: $q, first: 10) { score node { __typename ... on Entity { slug } ... on Statement { text translation } } } }',
        { q },
      )
    ).data?.search;

  it('all words above some words: "make the models safe" puts the two statements that say it first', async () => {
    const hits = await search('make the models safe');
    expect(hits?.slice(0, 2).map((h) => h.node.translation)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/make the models safer\./),
        expect.stringMatching(/make the models safe,/),
      ]),
    );
    expect(hits?.[2]?.score).toBeLessThan(hits?.[1]?.score ?? Number.NaN);
  });

  it('"safety" finds translations that say "safe" and "safer" (English stemming)', async () => {
    const translations = (await search('safety'))?.map((h) => h.node.translation).filter(Boolean);
    expect(translations).toEqual(
      expect.arrayContaining([expect.stringMatching(/\bsafe,/), expect.stringMatching(/\bsafer\b/)]),
    );
  });

  it('a quoted phrase matches as a phrase, even one the German analyzer drops as stop words', async () => {
    const hits = await search('"Das machen wir nicht"');
    expect(hits?.[0]?.node.text).toBe('Das machen wir nicht.');
    expect(hits?.map((h) => h.node.text)).not.toContain(
      'Wir werden das nicht machen, aber es ist interessant, das zu wissen',
    );
  });
});

const POSITIONS = `query ($entity: String!, $about: String!) { positions(entity: $entity, about: $about) {
  date stance confidence shift previous by { slug } about { slug } statement { text } event { slug } } }`;
const positions = async (entity: string, about: string) =>
  (await gql<{ positions: Position[] }>(POSITIONS, { entity, about })).data?.positions;

describe('positions over time', () => {
  it('positions(openai, open-source-ai): the 2023 statements, then the 2025 release, with a shift between them', async () => {
    const list = await positions('openai', 'open-source-ai');
    const statements = list?.filter((p) => p.statement) ?? [];
    expect(statements.length).toBeGreaterThanOrEqual(2);
    for (const p of statements) {
      expect(p).toMatchObject({ stance: 'OPPOSES', by: { slug: 'sam-altman' }, event: null });
      expect(p.date?.startsWith('2023-')).toBe(true);
    }
    expect(statements.map((p) => p.statement?.text)).toEqual(
      expect.arrayContaining([
        'Das machen wir nicht.',
        'Wir werden das nicht machen, aber es ist interessant, das zu wissen',
      ]),
    );
    expect(list?.at(-1)).toMatchObject({
      date: '2025-08-05',
      stance: 'SUPPORTS',
      shift: true,
      previous: 'OPPOSES',
      by: { slug: 'openai' },
      event: { slug: 'gpt-oss-release-2025' },
      statement: null,
    });
    expect(list?.filter((p) => p.shift)).toHaveLength(1);
    const dates = list?.map((p) => p.date);
    expect(dates).toEqual([...(dates ?? [])].sort());
  });

  it('unknown slugs give []; a person has only their own stances', async () => {
    expect(await positions('nobody', 'open-source-ai')).toEqual([]);
    expect(await positions('openai', 'nothing')).toEqual([]);
    const altman = await positions('sam-altman', 'open-source-ai');
    expect(altman?.every((p) => p.by.slug === 'sam-altman' && p.statement)).toBe(true);
  });

  it('stances go in with a document and out with it again; they must be about a subject of the statement', async () => {
    const withStances = aaDocument(4, {
      entities: aaDocument(4).entities.map((e) =>
        e.slug === 'aa-release' ? { ...e, stances: [{ about: 'aa-topic', stance: 'SUPPORTS' }] } : e,
      ),
      statements: [
        {
          speaker: 'aa-speaker',
          text: 'aa against it',
          language: 'en',
          kind: 'QUOTE',
          saidOn: '2024-01-01',
          about: ['aa-topic'],
          stances: [{ about: 'aa-topic', stance: 'OPPOSES', confidence: 'MEDIUM' }],
        },
      ],
    });
    expect((await ingest(withStances)).errors).toBeUndefined();
    const list = await positions('aa-senate', 'aa-topic');
    expect(list?.map((p) => [p.date, p.stance, p.confidence, p.shift, p.by.slug])).toEqual([
      ['2024-01-01', 'OPPOSES', 'MEDIUM', false, 'aa-speaker'],
      ['2024-06-01', 'SUPPORTS', null, true, 'aa-senate'],
    ]);
    // The same article again without its stances: they are gone.
    expect(
      (await ingest(aaDocument(4, { statements: withStances.statements.map(({ stances, ...s }) => s) })))
        .errors,
    ).toBeUndefined();
    expect(await positions('aa-senate', 'aa-topic')).toEqual([]);

    const refused = await write(INGEST, {
      input: aaDocument(5, {
        entities: aaDocument(5).entities.map((e) =>
          e.slug === 'aa-topic' ? { ...e, stances: [{ about: 'aa-senate', stance: 'MIXED' }] } : e,
        ),
        statements: [
          {
            speaker: 'aa-speaker',
            text: 'aa x',
            language: 'en',
            kind: 'QUOTE',
            about: [],
            stances: [{ about: 'aa-topic', stance: 'OPPOSES' }],
          },
        ],
      }),
    });
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions.problems?.map((p) => p.path).sort()).toEqual([
      'entities.3.stances',
      'statements.0.stances.0.about',
    ]);
  });
});
