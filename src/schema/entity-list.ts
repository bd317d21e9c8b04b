import { countEntities, listEntities } from '../db/entity-list.js';
import { builder } from './builder.js';
import { EntityKindEnum } from './entity.js';
import { connectionCost, pageArgs, pageRequest, toConnection } from './pagination.js';
import { EntityRef } from './refs.js';

const EntityConnection = builder.connectionObject(
  {
    type: EntityRef,
    name: 'EntityConnection',
    description: 'A page of entities, by name from A to Z.',
    fields: (t) => ({
      totalCount: t.int({
        nullable: false,
        description: 'How many entities the whole list holds (computed only when asked for).',
        resolve: (connection) => connection.totalCount(),
      }),
    }),
  },
  { name: 'EntityEdge', description: 'An entity and its cursor.' },
);

builder.queryField('entities', (t) =>
  t.field({
    type: EntityConnection,
    nullable: false,
    description: 'Entities by name, all of them or of one kind: the index pages of a frontend.',
    args: {
      ...pageArgs,
      kind: t.arg({
        type: EntityKindEnum,
        description: 'Only entities of this kind; all kinds when left out.',
      }),
    },
    complexity: connectionCost,
    resolve: async (_root, args, ctx) => {
      const request = pageRequest(args);
      const kind = args.kind ?? null;
      return toConnection(await listEntities(ctx.reads, kind, request), request, () =>
        countEntities(ctx.reads, kind),
      );
    },
  }),
);
