import type { Reader } from './graph.js';
import { LISTS, type ListName, listPageCypher, PARENT_KEY, type ParentType } from './lists.js';
import {
  type ArticleRecord,
  type EntityRecord,
  keysetPage,
  type Page,
  type PageRequest,
  type StatementRecord,
  toArticle,
  toEntity,
  toStatement,
} from './records.js';
import { afterValues, type SortOrder } from './sort-orders.js';

/**
 * What one request asks for below a node, compiled into a single Cypher map projection: the node's
 * own fields, and for each edge or list the request selects, the nodes at its end with what is
 * selected below them, in the same statement. A root field then costs one statement, whatever it
 * nests. The GraphQL layer builds the `Projection` from a selection set; nothing here knows GraphQL.
 */

export type NodeType = ParentType;

/** Edges from one node to one or several others, fetched whole (small lists without paging). */
export const EDGES = {
  speaker: { from: 'Statement', one: true, path: (p: string, n: string) => `(${p})<-[:SAID]-(${n}:Entity)` },
  about: { from: 'Statement', path: (p: string, n: string) => `(${p})-[:ABOUT]->(${n}:Entity)` },
  event: { from: 'Statement', one: true, path: (p: string, n: string) => `(${p})-[:AT_EVENT]->(${n}:Event)` },
  outlet: {
    from: 'Article',
    one: true,
    path: (p: string, n: string) => `(${p})-[:PUBLISHED_BY]->(${n}:Entity)`,
  },
  authors: {
    from: 'Article',
    path: (p: string, n: string) => `(${p})-[${n}_w:WRITTEN_BY]->(${n}:Entity)`,
    order: (n: string) => `${n}_w.position`,
  },
  mentions: {
    from: 'Article',
    path: (p: string, n: string) => `(${p})-[:MENTIONS]->(${n}:Entity)`,
    order: (n: string) => `${n}.kind, ${n}.name`,
  },
  developedBy: {
    from: 'Entity',
    path: (p: string, n: string) => `(${p})-[:DEVELOPED_BY]->(${n}:Organization)`,
  },
  eventPlace: {
    from: 'Entity',
    one: true,
    path: (p: string, n: string) => `(${p})-[:HELD_AT]->(${n}:Place)`,
  },
  within: { from: 'Entity', one: true, path: (p: string, n: string) => `(${p})-[:WITHIN]->(${n}:Place)` },
} satisfies Record<string, Edge>;

export interface Edge {
  from: NodeType;
  path: (parent: string, n: string) => string;
  /** At most one node at the end (null when none). */
  one?: boolean;
  /** The order of the nodes; by name when unset. */
  order?: (n: string) => string;
}

export type EdgeName = keyof typeof EDGES | 'place';

/** A statement's place: its own, else its event's (bound as `n`, below the statement `p`; `keep` carried along). */
export const placeOf = (
  p: string,
  n: string,
  keep = '',
) => `OPTIONAL MATCH (${p})-[:SAID_AT]->(${n}_own:Place)
    OPTIONAL MATCH (${p})-[:AT_EVENT]->(:Event)-[:HELD_AT]->(${n}_held:Place)
    WITH ${keep ? `${keep}, ` : ''}coalesce(${n}_own, ${n}_held) AS ${n} WHERE ${n} IS NOT NULL`;

export type Selected =
  | { kind: 'edge'; edge: EdgeName; select: Projection }
  /** A person's organizations with the role, `select` below each organization. */
  | { kind: 'affiliations'; select: Projection }
  | {
      kind: 'list';
      list: ListName;
      first: number;
      after: string | null;
      /** Whether the list's length is asked for. */
      total: boolean;
      select: Projection;
    };

/** What is selected below a node: its own fields, and edges and lists, each under the key its answer is stored at. */
export interface Projection {
  /** The node's own fields asked for (by GraphQL field name); null: all of them. Its key is always fetched. */
  scalars: string[] | null;
  fields: Array<{
    key: string;
    /** Only for nodes with this label (a field of one entity type, from a fragment). */
    label: string | null;
    selected: Selected;
  }>;
}

export const EMPTY: Projection = { scalars: null, fields: [] };

/** A compiled list page: its items and, when asked, the list's length. */
export interface ProjectedPage<T> extends Page<T> {
  total?: number;
}

