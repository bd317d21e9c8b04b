import type { ChangeRecord } from '../db/curation.js';
import { UnauthenticatedError } from '../domain/errors.js';
import { PAGE } from '../domain/paging.js';
import { updateEntity } from '../ingest/update-entity.js';
import { builder } from './builder.js';
import { listCost, pageSize } from './pagination.js';
import { EntityRef } from './refs.js';

const DATE = 'ISO date, YYYY-MM-DD; null clears it.';

const EntityPatch = builder.inputType('EntityPatch', {
  description:
    'New values for curated facts of an entity. A field left out stays as it is; null clears it (the name excepted). Only fields whose value really changes are written and recorded.',
  fields: (t) => ({
    name: t.string({ description: 'Display name (cannot be cleared).' }),
    description: t.string({ description: 'Short description in English; null clears it.' }),
    wikidataId: t.string({
      description: 'Verified Wikidata item id, e.g. "Q95"; null clears it. No two entities share one.',
    }),
    aliases: t.stringList({
      description:
        'The full new list of other names (replaces the old list; [] or null: none). Duplicates and the name itself are left out.',
    }),
    startsOn: t.string({ description: `EVENT only: the day it happened or began, ${DATE}` }),
    endsOn: t.string({ description: `EVENT only: the last day, ${DATE}` }),
    releasedOn: t.string({ description: `AI_MODEL only: the release day, ${DATE}` }),
  }),
});

const EntityChangeRef = builder.objectRef<ChangeRecord>('EntityChange').implement({
  description: "One recorded change of one of an entity's curated facts, made through updateEntity.",
  fields: (t) => ({
    at: t.exposeString('at', {
      nullable: false,
      description: 'When, as an ISO 8601 instant in UTC.',
    }),
    by: t.exposeString('by', {
      nullable: false,
      description: 'Label of the token that made the change ("write" for the API write token).',
    }),
    field: t.exposeString('field', {
      nullable: false,
      description: 'Which fact: name, description, wikidataId, aliases, startsOn, endsOn or releasedOn.',
    }),
    old: t.exposeString('old', {
      nullable: true,
      description:
        'The value before, as text: dates YYYY-MM-DD, aliases as a JSON array of strings; null when there was none.',
    }),
    new: t.exposeString('new', {
      nullable: true,
      description: 'The value after, in the same form as old; null when the change cleared it.',
    }),
  }),
});

builder.interfaceField(EntityRef, 'history', (t) =>
  t.field({
    type: [EntityChangeRef],
    nullable: false,
    description:
      'Recorded changes of the curated facts (name, description, Wikidata id, aliases, dates), newest first. Ingested documents never change them, so they are not listed here.',
    args: {
      first: t.arg.int({ description: `How many: default ${PAGE.default}, at most ${PAGE.max}.` }),
    },
    complexity: (args) => listCost(1, args.first),
    resolve: (entity, args, ctx) => ctx.loaders.history(entity.slug, pageSize(args.first)),
  }),
);

builder.mutationField('updateEntity', (t) =>
  t.field({
    type: EntityRef,
    nullable: true,
    description:
      "Changes an existing entity's curated facts: the only way to, since ingested documents only fill facts that are missing. Every changed field is recorded in Entity.history (when, by which token, old and new value) in the same transaction; a patch that changes nothing records nothing. Refused with BAD_USER_INPUT, listing every problem (an unknown slug at path slug, bad values at patch.<field>, a Wikidata id another entity has), and then nothing is written.",
    args: {
      slug: t.arg.string({ required: true, description: 'The slug of the entity to change.' }),
      patch: t.arg({ type: EntityPatch, required: true, description: 'The new values.' }),
    },
    resolve: async (_root, args, ctx) => {
      if (!ctx.writer) throw new UnauthenticatedError();
      const entity = await updateEntity(ctx.graph, args.slug, args.patch, ctx.writer);
      // Later fields of this request must see the entity as it is now.
      ctx.loaders.entity.clear(args.slug).prime(args.slug, entity);
      return entity;
    },
  }),
);
