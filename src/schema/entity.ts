import { nodeByKey } from '../db/projection.js';
import type { EntityRecord } from '../db/records.js';
import { KIND_LABEL } from '../domain/vocabulary.js';
import { builder } from './builder.js';
import { ConfidenceEnum, confidenceOf } from './confidence.js';
import { connectionCost, listPage, pageArgs } from './pagination.js';
import { listField, prefetched, projectionOfNode } from './projection.js';
import {
  AIModelRef,
  ArticleConnection,
  EntityRef,
  EventRef,
  OrganizationRef,
  PersonRef,
  PlaceRef,
  StatementConnection,
  TopicRef,
} from './refs.js';

/** GraphQL type name of each entity kind: the Neo4j label. */
export const ENTITY_TYPE_NAME = KIND_LABEL;

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'The kinds of entity, as used in ingest documents.',
  values: {
    PERSON: { description: 'A person.' },
    ORGANIZATION: { description: 'A company, university, public body or publication.' },
    AI_MODEL: { description: 'An AI model or model family.' },
    EVENT: { description: 'Something that happened at a time: a talk, a hearing, a release.' },
    PLACE: { description: 'A place: a building, a city, a country.' },
    TOPIC: { description: 'A subject that statements are about.' },
  } as const,
});

EntityRef.implement({
  description: 'Something articles name: a person, organization, AI model, event, place or topic.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => ENTITY_TYPE_NAME[entity.kind],
  fields: (t) => ({
    slug: t.exposeString('slug', {
      description: 'Stable lowercase ASCII kebab-case key, e.g. "sam-altman".',
    }),
    name: t.exposeString('name', { description: 'Display name.' }),
    kind: t.field({
      type: EntityKindEnum,
      description: 'Which kind of entity this is.',
      resolve: (e) => e.kind,
    }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other names and spellings, including German forms.',
    }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'A short description in English.',
    }),
    wikidataId: t.exposeString('wikidataId', {
      nullable: true,
      description: 'Wikidata item id (e.g. "Q7407093"), where it was verified.',
    }),
    confidence: t.field({
      type: ConfidenceEnum,
      nullable: true,
      description: 'MEDIUM or LOW when the identification is an inference; null when checked.',
      resolve: (x) => confidenceOf(x.confidence),
    }),
    statementsAbout: t.field({
      type: StatementConnection,
      description: 'Statements about this entity, newest first.',
      args: pageArgs,
      complexity: connectionCost,
      extensions: listField('statementsAbout'),
      resolve: (entity, args, ctx, info) =>
        listPage('statementsAbout', entity.slug, args, ctx, prefetched(entity, info)),
    }),
    mentionedIn: t.field({
      type: ArticleConnection,
      description: 'Articles that mention this entity, newest first.',
      args: pageArgs,
      complexity: connectionCost,
      extensions: listField('articlesMentioning'),
      resolve: (entity, args, ctx, info) =>
        listPage('articlesMentioning', entity.slug, args, ctx, prefetched(entity, info)),
    }),
  }),
});

type EntityObjectRef = typeof PersonRef;
type EntityFields = Parameters<typeof builder.objectFields<EntityObjectRef>>[1];

/** The object type of one entity kind: a Node (see node.ts for lookups by id), with the fields of its kind. */
export function defineEntityType(
  ref: EntityObjectRef,
  kind: EntityRecord['kind'],
  description: string,
  fields?: EntityFields,
): void {
  builder.node(ref, {
    description,
    interfaces: [EntityRef],
    id: { resolve: (entity) => entity.slug },
    isTypeOf: (value) =>
      (value as EntityRecord).nodeType === 'Entity' && (value as EntityRecord).kind === kind,
    fields: () => ({}),
  });
  if (fields) builder.objectFields(ref, fields);
}

builder.queryField('entity', (t) =>
  t.field({
    type: EntityRef,
    nullable: true,
    description: 'An entity by slug; null when no entity has it.',
    args: { slug: t.arg.string({ required: true, description: 'The entity slug, e.g. "sam-altman".' }) },
    resolve: (_root, args, ctx, info) => {
      const projection = projectionOfNode(info);
      // Nothing below the entity to fetch: the loader batches it with other root fields.
      if (projection.fields.length === 0) return ctx.loaders.entity.load(args.slug);
      return nodeByKey<EntityRecord>(ctx.reads, 'Entity', args.slug, projection);
    },
  }),
);

export { AIModelRef, EventRef, OrganizationRef, PersonRef, PlaceRef, TopicRef };
