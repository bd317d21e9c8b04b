import DataLoader from 'dataloader';
import { type ChangeRecord, entityHistories } from './curation.js';
import type { Reader } from './graph.js';
import { countLists, fetchPages, type ListItem, type ListName, PARENT_KEY } from './lists.js';
import { EDGES, type Edge, placeOf } from './projection.js';
import {
  type ArticleRecord,
  type EntityRecord,
  type Page,
  toArticle,
  toEntity,
  toStatement,
} from './records.js';

/**
 * Per-request batch loaders: every edge from one node to others goes through one of these, so a
 * list of N nodes costs one round trip per edge kind, not N. Batch results align with their keys.
 */

const one = (pattern: string) => `
UNWIND $keys AS key
${pattern}
RETURN key, head(collect(properties(n))) AS node`;

const many = (pattern: string, order = 'n.name') => `
UNWIND $keys AS key
${pattern}
WITH key, n ORDER BY ${order}
RETURN key, collect(properties(n)) AS nodes`;

/** The loader query of an edge of src/db/projection.ts, from the nodes whose keys are `$keys`. */
function edgeQuery(name: keyof typeof EDGES): string {
  const edge: Edge = EDGES[name];
  const match = `MATCH ${edge.path(`:${edge.from} {${PARENT_KEY[edge.from]}: key}`, 'n')}`;
  return edge.one ? one(match) : many(match, edge.order?.('n') ?? 'n.name');
}

const Q = {
  entity: one('MATCH (n:Entity {slug: key})'),
  article: one('MATCH (n:Article {slug: key})'),
  statement: one('MATCH (n:Statement {id: key})'),
  speaker: edgeQuery('speaker'),
  about: edgeQuery('about'),
  event: edgeQuery('event'),
  place: `
UNWIND $keys AS key
MATCH (s:Statement {id: key})
${placeOf('s', 'n', 'key')}
RETURN key, head(collect(properties(n))) AS node`,
  outlet: edgeQuery('outlet'),
  authors: edgeQuery('authors'),
  mentions: edgeQuery('mentions'),
  developedBy: edgeQuery('developedBy'),
  eventPlace: edgeQuery('eventPlace'),
  within: edgeQuery('within'),
  affiliations: `
UNWIND $keys AS key
MATCH (:Entity {slug: key})-[r:WORKS_FOR]->(o:Organization)
WITH key, r, o ORDER BY o.name
RETURN key, collect({organization: properties(o), role: r.role}) AS nodes`,
} as const;

function loadOne<T>(graph: Reader, cypher: string, map: (row: unknown) => T) {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await graph.read(cypher, { keys });
    const found = new Map(rows.map((row) => [String(row.key), map(row.node)]));
    return keys.map((key) => found.get(key) ?? null);
  });
}

function loadMany<T>(graph: Reader, cypher: string, map: (row: unknown) => T) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await graph.read(cypher, { keys });
    const found = new Map(rows.map((row) => [String(row.key), (row.nodes as unknown[]).map(map)]));
    return keys.map((key) => found.get(key) ?? []);
  });
}

/** Entity histories, batched per page size (one loader for each `first` asked for in the request). */
function loadHistories(graph: Reader) {
  const byFirst = new Map<number, DataLoader<string, ChangeRecord[]>>();
  return (slug: string, first: number): Promise<ChangeRecord[]> => {
    let loader = byFirst.get(first);
    if (!loader) {
      loader = new DataLoader((slugs) => entityHistories(graph, slugs, first));
      byFirst.set(first, loader);
    }
    return loader.load(slug);
  };
}

export interface Affiliation {
  organization: EntityRecord;
  role: string | null;
}

export function createLoaders(graph: Reader) {
  const pageLoaders = new Map<
    string,
    DataLoader<{ parent: string; after: string | null }, Page<unknown>, string>
  >();
  const countLoaders = new Map<ListName, DataLoader<string, number>>();
  const article = loadOne(graph, Q.article, toArticle);
  return {
    entity: loadOne(graph, Q.entity, toEntity),
    article,
    /** Articles by slug, in the order given, leaving out slugs that no longer exist (evidence lists). */
    async articles(slugs: readonly string[]): Promise<ArticleRecord[]> {
      const found = await article.loadMany(slugs);
      return found.filter((a): a is ArticleRecord => a !== null && !(a instanceof Error));
    },
    statement: loadOne(graph, Q.statement, toStatement),
    speaker: loadOne(graph, Q.speaker, toEntity),
    about: loadMany(graph, Q.about, toEntity),
    event: loadOne(graph, Q.event, toEntity),
    place: loadOne(graph, Q.place, toEntity),
    outlet: loadOne(graph, Q.outlet, toEntity),
    authors: loadMany(graph, Q.authors, toEntity),
    mentions: loadMany(graph, Q.mentions, toEntity),
    developedBy: loadMany(graph, Q.developedBy, toEntity),
    eventPlace: loadOne(graph, Q.eventPlace, toEntity),
    within: loadOne(graph, Q.within, toEntity),
    affiliations: loadMany(graph, Q.affiliations, (row): Affiliation => {
      const r = row as { organization: unknown; role: unknown };
      return { organization: toEntity(r.organization), role: r.role === null ? null : String(r.role) };
    }),
    /** The newest `first` recorded changes of an entity's curated facts, newest first. */
    history: loadHistories(graph),

    /** A page of a list for one parent; pages of the same list and size are fetched together. */
    page<L extends ListName>(
      list: L,
      first: number,
      parent: string,
      after: string | null,
    ): Promise<Page<ListItem<L>>> {
      const id = `${list}:${first}`;
      let loader = pageLoaders.get(id);
      if (!loader) {
        loader = new DataLoader((keys) => fetchPages(graph, list, first, keys), {
          cacheKeyFn: (key) => `${key.parent}\u0000${key.after ?? ''}`,
        });
        pageLoaders.set(id, loader);
      }
      return loader.load({ parent, after }) as Promise<Page<ListItem<L>>>;
    },

    count(list: ListName, parent: string): Promise<number> {
      let loader = countLoaders.get(list);
      if (!loader) {
        loader = new DataLoader((parents) => countLists(graph, list, parents));
        countLoaders.set(list, loader);
      }
      return loader.load(parent);
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
