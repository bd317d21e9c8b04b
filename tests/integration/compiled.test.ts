import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeArticle } from '../../src/db/article-write.js';
import { INGEST, testDocument } from './documents.js';
import { SEED_ARTICLE, testApp } from './helpers.js';

const { gql, write, graph } = testApp();

beforeAll(async () => {
  for (const n of [1, 2, 3]) {
    const result = await write(INGEST, { input: testDocument('cp', n, { statements: 4 }) });
    expect(result.errors).toBeUndefined();
  }
});
afterAll(async () => {
  for (const n of [1, 2, 3]) await removeArticle(graph, `cp-article-${n}`);
});

/**
 * `entity(slug)` and `article(slug)` compile their selection into one Cypher statement; `node(id)`
 * resolves the same selection through the per-request loaders. Both must answer alike, whatever the
 * selection does: fragments on interfaces and object types, aliases of one field with different
 * arguments, cursors, totals, @include and @skip.
 */
const SAID = `
fragment Said on Statement {
  text saidOn kind confidence
  speaker { slug ... on Person { affiliations { role organization { slug } } } }
  about { slug kind ... on AIModel { developedBy { slug } } }
  event { slug ... on Event { place { slug within { slug } } } }
  place { slug ... on Place { within { slug } } }
  latest: reportedIn(first: 1) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { slug title publishedOn outlet { slug } authors { slug } } }
  }
}`;
const ENTITY_PAGE = `${SAID}
fragment EntityPage on Entity {
  slug name kind aliases description
  ... on Person {
    statements(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...Said } } }
    later: statements(first: 2, after: $after) { edges { node { text } } }
  }
  ... on Organization { statements { totalCount } }
  statementsAbout(first: 2) { edges { node { text about { slug } } } }
  mentionedIn {
    totalCount
    edges { node { slug mentions { slug } newest: statements(order: NEWEST, first: 2) { edges { node { text } } } } }
  }
  hidden: mentionedIn @include(if: $no) { totalCount }
  shown: mentionedIn @skip(if: $no) { edges @skip(if: $no) { node { slug } } }
}`;
const ARTICLE_PAGE = `${SAID}
fragment ArticlePage on Article {
  slug title url
  outlet { slug name }
  authors { slug }
  mentions { slug kind }
  statements(first: 4) { totalCount edges { cursor node { ...Said } } }
  newest: statements(order: NEWEST, first: 2, after: $articleAfter) { pageInfo { hasNextPage } edges { node { text } } }
}`;

interface Answer {
  a: Record<string, unknown> | null;
  b: Record<string, unknown> | null;
}

async function idOf(field: 'entity' | 'article', slug: string): Promise<string> {
  const result = await gql<Record<string, { id: string }>>(`{ ${field}(slug: "${slug}") { id } }`);
  return result.data?.[field]?.id as string;
}

