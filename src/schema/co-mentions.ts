import { type CoMention, coMentions } from '../db/comentions.js';
import type { CO_MENTION_SORTS } from '../domain/association.js';
import { InputError } from '../domain/errors.js';
import { PAGE } from '../domain/paging.js';
import { builder } from './builder.js';
import { listCost, pageSize } from './pagination.js';
import { EntityRef } from './refs.js';

const SCORE =
  "Dunning's log-likelihood ratio G² = 2·Σ k·ln(k/E) over the 2×2 table of contexts (both; this one without the other; the other without this one; neither), E = row total × column total / N, N = all articles plus all statements; negative when they share fewer contexts than chance predicts. It grows with evidence as well as strength: a pair seen together once scores low, an entity that is everywhere scores near 0.";

const CoMentionRef = builder.objectRef<CoMention>('CoMention').implement({
  description:
    'An entity that appears together with another: in the same articles, or in the same statements (speaker, the organizations the speaker works for, subjects).',
  fields: (t) => ({
    entity: t.field({
      type: EntityRef,
      nullable: false,
      description: 'The entity mentioned alongside.',
      resolve: (c) => c.entity,
    }),
    count: t.exposeInt('count', {
      nullable: false,
      description: 'Shared contexts: articles plus statements in which both appear.',
    }),
    score: t.exposeFloat('score', { nullable: false, description: `Association: ${SCORE}` }),
  }),
});

const CoMentionSortEnum = builder.enumType('CoMentionSort', {
  description: 'How to rank co-mentions.',
  values: {
    ASSOCIATION: { description: `By score, then count: ${SCORE}` },
    COUNT: { description: 'By shared contexts (count), then score.' },
  } satisfies Record<(typeof CO_MENTION_SORTS)[number], { description: string }>,
});

builder.queryField('coMentions', (t) =>
  t.field({
    type: [CoMentionRef],
    description:
      'Who and what is mentioned with an entity, best first (see `sort`). Ties by slug. Empty for an unknown slug.',
    args: {
      slug: t.arg.string({ required: true, description: 'The entity slug.' }),
      first: t.arg.int({ description: `How many: default ${PAGE.default}, at most ${PAGE.max}.` }),
      sort: t.arg({
        type: CoMentionSortEnum,
        defaultValue: 'ASSOCIATION',
        description: 'ASSOCIATION (default): strength and evidence together; COUNT: how often.',
      }),
      minCount: t.arg.int({ description: 'Leave out pairs seen together fewer times than this. Default 1.' }),
    },
    complexity: (args) => listCost(10, args.first),
    resolve: (_root, args, ctx) => {
      const minCount = args.minCount ?? 1;
      if (minCount < 1 || minCount > 1000) throw InputError.single('minCount', 'must be between 1 and 1000');
      return coMentions(ctx.reads, args.slug, {
        first: pageSize(args.first),
        minCount,
        sort: args.sort ?? 'ASSOCIATION',
      });
    },
  }),
);
