import { type CoMention, coMentions } from '../db/comentions.js';
import { InputError } from '../domain/errors.js';
import { PAGE } from '../domain/paging.js';
import { builder } from './builder.js';
import { listCost, pageSize } from './pagination.js';
import { EntityRef } from './refs.js';

const CoMentionRef = builder.objectRef<CoMention>('CoMention').implement({
  description: 'An entity that appears together with another, in the same articles or statements.',
  fields: (t) => ({
    entity: t.field({
      type: EntityRef,
      description: 'The entity mentioned alongside.',
      resolve: (c) => c.entity,
    }),
    count: t.exposeInt('count', { description: 'Articles plus statements in which both appear.' }),
    score: t.exposeFloat('score', {
      description:
        'Significance: pointwise mutual information (log2) discounted for small counts, c/(c+1). Near 0 for entities that are everywhere; higher for telling pairs.',
    }),
  }),
});

builder.queryField('coMentions', (t) =>
  t.field({
    type: [CoMentionRef],
    description: 'Who and what is mentioned with an entity, most telling first. Empty for an unknown slug.',
    args: {
      slug: t.arg.string({ required: true, description: 'The entity slug.' }),
      first: t.arg.int({ description: `How many: default ${PAGE.default}, at most ${PAGE.max}.` }),
      minCount: t.arg.int({ description: 'Leave out pairs seen together fewer times than this. Default 1.' }),
    },
    complexity: (args) => listCost(10, args.first),
    resolve: (_root, args, ctx) => {
      const minCount = args.minCount ?? 1;
      if (minCount < 1 || minCount > 1000) throw InputError.single('minCount', 'must be between 1 and 1000');
      return coMentions(ctx.graph, args.slug, pageSize(args.first), minCount);
    },
  }),
);