/** Records with what the request selected below them, by answer key (read by `prefetched` in src/schema/projection.ts). */
export type WithPrefetched<T> = T & { pre?: Record<string, unknown> };

/** Cypher and parameters being built: unique variable and parameter names. */
class Compiler {
  readonly params: Record<string, unknown> = {};
  private names = 0;

  variable(): string {
    this.names += 1;
    return `v${this.names}`;
  }

  param(value: unknown): string {
    this.names += 1;
    const name = `p${this.names}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** The map projection of node `n` of `type`: its own fields, then what is selected below it. */
  node(type: NodeType, n: string, projection: Projection): string {
    const own = ownFields(type, n, projection.scalars);
    if (projection.fields.length === 0) return `${n} {${own}}`;
    const pre = projection.fields.map(({ key, label, selected }) => {
      const value = this.selected(type, n, selected);
      // A field of one entity type: null for the others, and {v: …} for its own (whose value may be null).
      return `\`${key}\`: ${label ? `CASE WHEN ${n}:${label} THEN {v: ${value}} END` : value}`;
    });
    return `${n} {${own}, pre: {${pre.join(', ')}}}`;
  }

  private selected(type: NodeType, n: string, selected: Selected): string {
    const m = this.variable();
    if (selected.kind === 'edge') {
      const { edge, select } = selected;
      if (edge === 'place')
        return `COLLECT { ${placeOf(n, m)} RETURN ${this.node('Entity', m, select)} LIMIT 1 }[0]`;
      const def: Edge = EDGES[edge];
      if (def.from !== type) throw new Error(`edge ${edge} does not start at ${type}`);
      // One node at most: a pattern comprehension, no sorting.
      if (def.one) return `[${def.path(n, m)} | ${this.node('Entity', m, select)}][0]`;
      const order = def.order ? def.order(m) : `${m}.name`;
      return `COLLECT { MATCH ${def.path(n, m)} WITH ${m} ORDER BY ${order} RETURN ${this.node('Entity', m, select)} }`;
    }
    if (selected.kind === 'affiliations')
      return `COLLECT { MATCH (${n})-[${m}_r:WORKS_FOR]->(${m}:Organization) WITH ${m}, ${m}_r ORDER BY ${m}.name RETURN {role: ${m}_r.role, organization: ${this.node('Entity', m, selected.select)}} }`;
    const def = LISTS[selected.list];
    if (def.parent !== type) throw new Error(`list ${selected.list} does not start at ${type}`);
    const [after, afterId] = afterValues(def.sort, selected.after);
    const page = listPageCypher(def, {
      parent: n,
      n: m,
      key: `${m}_key`,
      after: this.param(after),
      afterId: this.param(afterId),
      limit: this.param(selected.first + 1),
    });
    const items = `COLLECT { ${page} RETURN {sortKey: ${m}_key, node: ${this.node(def.item, m, selected.select)}} }`;
    const total = selected.total ? `, total: COUNT { MATCH ${def.path(n, this.variable())} }` : '';
    return `{items: ${items}${total}}`;
  }
}

/**
 * Each node type's own fields, projected one by one (dates as ISO strings): no conversion of whole
 * property maps. The key (and an entity's kind, which decides its GraphQL type) always comes along.
 */
const date = (field: string) => (n: string) => `${field}: toString(${n}.${field})`;
const prop = (field: string) => () => `.${field}`;
const OWN_FIELDS: Record<NodeType, { always: string[]; fields: Record<string, (n: string) => string> }> = {
  Entity: {
    always: ['slug', 'kind'],
    fields: Object.fromEntries([
      ...['slug', 'kind', 'name', 'aliases', 'description', 'wikidataId', 'confidence'].map((f) => [
        f,
        prop(f),
      ]),
      ...['startsOn', 'endsOn', 'releasedOn'].map((f) => [f, date(f)]),
    ]),
  },
  Article: {
    always: ['slug'],
    fields: Object.fromEntries([
      ...['slug', 'title', 'url', 'language', 'section'].map((f) => [f, prop(f)]),
      ['publishedOn', date('publishedOn')],
    ]),
  },
  Statement: {
    always: ['id'],
    fields: Object.fromEntries([
      ...['id', 'text', 'language', 'translation', 'kind', 'confidence'].map((f) => [f, prop(f)]),
      ['saidOn', date('saidOn')],
    ]),
  },
};

