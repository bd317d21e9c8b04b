/**
 * The three queries a frontend and an analyst send most, as measured in bench/peers.ts and counted in
 * tests/integration/batching.test.ts: who said what (a speaker's statements about a model), an
 * entity page and an article page.
 */

export const WHO_SAID_WHAT = `query WhoSaidWhat($speaker: String!, $about: String!, $first: Int) {
  statements(filter: { speaker: [$speaker], about: [$about] }, first: $first) {
    edges { node {
      text saidOn kind
      speaker { slug name }
      about { slug name }
      event { slug name }
      reportedIn(first: 3) { edges { node { slug title publishedOn } } }
    } }
  }
}`;

export const ENTITY_PAGE = `query EntityPage($slug: String!, $first: Int) {
  entity(slug: $slug) {
    slug name description
    ... on Person {
      statements(first: $first) {
        edges { node {
          text saidOn
          about { slug name }
          reportedIn(first: 3) { edges { node { slug title publishedOn } } }
        } }
      }
    }
  }
}`;

export const ARTICLE_PAGE = `query ArticlePage($slug: String!, $first: Int) {
  article(slug: $slug) {
    slug title publishedOn
    statements(first: $first) {
      edges { node {
        text kind
        speaker { slug name }
        about { slug name }
      } }
    }
    mentions { slug name kind }
  }
}`;

/** The same three questions for @neo4j/graphql (bench/peers/neo4j-graphql.mjs), in its filter and sort syntax. */
export const PEER_QUERIES = {
  WhoSaidWhat: `query WhoSaidWhat($speaker: String!, $about: String!, $first: Int) {
  statements(
    where: { speaker: { some: { slug: { eq: $speaker } } }, about: { some: { slug: { eq: $about } } } }
    sort: [{ saidOn: DESC }, { id: DESC }]
    limit: $first
  ) {
    text saidOn kind
    speaker { slug name }
    about { slug name }
    event { slug name }
    reportedIn(limit: 3) { slug title publishedOn }
  }
}`,
  EntityPage: `query EntityPage($slug: String!, $first: Int) {
  entities(where: { slug: { eq: $slug } }) {
    slug name description
    said(sort: [{ saidOn: DESC }, { id: DESC }], limit: $first) {
      text saidOn
      about { slug name }
      reportedIn(limit: 3) { slug title publishedOn }
    }
  }
}`,
  ArticlePage: `query ArticlePage($slug: String!, $first: Int) {
  articles(where: { slug: { eq: $slug } }) {
    slug title publishedOn
    statements(limit: $first) {
      text kind
      speaker { slug name }
      about { slug name }
    }
    mentions { slug name kind }
  }
}`,
} as const;
