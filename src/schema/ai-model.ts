import { defineEntityType } from './entity.js';
import { AIModelRef, OrganizationRef } from './refs.js';

defineEntityType(AIModelRef, 'AI_MODEL', 'An AI model or model family.', (t) => ({
  developedBy: t.field({
    type: [OrganizationRef],
    description: 'Organizations that developed the model.',
    resolve: async (model, _args, ctx) =>
      (await ctx.loaders.developedBy.load(model.slug)).filter((entity) => entity.kind === 'ORGANIZATION'),
  }),
  releasedOn: t.field({
    type: 'Date',
    nullable: true,
    description: 'When the model was released, where known.',
    resolve: (model) => model.releasedOn,
  }),
}));
