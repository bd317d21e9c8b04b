import { defineEntityType } from './entity.js';
import { connectionCost, listPage, pageArgs } from './pagination.js';
import { edgeField, listField, prefetched, prefetchedOr } from './projection.js';
import { EventRef, PlaceRef, StatementConnection } from './refs.js';

defineEntityType(
  EventRef,
  'EVENT',
  'Something that happened: a talk, a hearing, a memo, a release.',
  (t) => ({
    startsOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it happened or began.',
      resolve: (event) => event.startsOn,
    }),
    endsOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The last day, for events longer than a day.',
      resolve: (event) => event.endsOn,
    }),
    place: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'Where it was held.',
      extensions: edgeField('eventPlace'),
      resolve: (event, _args, ctx, info) =>
        prefetchedOr(event, info, () => ctx.loaders.eventPlace.load(event.slug)),
    }),
    statements: t.field({
      type: StatementConnection,
      description: 'What was said at this event, newest first.',
      args: pageArgs,
      complexity: connectionCost,
      extensions: listField('statementsAtEvent'),
      resolve: (event, args, ctx, info) =>
        listPage('statementsAtEvent', event.slug, args, ctx, prefetched(event, info)),
    }),
  }),
);
