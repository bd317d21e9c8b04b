import { defineEntityType } from './entity.js';
import { PlaceRef } from './refs.js';

defineEntityType(PlaceRef, 'PLACE', 'A place: a building, a city, a country.', (t) => ({
  within: t.field({
    type: PlaceRef,
    nullable: true,
    description: 'The larger place this one lies within (Audimax within Munich within Germany).',
    resolve: (place, _args, ctx) => ctx.loaders.within.load(place.slug),
  }),
}));
