import { countNeighbours, type Neighbour, neighbours } from '../db/connections.js';
import { builder } from './builder.js';
import { listCost, pageArgs, pageRequest, toConnection } from './pagination.js';
import { ArticleRef, EntityRef } from './refs.js';
import { RelationTypeEnum } from './relation-type.js';

const DirectionEnum = builder.enumType('Direction', {
  description: 'Which way a relation points, seen from the entity asked about.',
  values: {
    OUTGOING: {
      description: 'From this entity to the neighbour (Altman WORKS_FOR OpenAI, seen from Altman).',
    },
    INCOMING: { description: 'From the neighbour to this entity.' },
  } as const,
});

const NeighbourRef = builder.objectRef<Neighbour>('Neighbour').implement({
  description: 'A directly related entity, with the relation and its support.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The neighbour.', resolve: (n) => n.entity }),
    relation: t.exposeString('relation', { description: 'The RelationType.' }),
    direction: t.field({
      type: DirectionEnum,
      description: 'Which way it points.',
      resolve: (n) => (n.outgoing ? 'OUTGOING' : 'INCOMING'),
    }),
    role: t.exposeString('role', { nullable: true, description: 'Role, for WORKS_FOR and PARTICIPATED_IN.' }),
    support: t.exposeInt('support', { description: 'How many articles state this relation.' }),
    evidence: t.field({
      type: [ArticleRef],
      description: 'The articles that state it.',
      resolve: (n, _args, ctx) => ctx.loaders.articles(n.evidence),
    }),
  }),
});

const NeighbourConnection = builder.connectionObject(
  {
    type: NeighbourRef,
    name: 'NeighbourConnection',
    description: 'A page of neighbours, best supported first.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many neighbours in all (computed only when asked for).',
        resolve: (c) => c.totalCount(),
      }),
    }),
  },
  { name: 'NeighbourEdge', description: 'A neighbour and its cursor.' },
);

builder.interfaceField(EntityRef, 'connections', (t) =>
  t.field({
    type: NeighbourConnection,
    description:
      'Directly related entities over the domain relations, best supported first: the next hop for an analyst.',
    args: { ...pageArgs, relation: t.arg({ type: RelationTypeEnum, description: 'Only this relation.' }) },
    complexity: (args) => listCost(2, args.first),
    resolve: async (entity, args, ctx) => {
      const request = pageRequest(args);
      const relation = args.relation ?? null;
      const page = await neighbours(ctx.reads, entity.slug, relation, request);
      return toConnection(page, request, () => countNeighbours(ctx.reads, entity.slug, relation));
    },
  }),
);
