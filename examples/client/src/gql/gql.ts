/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query WhoSaidWhat($speaker: [String!], $about: [String!], $first: Int, $after: String) {\n    statements(filter: { speaker: $speaker, about: $about }, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          text\n          translation\n          saidOn\n          speaker {\n            slug\n            name\n          }\n          about {\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WhoSaidWhatDocument,
    "\n  query ArticlePage($url: String!) {\n    article(url: $url) {\n      slug\n      title\n      publishedOn\n      statements(first: 50) {\n        edges {\n          node {\n            text\n            speaker {\n              slug\n              name\n            }\n          }\n        }\n      }\n      related(first: 5) {\n        score\n        article {\n          slug\n          title\n        }\n        shared {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ArticlePageDocument,
    "\n  query EntityIndex($kind: EntityKind, $after: String) {\n    entities(kind: $kind, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EntityIndexDocument,
};
const documents: Documents = {
    "\n  query WhoSaidWhat($speaker: [String!], $about: [String!], $first: Int, $after: String) {\n    statements(filter: { speaker: $speaker, about: $about }, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          text\n          translation\n          saidOn\n          speaker {\n            slug\n            name\n          }\n          about {\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WhoSaidWhatDocument,
    "\n  query ArticlePage($url: String!) {\n    article(url: $url) {\n      slug\n      title\n      publishedOn\n      statements(first: 50) {\n        edges {\n          node {\n            text\n            speaker {\n              slug\n              name\n            }\n          }\n        }\n      }\n      related(first: 5) {\n        score\n        article {\n          slug\n          title\n        }\n        shared {\n          name\n        }\n      }\n    }\n  }\n": types.ArticlePageDocument,
    "\n  query EntityIndex($kind: EntityKind, $after: String) {\n    entities(kind: $kind, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EntityIndexDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoSaidWhat($speaker: [String!], $about: [String!], $first: Int, $after: String) {\n    statements(filter: { speaker: $speaker, about: $about }, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          text\n          translation\n          saidOn\n          speaker {\n            slug\n            name\n          }\n          about {\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhoSaidWhat($speaker: [String!], $about: [String!], $first: Int, $after: String) {\n    statements(filter: { speaker: $speaker, about: $about }, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          text\n          translation\n          saidOn\n          speaker {\n            slug\n            name\n          }\n          about {\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlePage($url: String!) {\n    article(url: $url) {\n      slug\n      title\n      publishedOn\n      statements(first: 50) {\n        edges {\n          node {\n            text\n            speaker {\n              slug\n              name\n            }\n          }\n        }\n      }\n      related(first: 5) {\n        score\n        article {\n          slug\n          title\n        }\n        shared {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticlePage($url: String!) {\n    article(url: $url) {\n      slug\n      title\n      publishedOn\n      statements(first: 50) {\n        edges {\n          node {\n            text\n            speaker {\n              slug\n              name\n            }\n          }\n        }\n      }\n      related(first: 5) {\n        score\n        article {\n          slug\n          title\n        }\n        shared {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityIndex($kind: EntityKind, $after: String) {\n    entities(kind: $kind, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityIndex($kind: EntityKind, $after: String) {\n    entities(kind: $kind, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;