function ownFields(type: NodeType, n: string, scalars: string[] | null): string {
  const { always, fields } = OWN_FIELDS[type];
  const wanted = scalars === null ? Object.keys(fields) : [...new Set([...always, ...scalars])];
  return wanted
    .flatMap((field) => {
      const expression = fields[field];
      return expression ? [expression(n)] : [];
    })
    .join(', ');
}

/** Cypher for one node `n` of `type` as a map with everything `projection` selects, and its parameters. */
export function projectNode(
  type: NodeType,
  n: string,
  projection: Projection,
): { cypher: string; params: Record<string, unknown> } {
  const compiler = new Compiler();
  return { cypher: compiler.node(type, n, projection), params: compiler.params };
}

type Decoded = EntityRecord | ArticleRecord | StatementRecord;
const DECODE: Record<NodeType, (row: unknown) => Decoded> = {
  Entity: toEntity,
  Article: toArticle,
  Statement: toStatement,
};

/** A projected map back into the record of its type, with what was selected below it under `pre`. */
export function decodeNode<T extends Decoded>(
  type: NodeType,
  row: unknown,
  projection: Projection,
): WithPrefetched<T> {
  const record = DECODE[type](row) as WithPrefetched<T>;
  if (projection.fields.length === 0) return record;
  const raw = (row as { pre: Record<string, unknown> }).pre;
  const pre: Record<string, unknown> = {};
  for (const { key, label, selected } of projection.fields) {
    const value = raw[key];
    if (label) {
      // A field of another entity type: nothing was fetched, and no resolver will ask.
      if (value === null) continue;
      pre[key] = decodeSelected(selected, (value as { v: unknown }).v);
    } else pre[key] = decodeSelected(selected, value);
  }
  record.pre = pre;
  return record;
}

function decodeSelected(selected: Selected, value: unknown): unknown {
  if (selected.kind === 'affiliations')
    return (value as Array<{ role: unknown; organization: unknown }>).map((row) => ({
      role: row.role === null ? null : String(row.role),
      organization: decodeNode('Entity', row.organization, selected.select),
    }));
  if (selected.kind === 'edge') {
    if (value === null || value === undefined) return null;
    if (Array.isArray(value)) return value.map((row) => decodeNode('Entity', row, selected.select));
    return decodeNode('Entity', value, selected.select);
  }
  const { items, total } = value as { items: Array<{ sortKey: string; node: unknown }>; total?: unknown };
  const type = LISTS[selected.list].item;
  const page: ProjectedPage<unknown> = {
    items: items
      .slice(0, selected.first)
      .map((item) => ({ sortKey: item.sortKey, node: decodeNode(type, item.node, selected.select) })),
    hasNextPage: items.length > selected.first,
  };
  if (total !== undefined) page.total = Number(total);
  return page;
}

/** One node by its key, with everything `projection` selects below it, in one statement; null when none. */
export async function nodeByKey<T extends Decoded>(
  graph: Reader,
  type: NodeType,
  key: string,
  projection: Projection,
): Promise<WithPrefetched<T> | null> {
  const node = projectNode(type, 'n', projection);
  const rows = await graph.read(
    `MATCH (n:${type} {${PARENT_KEY[type]}: $key}) RETURN ${node.cypher} AS node`,
    {
      ...node.params,
      key,
    },
  );
  return rows[0] ? decodeNode<T>(type, rows[0].node, projection) : null;
}

/**
 * One keyset page of nodes of `type`, bound as `n` by `cypher` (which orders them with `order`, see
 * orderedPage), each projected as `projection` selects, in one statement.
 */
export function projectedPage<T extends Decoded>(
  graph: Reader,
  query: {
    type: NodeType;
    order: SortOrder;
    cypher: (node: string) => string;
    params?: Record<string, unknown>;
  },
  page: PageRequest,
  projection: Projection,
): Promise<Page<WithPrefetched<T>>> {
  const node = projectNode(query.type, 'n', projection);
  const [after, afterId] = afterValues(query.order, page.after);
  const params = { ...query.params, ...node.params, afterId };
  return keysetPage(graph, query.cypher(node.cypher), params, { ...page, after }, (row) =>
    decodeNode<T>(query.type, row.node, projection),
  );
}
