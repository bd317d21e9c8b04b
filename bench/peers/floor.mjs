// The floor of bench/peers.ts: node:http and one hand-written Cypher statement per query, no GraphQL.
// Plain JavaScript on purpose (no TypeScript loader on the request path).
//   NEO4J_URI=bolt://... PORT=4201 node bench/peers/floor.mjs
import http from 'node:http';
import neo4j from 'neo4j-driver';

const driver = neo4j.driver(
  process.env.NEO4J_URI,
  neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'neo4j'),
  { disableLosslessIntegers: true },
);

const statement = (s, fields) => `${s} {${fields}}`;
const reported = (s) =>
  `reportedIn: [(${s})<-[:REPORTS]-(r:Article) | r {.slug, .title, publishedOn: toString(r.publishedOn)}][..3]`;
const about = (s) => `about: [(${s})-[:ABOUT]->(a:Entity) | a {.slug, .name}]`;

const CYPHER = {
  WhoSaidWhat: `
MATCH (:Entity {slug: $speaker})-[:SAID]->(s:Statement)-[:ABOUT]->(:Entity {slug: $about})
WITH DISTINCT s ORDER BY s.saidOn DESC, s.id DESC LIMIT $first
RETURN ${statement(
    's',
    `.text, .kind, saidOn: toString(s.saidOn),
  speaker: [(s)<-[:SAID]-(p:Entity) | p {.slug, .name}][0], ${about('s')},
  event: [(s)-[:AT_EVENT]->(e:Event) | e {.slug, .name}][0], ${reported('s')}`,
  )} AS node`,
  EntityPage: `
MATCH (e:Entity {slug: $slug})
RETURN e {.slug, .name, .description, statements: COLLECT {
  MATCH (e)-[:SAID]->(s:Statement) WITH s ORDER BY s.saidOn DESC, s.id DESC LIMIT $first
  RETURN ${statement('s', `.text, saidOn: toString(s.saidOn), ${about('s')}, ${reported('s')}`)}
}} AS entity`,
  ArticlePage: `
MATCH (a:Article {slug: $slug})
RETURN a {.slug, .title, publishedOn: toString(a.publishedOn), statements: COLLECT {
  MATCH (a)-[r:REPORTS]->(s:Statement) WITH s, r ORDER BY r.position LIMIT $first
  RETURN ${statement('s', `.text, .kind, speaker: [(s)<-[:SAID]-(p:Entity) | p {.slug, .name}][0], ${about('s')}`)}
}, mentions: [(a)-[:MENTIONS]->(m:Entity) | m {.slug, .name, .kind}]} AS article`,
};

const server = http.createServer((req, res) => {
  if (req.method !== 'POST') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('floor: POST {operationName, variables}');
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const cypher = CYPHER[operationName];
      if (!cypher) throw new Error(`unknown operation ${operationName}`);
      const params = { ...variables, first: neo4j.int(variables.first ?? 20) };
      const { records } = await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ });
      const rows = records.map((record) => record.get(0));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: operationName === 'WhoSaidWhat' ? rows : (rows[0] ?? null) }));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: String(error?.message ?? error) }] }));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => driver.close().then(() => process.exit(0))));
