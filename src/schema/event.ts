import { defineEntityType } from './entity.js';
import { connectionCost, listPage, pageArgs } from './pagination.js';
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
      resolve: (event, _args, ctx) => ctx.loaders.eventPlace.load(event.slug),
    }),
    statements: t.field({
      type: StatementConnection,
      description: 'What was said at this event, newest first.',
      args: pageArgs,
      complexity: connectionCost,
      resolve: (event, args, ctx) => listPage('statementsAtEvent', event.slug, args, ctx),
    }),
  }),
);
