import { graphql } from './gql/index.js';

/** What a newsroom frontend asks: typed by the generated code, persisted by hash. */

export const WhoSaidWhat = graphql(`
  query WhoSaidWhat($speaker: [String!], $about: [String!], $first: Int, $after: String) {
    statements(filter: { speaker: $speaker, about: $about }, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          text
          translation
          saidOn
          speaker {
            slug
            name
          }
          about {
            slug
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ArticlePage = graphql(`
  query ArticlePage($url: String!) {
    article(url: $url) {
      slug
      title
      publishedOn
      statements(first: 50) {
        edges {
          node {
            text
            speaker {
              slug
              name
            }
          }
        }
      }
      related(first: 5) {
        score
        article {
          slug
          title
        }
        shared {
          name
        }
      }
    }
  }
`);

export const EntityIndex = graphql(`
  query EntityIndex($kind: EntityKind, $after: String) {
    entities(kind: $kind, first: 50, after: $after) {
      totalCount
      edges {
        node {
          slug
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
