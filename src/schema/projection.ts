import {
  type FieldNode,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { LISTS, type ListName } from '../db/lists.js';
import type { EdgeName, Projection } from '../db/projection.js';
import { afterValues } from '../db/sort-orders.js';
import { pageRequest } from './pagination.js';

/**
 * Root fields compile what a request selects below them into one Cypher statement (src/db/projection.ts):
 * a field that can be compiled says so in its `extensions` (`edgeField`, `listField`), and its resolver
 * takes the answer from its parent's `pre` when the root field fetched it, else from the loaders.
 */

type FieldProjection =
  | { edge: EdgeName }
  | { list: (args: Record<string, unknown>) => ListName }
  | { affiliations: true };

/** `extensions` of a field answered by an edge of the graph (see EDGES in src/db/projection.ts). */
export const edgeField = (edge: EdgeName) => ({ projection: { edge } satisfies FieldProjection });

/** `extensions` of a person's affiliations (organization and role). */
export const affiliationsField = () => ({ projection: { affiliations: true } satisfies FieldProjection });

/** `extensions` of a connection field answered by a list of src/db/lists.ts (which may depend on the arguments). */
export const listField = (list: ListName | ((args: Record<string, unknown>) => ListName)) => ({
  projection: { list: typeof list === 'string' ? () => list : list } satisfies FieldProjection,
});

type Parent = GraphQLObjectType | GraphQLInterfaceType;

/** Nothing below a node but its key. */
const NONE: Projection = { scalars: [], fields: [] };

interface Collected {
  field: GraphQLField<unknown, unknown>;
  nodes: FieldNode[];
  /** The object type a fragment restricted the field to, below an interface. */
  label: string | null;
}

function included(info: GraphQLResolveInfo, node: SelectionNode): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, info.variableValues);
  const include = getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues);
  return skip?.if !== true && include?.if !== false;
}

/** The fields selected on `type`, by answer key, fragments resolved (as GraphQL merges them). */
function collect(
  info: GraphQLResolveInfo,
  type: Parent,
  sets: readonly SelectionSetNode[],
  label: string | null = null,
  out = new Map<string, Collected>(),
): Map<string, Collected> {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (!included(info, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const field = type.getFields()[selection.name.value];
        if (!field) continue;
        const key = (selection.alias ?? selection.name).value;
        const answerKey = label ? `${label}.${key}` : key;
        const entry = out.get(answerKey);
        if (entry) entry.nodes.push(selection);
        else out.set(answerKey, { field, nodes: [selection], label });
        continue;
      }
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition
        ? info.schema.getType(fragment.typeCondition.name.value)
        : type;
      if (condition === type || isInterfaceType(condition))
        collect(info, type, [fragment.selectionSet], label, out);
      else if (isObjectType(condition) && isInterfaceType(type))
        collect(info, condition, [fragment.selectionSet], condition.name, out);
    }
  }
  return out;
}

const selectionSets = (nodes: readonly FieldNode[]) =>
  nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));

const asParent = (type: GraphQLNamedType): Parent | null =>
  isObjectType(type) || isInterfaceType(type) ? type : null;

/** The selection sets of the fields named `name` among `entries`, and the type they are of. */
function below(
  entries: Iterable<Collected>,
  name: string,
): { type: Parent | null; sets: SelectionSetNode[] } {
  const found = [...entries].filter((entry) => entry.field.name === name);
  const first = found[0];
  return {
    type: first ? asParent(getNamedType(first.field.type)) : null,
    sets: found.flatMap((entry) => selectionSets(entry.nodes)),
  };
}

function build(info: GraphQLResolveInfo, type: Parent, sets: readonly SelectionSetNode[]): Projection {
  const fields: Projection['fields'] = [];
  const scalars = new Set<string>();
  for (const [key, { field, nodes, label }] of collect(info, type, sets)) {
    const spec = field.extensions?.projection as FieldProjection | undefined;
    const target = asParent(getNamedType(field.type));
    const node = nodes[0];
    if (!spec) scalars.add(field.name);
    if (!spec || !target || !node) continue;
    const args = getArgumentValues(field, node, info.variableValues);
    if ('affiliations' in spec) {
      const organization = below(collect(info, target, selectionSets(nodes)).values(), 'organization');
      const select = organization.type ? build(info, organization.type, organization.sets) : NONE;
      fields.push({ key, label, selected: { kind: 'affiliations', select } });
      continue;
    }
    if ('edge' in spec) {
      const select = build(info, target, selectionSets(nodes));
      fields.push({ key, label, selected: { kind: 'edge', edge: spec.edge, select } });
      continue;
    }
    const list = spec.list(args);
    let request: ReturnType<typeof pageRequest>;
    try {
      request = pageRequest(args);
      afterValues(LISTS[list].sort, request.after);
    } catch {
      continue; // a bad page argument: the field's own resolver reports it, where it belongs
    }
    const { select, total } = connectionItems(info, target, selectionSets(nodes));
    fields.push({
      key,
      label,
      selected: { kind: 'list', list, first: request.first, after: request.after, total, select },
    });
  }
  return { scalars: [...scalars], fields };
}

/** What the current field selects below the node it returns, as a projection. */
export function projectionOfNode(info: GraphQLResolveInfo): Projection {
  const type = asParent(getNamedType(info.returnType));
  return type ? build(info, type, selectionSets(info.fieldNodes)) : NONE;
}

/** What a connection's selection asks of its nodes (`edges { node { … } }`), and whether it asks for `totalCount`. */
function connectionItems(
  info: GraphQLResolveInfo,
  type: Parent,
  sets: readonly SelectionSetNode[],
): { select: Projection; total: boolean } {
  const entries = [...collect(info, type, sets).values()];
  const total = entries.some((entry) => entry.field.name === 'totalCount');
  const edges = below(entries, 'edges');
  const items = edges.type ? below(collect(info, edges.type, edges.sets).values(), 'node') : null;
  return { select: items?.type ? build(info, items.type, items.sets) : NONE, total };
}

/** What the current connection field selects below each of its nodes. */
export function projectionOfItems(info: GraphQLResolveInfo): Projection {
  const type = asParent(getNamedType(info.returnType));
  return type ? connectionItems(info, type, selectionSets(info.fieldNodes)).select : NONE;
}

/** The answer the root field fetched for this field of `parent`, if it did. */
export function prefetched<T>(parent: unknown, info: GraphQLResolveInfo): { value: T } | null {
  const pre = (parent as { pre?: Record<string, unknown> }).pre;
  if (!pre) return null;
  const key = String(info.path.key);
  const typed = `${info.parentType.name}.${key}`;
  if (typed in pre) return { value: pre[typed] as T };
  if (key in pre) return { value: pre[key] as T };
  return null;
}

/** The answer the root field fetched for this field, else what `load` finds. */
export function prefetchedOr<T>(
  parent: unknown,
  info: GraphQLResolveInfo,
  load: () => Promise<T>,
): T | Promise<T> {
  const hit = prefetched<T>(parent, info);
  return hit ? hit.value : load();
}
