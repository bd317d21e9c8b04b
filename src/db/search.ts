import { FULLTEXT_INDEX } from '../domain/vocabulary.js';
import type { Reader } from './graph.js';
import { type NodeRecord, toArticle, toEntity, toStatement } from './records.js';
import type { SearchQuery } from './search-query.js';

/** Each full-text index with the kind of node it holds and the query its analyzer needs. */
const INDEXES = [
  [FULLTEXT_INDEX.ENTITY_TEXT, 'Entity', '$mixed'],
  [FULLTEXT_INDEX.ENTITY_DESCRIPTION_EN, 'Entity', '$english'],
  [FULLTEXT_INDEX.STATEMENT_TEXT, 'Statement', '$german'],
  [FULLTEXT_INDEX.STATEMENT_TRANSLATION, 'Statement', '$english'],
  [FULLTEXT_INDEX.STATEMENT_WORDS, 'Statement', '$plain'],
  [FULLTEXT_INDEX.ARTICLE_TITLE, 'Article', '$mixed'],
  [FULLTEXT_INDEX.ARTICLE_TEXT_EN, 'Article', '$english'],
] as const;

const HITS = INDEXES.map(
  ([index, type, query]) => `
  CALL db.index.fulltext.queryNodes('${index}', ${query}, {limit: $perIndex}) YIELD node, score
  RETURN node, score, '${type}' AS type, '${index}' AS source`,
).join('\n  UNION ALL');

/**
 * One ranking the way a reader ranks: first by how much of the query a hit contains (the share of
 * its words and quoted phrases, so all words beat some words), then by Lucene's relevance divided
 * by the best score of its index (scores of different indexes are not comparable), weighted so it
 * only orders hits of equal coverage. A hit whose name (an entity's name or aliases, an article's
 * title) holds the whole query gets 0.5 more: the memo called "No Moat" before the person whose
 * description mentions it. An entity whose name or alias is the query gets 1 more, so searching a
 * name finds the thing before the texts that mention it.
 */
const SEARCH = `
CALL () {${HITS}
}
WITH source, type, collect({node: node, score: score}) AS hits
WITH type, hits, reduce(best = 0.0, h IN hits | CASE WHEN h.score > best THEN h.score ELSE best END) AS best
UNWIND hits AS hit
WITH type, hit.node AS node, CASE WHEN best > 0 THEN hit.score / best ELSE 0.0 END AS relative
WITH type, node, max(relative) AS relative
WITH type, node, relative,
     CASE type
       WHEN 'Entity' THEN coalesce(node.name, '') + ' | ' + coalesce(node.aliasText, '')
       WHEN 'Article' THEN coalesce(node.title, '')
       ELSE ''
     END AS name,
     CASE type
       WHEN 'Entity' THEN coalesce(node.description, '')
       WHEN 'Statement' THEN coalesce(node.text, '') + ' | ' + coalesce(node.translation, '')
       ELSE coalesce(node.section, '')
     END AS body
WITH type, node, relative,
     [t IN [name, name + ' | ' + body] | replace(replace(replace(replace(toLower(t), 'ä', 'a'), 'ö', 'o'), 'ü', 'u'), 'ß', 'ss')] AS folded
WITH type, node, relative,
     size([unit IN $units WHERE folded[1] =~ unit]) AS covered,
     all(unit IN $units WHERE folded[0] =~ unit) AS inName
WITH type, node,
     toFloat(covered) / size($units) + $relevanceWeight * relative +
     CASE WHEN inName THEN 0.5 ELSE 0.0 END +
     CASE WHEN type = 'Entity' AND (toLower(node.name) = $exact OR $exact IN [a IN coalesce(node.aliases, []) | toLower(a)])
          THEN 1.0 ELSE 0.0 END AS score
RETURN type, properties(node) AS node, score
ORDER BY score DESC, type, coalesce(node.slug, node.id)
LIMIT $first`;

export interface SearchHit {
  score: number;
  node: NodeRecord;
}

export async function search(
  graph: Reader,
  query: SearchQuery,
  exact: string,
  first: number,
): Promise<SearchHit[]> {
  const rows = await graph.read(SEARCH, {
    german: query.german,
    english: query.english,
    mixed: query.mixed,
    plain: query.plain,
    units: query.units,
    // Below one unit's share: relevance orders hits that contain as much of the query, never more.
    relevanceWeight: 0.5 / query.units.length,
    exact: exact.toLowerCase(),
    first,
    perIndex: Math.max(50, first * 3),
  });
  return rows.map((row) => {
    const map = row.type === 'Entity' ? toEntity : row.type === 'Statement' ? toStatement : toArticle;
    return { score: Number(Number(row.score).toFixed(4)), node: map(row.node) };
  });
}
