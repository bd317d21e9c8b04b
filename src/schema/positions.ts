import { type Position, positions } from '../db/positions.js';
import { PAGE } from '../domain/paging.js';
import { PART_OF_DEPTH } from '../domain/vocabulary.js';
import { builder } from './builder.js';
import { ConfidenceEnum, confidenceOf } from './confidence.js';
import { listCost, pageSize } from './pagination.js';
import { EntityRef, EventRef, StatementRef } from './refs.js';
import { StanceEnum } from './stance.js';

const PositionRef = builder.objectRef<Position>('Position').implement({
  description:
    'A stance an entity took at one time, with its evidence: a statement or an event (one of the two is set).',
  fields: (t) => ({
    date: t.field({
      type: 'Date',
      nullable: true,
      description: "When: the day the statement was said (else its event's day), or the event's day.",
      resolve: (p) => p.date,
    }),
    stance: t.field({
      type: StanceEnum,
      nullable: false,
      description: 'The stance taken.',
      resolve: (p) => p.stance,
    }),
    confidence: t.field({
      type: ConfidenceEnum,
      nullable: true,
      description: 'HIGH, MEDIUM or LOW: how sure the annotation is; null when not given.',
      resolve: (x) => confidenceOf(x.confidence),
    }),
    about: t.field({
      type: EntityRef,
      nullable: false,
      description: 'What the stance is toward: the topic asked about, or one of its parts.',
      resolve: (p) => p.about,
    }),
    by: t.field({
      type: EntityRef,
      nullable: false,
      description: 'Who took it: the entity asked about, or a person who works for it.',
      resolve: (p) => p.by,
    }),
    statement: t.field({
      type: StatementRef,
      nullable: true,
      description: 'The statement that takes the stance, when the evidence is one.',
      resolve: (p) => p.statement,
    }),
    event: t.field({
      type: EventRef,
      nullable: true,
      description: 'The event that takes the stance (a release, say), when the evidence is one.',
      resolve: (p) => p.event,
    }),
    shift: t.exposeBoolean('shift', {
      nullable: false,
      description: 'True when this stance differs from the one before it: the position changed here.',
    }),
    previous: t.field({
      type: StanceEnum,
      nullable: true,
      description: 'The stance of the entry before; null for the first.',
      resolve: (p) => p.previous,
    }),
  }),
});

builder.queryField('positions', (t) =>
  t.field({
    type: [PositionRef],
    description: `The stances an entity took toward a topic or model over time, oldest first (undated last), each shift marked. For an organization, also the stances of the people who work for it (WORKS_FOR); the topic includes its parts (up to ${PART_OF_DEPTH} PART_OF steps). Evidence: statements whose subject carries a stance, and events the entity organised or took part in that take one. Empty for unknown slugs.`,
    args: {
      entity: t.arg.string({
        required: true,
        description: 'Whose positions: a person or an organization (slug).',
      }),
      about: t.arg.string({
        required: true,
        description: 'Toward what: a topic, model or other entity (slug).',
      }),
      first: t.arg.int({
        description: `How many, oldest first: default ${PAGE.default}, at most ${PAGE.max}.`,
      }),
    },
    complexity: (args) => listCost(5, args.first),
    resolve: (_root, args, ctx) => positions(ctx.reads, args.entity, args.about, pageSize(args.first)),
  }),
);
