/** Every operation the explorer sends, named so the API's log says which view asked. */

const ENTITY_REF = 'slug name kind';
const STATEMENT_FIELDS = `id kind text language translation saidOn
  speaker { ${ENTITY_REF} } about { ${ENTITY_REF} } event { slug name } place { slug name }
  reportedIn(first: 3) { edges { node { slug title } } }`;

/** Entity and Statement both have a `kind` of different types: one of them must be aliased. */
export const SEARCH = `query ExplorerSearch($query: String!) {
  search(query: $query, first: 30) {
    score
    node {
      __typename
      ... on Entity { slug name entityKind: kind description }
      ... on Statement { ${STATEMENT_FIELDS} }
      ... on Article { slug title publishedOn }
    }
  }
}`;

export const HOME = `query ExplorerHome {
  articles(first: 20) { totalCount edges { node { slug title publishedOn } } }
  people: entities(kind: PERSON, first: 30) { edges { node { ${ENTITY_REF} } } }
}`;

export const ENTITY = `query ExplorerEntity($slug: String!) {
  entity(slug: $slug) {
    ${ENTITY_REF} description aliases wikidataId
    connections(first: 40) {
      totalCount
      edges { node { relation direction role support entity { ${ENTITY_REF} } evidence { slug title } } }
    }
  }
  coMentions(slug: $slug, first: 12) { count score entity { ${ENTITY_REF} } }
}`;

export const STATEMENTS = `query ExplorerStatements($filter: StatementFilter!) {
  statements(filter: $filter, first: 50) { totalCount edges { node { ${STATEMENT_FIELDS} } } }
}`;

export const TIMELINE = `query ExplorerTimeline($slug: String!) {
  timeline(slug: $slug, first: 100) {
    totalCount
    byMonth { period count }
    edges { node { date statement { id text speaker { slug name } } event { slug name } } }
  }
}`;

export const PATHS = `query ExplorerPaths($from: String!, $to: String!) {
  paths(from: $from, to: $to, maxHops: 6, first: 5) {
    length
    steps {
      relation forward
      from { __typename id ... on Entity { ${ENTITY_REF} } ... on Statement { text } }
      to { __typename id ... on Entity { ${ENTITY_REF} } ... on Statement { text } }
      evidence { slug title }
    }
  }
}`;

export const FIND_ENTITY = `query ExplorerFindEntity($slug: String!, $query: String!) {
  entity(slug: $slug) { ${ENTITY_REF} }
  search(query: $query, first: 10) { node { __typename ... on Entity { ${ENTITY_REF} } } }
}`;

export const ARTICLE = `query ExplorerArticle($slug: String!) {
  article(slug: $slug) {
    slug title url language publishedOn section
    outlet { slug name }
    authors { slug name }
    statements(first: 100) { totalCount edges { node { ${STATEMENT_FIELDS} } } }
    mentions { ${ENTITY_REF} }
    related(first: 10) { score sharedStatements shared { ${ENTITY_REF} } article { slug title publishedOn } }
  }
}`;

export const EXTRACT = `query DeskExtract($text: String!, $language: String) {
  extractArticle(text: $text, language: $language) {
    language
    quotes { text speaker speakerName offset end confidence reason }
    mentions { name slug kind known offset confidence evidence }
    document
  }
}`;

export const INGEST = `mutation DeskIngest($input: ArticleInput!) {
  ingestArticle(input: $input) {
    article { slug title }
    replaced entitiesCreated entitiesReused statementsCreated statementsReused relations mentions
    resolved { slug to by }
    conflicts { slug field kept offered }
  }
}`;
