// @neo4j/graphql on graphql-yoga over the same graph, for bench/peers.ts. Plain JavaScript.
//   NEO4J_URI=bolt://... PORT=4202 node bench/peers/neo4j-graphql.mjs
import http from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';

const driver = neo4j.driver(
  process.env.NEO4J_URI,
  neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'neo4j'),
);

/** This graph as @neo4j/graphql type definitions: the labels, properties and edges the three queries use. */
export const typeDefs = `
type Statement @node {
  id: ID!
  text: String!
  kind: String
  language: String
  saidOn: Date
  speaker: [Entity!]! @relationship(type: "SAID", direction: IN)
  about: [Entity!]! @relationship(type: "ABOUT", direction: OUT)
  event: [Entity!]! @relationship(type: "AT_EVENT", direction: OUT)
  reportedIn: [Article!]! @relationship(type: "REPORTS", direction: IN)
}
type Entity @node {
  slug: String!
  name: String!
  kind: String
  description: String
  said: [Statement!]! @relationship(type: "SAID", direction: OUT)
}
type Article @node {
  slug: String!
  title: String!
  publishedOn: Date
  statements: [Statement!]! @relationship(type: "REPORTS", direction: OUT)
  mentions: [Entity!]! @relationship(type: "MENTIONS", direction: OUT)
}`;

const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({ schema, graphiql: false, logging: false });
const server = http.createServer(yoga);
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => driver.close().then(() => process.exit(0))));
