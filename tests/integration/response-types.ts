/**
 * Result shapes that several integration suites read. Each names only the fields its query selects;
 * nullability follows schema/schema.graphql (a field is non-null unless the schema says otherwise).
 * Shapes one suite alone reads sit at the top of that suite.
 */

/** An entity or article selected as `{ slug }`. */
export interface Slug {
  slug: string;
}

/** An entity selected as `{ slug name }`. */
export interface EntityRef {
  slug: string;
  name: string;
}

/** An edge selected as `{ node { … } }`. */
export interface Edge<N> {
  node: N;
}

/** A connection selected as `{ edges { node { … } } }`. */
export interface Edges<N> {
  edges: Array<Edge<N>>;
}

/** `pageInfo { hasNextPage endCursor }`: endCursor is null on an empty page. */
export interface NextPage {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** `{ totalCount }` of a connection. */
export interface TotalCount {
  totalCount: number;
}

/** `coMentions { entity { slug } count score }`. */
export interface CoMention {
  entity: Slug;
  count: number;
  score: number;
}

/** `resolved { slug to by }` of an ingest payload. */
export interface ResolvedEntity {
  slug: string;
  to: string;
  by: string;
}

/** What `INGEST` (documents.ts) selects. */
export interface IngestArticle {
  ingestArticle: {
    article: Slug;
    replaced: boolean;
    entitiesCreated: number;
    entitiesReused: number;
    statementsCreated: number;
    statementsReused: number;
    relations: number;
    mentions: number;
    resolved: ResolvedEntity[];
  };
}
