import { defineEntityType } from './entity.js';
import { edgeField, prefetchedOr } from './projection.js';
import { AIModelRef, OrganizationRef } from './refs.js';

defineEntityType(AIModelRef, 'AI_MODEL', 'An AI model or model family.', (t) => ({
  developedBy: t.field({
    type: [OrganizationRef],
    description: 'Organizations that developed the model.',
    extensions: edgeField('developedBy'),
    resolve: (model, _args, ctx, info) =>
      prefetchedOr(model, info, () => ctx.loaders.developedBy.load(model.slug)),
  }),
  releasedOn: t.field({
    type: 'Date',
    nullable: true,
    description: 'When the model was released, where known.',
    resolve: (model) => model.releasedOn,
  }),
}));
