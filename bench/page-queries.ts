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
