import { removeArticle } from '../db/article-write.js';
import { type DocumentInput, documentSchema, stanceSchema } from '../domain/document.js';
import { UnauthenticatedError } from '../domain/errors.js';
import { stripNulls } from '../domain/strip-nulls.js';
import {
  CONFIDENCES,
  ENTITY_KINDS,
  RELATION_TYPE_NAMES,
  STANCES,
  STATEMENT_KINDS,
} from '../domain/vocabulary.js';
import { type IngestResult, ingestDocument } from '../ingest/ingest.js';
import { builder } from './builder.js';
import { ConfidenceEnum } from './confidence.js';
import { EntityKindEnum } from './entity.js';
import { ArticleRef } from './refs.js';
import { RelationTypeEnum } from './relation-type.js';
import { StanceEnum } from './stance.js';
import { StatementKindEnum } from './statement.js';
import { ZodInputs } from './zod-input.js';

/** The document's input types, derived from its zod schema (src/domain/document.ts). */
const inputs = new ZodInputs([
  { values: CONFIDENCES, ref: ConfidenceEnum },
  { values: ENTITY_KINDS, ref: EntityKindEnum },
  { values: RELATION_TYPE_NAMES, ref: RelationTypeEnum },
  { values: STANCES, ref: StanceEnum },
  { values: STATEMENT_KINDS, ref: StatementKindEnum },
]);
// StanceInput first: it keeps its place in the printed SDL.
inputs.object(stanceSchema);
const ArticleInput = inputs.object<DocumentInput>(documentSchema);

const ResolvedEntity = builder.objectRef<IngestResult['resolved'][number]>('ResolvedEntity').implement({
  description: 'A document entity that matched one already in the graph.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'The slug in the document.' }),
    to: t.exposeString('to', { description: 'The slug of the entity it was resolved to.' }),
    by: t.exposeString('by', { description: 'What matched: slug, wikidataId or name.' }),
  }),
});

const EntityConflictRef = builder.objectRef<IngestResult['conflicts'][number]>('EntityConflict').implement({
  description:
    'A curated fact the document offered with another value than the graph has. The graph keeps its value (change it with updateEntity).',
  fields: (t) => ({
    slug: t.exposeString('slug', { nullable: false, description: 'The slug of the entity in the graph.' }),
    field: t.exposeString('field', {
      nullable: false,
      description:
        'Which fact: name, description, wikidataId, startsOn, endsOn or releasedOn. (A different kind is refused as a problem instead.)',
    }),
    kept: t.exposeString('kept', { nullable: false, description: "The graph's value, which stays." }),
    offered: t.exposeString('offered', {
      nullable: false,
      description: "The document's value, which was not written.",
    }),
  }),
});

const IngestPayload = builder.objectRef<IngestResult>('IngestArticlePayload').implement({
  description: 'What an ingest wrote.',
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      description: 'The article as stored.',
      resolve: async (result, _args, ctx) => {
        const article = await ctx.loaders.article.load(result.articleSlug);
        if (!article) throw new Error(`article ${result.articleSlug} vanished after ingest`);
        return article;
      },
    }),
    replaced: t.exposeBoolean('replaced', {
      description: 'True when an earlier version of the article was replaced.',
    }),
    entitiesCreated: t.exposeInt('entitiesCreated', { description: 'Entities new to the graph.' }),
    entitiesReused: t.exposeInt('entitiesReused', { description: 'Entities that already existed.' }),
    resolved: t.field({
      type: [ResolvedEntity],
      description: 'How each reused entity was matched.',
      resolve: (r) => r.resolved,
    }),
    statementsCreated: t.exposeInt('statementsCreated', { description: 'Statements new to the graph.' }),
    statementsReused: t.exposeInt('statementsReused', {
      description:
        'Statements already in the graph (the same speaker and text), now also reported by this article.',
    }),
    relations: t.exposeInt('relations', { description: 'Relations the article states.' }),
    mentions: t.exposeInt('mentions', { description: 'Entities the article mentions.' }),
    conflicts: t.field({
      type: [EntityConflictRef],
      nullable: false,
      description:
        'Facts of existing entities the document offered with other values: the graph kept its own. Missing facts were filled and aliases added without conflict.',
      resolve: (r) => r.conflicts,
    }),
  }),
});

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestPayload,
    description:
      'Adds or replaces one decomposed article. All or nothing, and idempotent: the same document twice leaves the graph as one ingest left it. Existing entities only gain missing facts and aliases; differing facts are kept and listed in conflicts. A refused document (BAD_USER_INPUT lists every problem, including open review items and placeholders) changes nothing.',
    args: { input: t.arg({ type: ArticleInput, required: true, description: 'The document.' }) },
    resolve: (_root, args, ctx) => {
      if (!ctx.canWrite) throw new UnauthenticatedError();
      return ingestDocument(ctx.graph, stripNulls(args.input));
    },
  }),
);

builder.mutationField('removeArticle', (t) =>
  t.boolean({
    description:
      'Removes an article, and the statements, relations and entities that only it supported. Entities keep their curated facts, and an entity with a history (changed through updateEntity) is never removed. True when it existed; false changes nothing.',
    args: { slug: t.arg.string({ required: true, description: 'The article slug.' }) },
    resolve: (_root, args, ctx) => {
      if (!ctx.canWrite) throw new UnauthenticatedError();
      return removeArticle(ctx.graph, args.slug);
    },
  }),
);
