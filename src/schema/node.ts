import type { NodeRecord } from '../db/records.js';
import { InputError } from '../domain/errors.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { ENTITY_TYPE_NAME } from './entity.js';
import { decodeId } from './global-id.js';

const MAX_IDS = 100;

async function loadNode(globalId: string, ctx: Context): Promise<NodeRecord | null> {
  const { typename, id } = decodeId(globalId);
  if (!id) return null;
  if (typename === 'Article') return ctx.loaders.article.load(id);
  if (typename === 'Statement') return ctx.loaders.statement.load(id);
  const entity = Object.values(ENTITY_TYPE_NAME).includes(typename)
    ? await ctx.loaders.entity.load(id)
    : null;
  return entity && ENTITY_TYPE_NAME[entity.kind] === typename ? entity : null;
}

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any node by the global id this API gave out; null when nothing has that id.',
    args: { id: t.arg.id({ required: true, description: 'A global id.' }) },
    resolve: (_root, args, ctx) => loadNode(String(args.id), ctx),
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `Several nodes by global id (at most ${MAX_IDS}), in the order asked; null for each id that finds nothing.`,
    args: { ids: t.arg.idList({ required: true, description: 'Global ids.' }) },
    complexity: (args) => ({ field: 1, multiplier: Math.min(args.ids.length, MAX_IDS) }),
    resolve: (_root, args, ctx) => {
      if (args.ids.length > MAX_IDS) throw InputError.single('ids', `at most ${MAX_IDS} ids per request`);
      return Promise.all(args.ids.map((id) => loadNode(String(id), ctx)));
    },
  }),
}));