describe('compiled root fields answer exactly as the loaders do', () => {
  it('an entity page: fragments, aliases, cursors, totals and directives', async () => {
    const first = await gql<{ entity: { statements: { pageInfo: { endCursor: string } } } }>(
      '{ entity(slug: "sam-altman") { ... on Person { statements(first: 1) { pageInfo { endCursor } } } } }',
    );
    const after = first.data?.entity.statements.pageInfo.endCursor;
    for (const slug of ['sam-altman', 'openai', 'gpt-6', 'munich']) {
      const query = `query ($id: ID!, $after: String, $no: Boolean!) {
        a: entity(slug: "${slug}") { ...EntityPage }
        b: node(id: $id) { ...EntityPage }
      } ${ENTITY_PAGE}`;
      const result = await gql<Answer>(query, { id: await idOf('entity', slug), after, no: false });
      expect(result.errors).toBeUndefined();
      expect(result.data?.a).not.toBeNull();
      expect(result.data?.a).toEqual(result.data?.b);
    }
    const sam = await gql<{ a: { statements: { edges: unknown[] }; later: { edges: unknown[] } } }>(
      `query ($after: String, $no: Boolean!) { a: entity(slug: "sam-altman") { ...EntityPage } } ${ENTITY_PAGE}`,
      { after, no: false },
    );
    expect(sam.data?.a.statements.edges).toHaveLength(3);
    expect(sam.data?.a.later.edges).toHaveLength(2);
    // The whole page, fragments and all, in one statement.
    const before = graph.queryCount;
    await gql(
      `query ($after: String, $no: Boolean!) { entity(slug: "sam-altman") { ...EntityPage } } ${ENTITY_PAGE}`,
      {
        after,
        no: false,
      },
    );
    expect(graph.queryCount - before).toBe(1);
  });

  it('an article page: one statement for the whole page', async () => {
    const query = `query ($id: ID!, $articleAfter: String) {
      a: article(slug: "${SEED_ARTICLE}") { ...ArticlePage }
      b: node(id: $id) { ...ArticlePage }
    } ${ARTICLE_PAGE}`;
    const result = await gql<Answer & { a: { statements: { edges: unknown[] } } }>(query, {
      id: await idOf('article', SEED_ARTICLE),
      articleAfter: null,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.a.statements.edges).toHaveLength(4);
    expect(result.data?.a).toEqual(result.data?.b);
    const before = graph.queryCount;
    await gql(
      `query ($articleAfter: String) { article(slug: "${SEED_ARTICLE}") { ...ArticlePage } } ${ARTICLE_PAGE}`,
      {
        articleAfter: null,
      },
    );
    expect(graph.queryCount - before).toBe(1);
  });

  it('the list of articles: one statement, the same answers as by id', async () => {
    const selection = `slug outlet { slug } authors { slug } mentions { slug }
      statements(first: 3) { totalCount edges { cursor node { text speaker { slug } about { slug } } } }`;
    const before = graph.queryCount;
    const list = await gql<{ articles: { edges: Array<{ node: { slug: string } }> } }>(
      `{ articles(first: 5) { edges { node { ${selection} } } } }`,
    );
    expect(graph.queryCount - before).toBe(1);
    const listed = list.data?.articles.edges.map((edge) => edge.node) ?? [];
    expect(listed.length).toBeGreaterThanOrEqual(4);
    const ids = await Promise.all(listed.map((article) => idOf('article', article.slug)));
    const byId = await gql<{ nodes: unknown[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Article { ${selection} } } }`,
      {
        ids,
      },
    );
    expect(byId.data?.nodes).toEqual(listed);
  });

  it('a bad page argument deep in the selection is reported at its own path', async () => {
    // A cursor of one order given to another: said so, at the field's path, compiled or not.
    const newest = await gql<{ article: { statements: { pageInfo: { endCursor: string } } } }>(
      `{ article(slug: "${SEED_ARTICLE}") { statements(order: NEWEST, first: 1) { pageInfo { endCursor } } } }`,
    );
    const cursor = newest.data?.article.statements.pageInfo.endCursor;
    for (const root of [
      `article(slug: "${SEED_ARTICLE}")`,
      `node(id: "${await idOf('article', SEED_ARTICLE)}")`,
    ]) {
      const result = await gql(
        `{ a: ${root} { ... on Article { slug statements(order: ARTICLE, after: "${cursor}") { totalCount } } } }`,
      );
      expect(result.errors?.map((e) => [e.path?.join('.'), e.extensions.code])).toEqual([
        ['a.statements', 'BAD_USER_INPUT'],
      ]);
    }
    for (const [field, args] of [
      ['mentionedIn', 'first: 1000'],
      ['statementsAbout', 'after: "nonsense"'],
    ]) {
      const result = await gql(`{ entity(slug: "sam-altman") { slug ${field}(${args}) { totalCount } } }`);
      expect(result.errors?.map((e) => [e.path?.join('.'), e.extensions.code])).toEqual([
        [`entity.${field}`, 'BAD_USER_INPUT'],
      ]);
    }
  });
});
