import { FULLTEXT_INDEX } from '../domain/vocabulary.js';
import type { Graph } from './graph.js';

/**
 * Constraints and indexes, each applied once and recorded as (:Migration {id}). Statements use
 * IF NOT EXISTS so a half-applied run can be repeated safely. Append new entries; never edit one
 * that has shipped.
 */
export const MIGRATIONS: ReadonlyArray<{ id: string; cypher: string }> = [
  {
    id: '001-entity-slug',
    cypher: 'CREATE CONSTRAINT entity_slug IF NOT EXISTS FOR (e:Entity) REQUIRE e.slug IS UNIQUE',
  },
  {
    id: '002-entity-wikidata',
    cypher: 'CREATE CONSTRAINT entity_wikidata IF NOT EXISTS FOR (e:Entity) REQUIRE e.wikidataId IS UNIQUE',
  },
  {
    id: '003-article-slug',
    cypher: 'CREATE CONSTRAINT article_slug IF NOT EXISTS FOR (a:Article) REQUIRE a.slug IS UNIQUE',
  },
  {
    id: '004-statement-id',
    cypher: 'CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE',
  },
  {
    id: '005-migration-id',
    cypher: 'CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE',
  },
  {
    id: '010-statement-said-on',
    cypher: 'CREATE INDEX statement_said_on IF NOT EXISTS FOR (s:Statement) ON (s.saidOn)',
  },
  {
    id: '011-article-published-on',
    cypher: 'CREATE INDEX article_published_on IF NOT EXISTS FOR (a:Article) ON (a.publishedOn)',
  },
  {
    id: '012-event-starts-on',
    cypher: 'CREATE INDEX event_starts_on IF NOT EXISTS FOR (e:Event) ON (e.startsOn)',
  },
  {
    id: '013-model-released-on',
    cypher: 'CREATE INDEX model_released_on IF NOT EXISTS FOR (m:AIModel) ON (m.releasedOn)',
  },
  { id: '014-entity-name', cypher: 'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.nameKey)' },
  {
    id: '020-fulltext-statement-de',
    cypher:
      "CREATE FULLTEXT INDEX statement_text_de IF NOT EXISTS FOR (s:Statement) ON EACH [s.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } }",
  },
  {
    id: '021-fulltext-statement-en',
    cypher:
      "CREATE FULLTEXT INDEX statement_translation_en IF NOT EXISTS FOR (s:Statement) ON EACH [s.translation] OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } }",
  },
  {
    id: '022-fulltext-entity',
    cypher:
      "CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText, e.description] OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } }",
  },
  {
    id: '023-fulltext-article-title',
    cypher:
      "CREATE FULLTEXT INDEX article_title IF NOT EXISTS FOR (a:Article) ON EACH [a.title] OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } }",
  },
  { id: '030-article-url', cypher: 'CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url)' },
  {
    id: '031-entity-kind-name',
    cypher: 'CREATE INDEX entity_kind_name IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.nameKey)',
  },
  // English stemming for what is often English: titles (the German index stays for German ones) and
  // entity descriptions, which the German-analysed entity_text index cannot stem ("safe" in "AI safety").
  // Neo4j allows one index per label and property set, so the English one on titles also covers the section.
  {
    id: '040-fulltext-article-text-en',
    cypher: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX.ARTICLE_TEXT_EN} IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.section] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'english' } }`,
  },
  {
    id: '041-fulltext-entity-description-en',
    cypher: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX.ENTITY_DESCRIPTION_EN} IF NOT EXISTS FOR (e:Entity) ON EACH [e.description] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'english' } }`,
  },
  // The German analyzer drops "das", "machen", "wir", "nicht": the quote "Das machen wir nicht." has no
  // terms in statement_text_de at all. This index keeps every word, so quotes are found word for word.
  {
    id: '042-fulltext-statement-words',
    cypher: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX.STATEMENT_WORDS} IF NOT EXISTS FOR (s:Statement) ON EACH [s.text, s.translation] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
  },
  // One revision node that every write transaction counts up (response caches of all processes read it).
  {
    id: '050-graph-revision-key',
    cypher:
      'CREATE CONSTRAINT graph_revision_key IF NOT EXISTS FOR (r:GraphRevision) REQUIRE r.key IS UNIQUE',
  },
];

const APPLIED = 'MATCH (m:Migration) RETURN m.id AS id';
const RECORD = 'MERGE (m:Migration {id: $id}) ON CREATE SET m.appliedAt = datetime()';
const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

/** Applies what is missing, in order, and waits until every index is online. Returns the ids applied now. */
export async function migrate(graph: Graph): Promise<string[]> {
  const applied = new Set((await graph.read(APPLIED)).map((row) => String(row.id)));
  const now: string[] = [];
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.id)) continue;
    await graph.write(migration.cypher);
    await graph.write(RECORD, { id: migration.id });
    now.push(migration.id);
  }
  if (now.length > 0) await graph.write(AWAIT_INDEXES);
  return now;
}
