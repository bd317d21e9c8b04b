import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { Context } from './context.js';
import { decodeId, encodeId } from './global-id.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
  // Every connection computes totalCount only when asked; timelines also their counts per month
  // (in the same read as their total).
  Connection: {
    totalCount: () => Promise<number>;
    counts?: () => Promise<{ months: Array<{ period: string; count: number }>; total: number }>;
  };
  // Non-null unless a field says otherwise: clients get `String!` where the graph guarantees a value.
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // Relay first: it adds Node, node/nodes and the connection types. Complexity last, so that its
  // cost estimate wraps every field, including the ones Relay added.
  defaultFieldNullability: false,
  plugins: [RelayPlugin, ComplexityPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // The connection field already multiplies by its page size; edges must not multiply again.
    edgesFieldOptions: {
      nullable: false,
      complexity: { field: 0, multiplier: 1 },
      description: 'The items of this page, each with its cursor.',
    },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque cursor: pass it as `after` to continue after this item.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the list.' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when this page was asked for with `after`.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page; null when it is empty.' },
    endCursorFieldOptions: {
      description: 'Cursor of the last item of this page; pass it as `after` for the next page.',
    },
    encodeGlobalID: encodeId,
    decodeGlobalID: decodeId,
    // node and nodes are defined in node.ts, so that a forged or unknown id is null, not an error.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    nodeTypeOptions: { description: 'An object with a global id that `node(id)` resolves.' },
    pageInfoTypeOptions: {
      description: 'Where a page sits in its list, and the cursors to move on from it.',
    },
    idFieldOptions: { description: 'Global id: opaque, stable, accepted by `node(id)`.' },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: (ctx) => ({ complexity: ctx.limits.maxCost, depth: ctx.limits.maxDepth, breadth: 500 }),
    complexityError: (kind, result) =>
      new GraphQLError(
        String(kind) === 'Depth'
          ? `The query is nested ${result.depth} levels deep; at most ${result.maxDepth} are allowed.`
          : String(kind) === 'Breadth'
            ? `The query selects ${result.breadth} fields; at most 500 are allowed.`
            : `The query would cost ${result.complexity} (each list multiplies by its page size); at most ${result.maxComplexity} is allowed. Ask for smaller pages or fewer nested lists.`,
        { extensions: { code: 'QUERY_TOO_COMPLEX', kind, ...result } },
      ),
  },
});

builder.queryType({
  description: 'Read the news knowledge graph: who said what, about which model, where and when.',
});
builder.mutationType({
  description: 'Write to the graph. Every mutation needs `Authorization: Bearer <API_TOKEN>`.',
});
