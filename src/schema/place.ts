import { defineEntityType } from './entity.js';
import { edgeField, prefetchedOr } from './projection.js';
import { PlaceRef } from './refs.js';

defineEntityType(PlaceRef, 'PLACE', 'A place: a building, a city, a country.', (t) => ({
  within: t.field({
    type: PlaceRef,
    nullable: true,
    description: 'The larger place this one lies within (Audimax within Munich within Germany).',
    extensions: edgeField('within'),
    resolve: (place, _args, ctx, info) =>
      prefetchedOr(place, info, () => ctx.loaders.within.load(place.slug)),
  }),
}));
