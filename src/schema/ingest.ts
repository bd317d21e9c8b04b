import { removeArticle } from '../db/article-write.js';
import { UnauthenticatedError } from '../domain/errors.js';
import { stripNulls } from '../domain/strip-nulls.js';
import { type IngestResult, ingestDocument } from '../ingest/ingest.js';
import { builder } from './builder.js';
import { ConfidenceEnum } from './confidence.js';
import { EntityKindEnum } from './entity.js';
import { ArticleRef } from './refs.js';
import { RelationTypeEnum } from './relation-type.js';
import { StanceEnum } from './stance.js';
import { StatementKindEnum } from './statement.js';

const DATE = 'ISO date, YYYY-MM-DD.';

const StanceInput = builder.inputType('StanceInput', {
  description: 'A position toward one entity. Optional: annotate where a statement or an event takes a side.',
  fields: (t) => ({
    about: t.string({
      required: true,
      description: 'Slug of what the stance is toward (for a statement: one of its `about` slugs).',
    }),
    stance: t.field({
      type: StanceEnum,
      required: true,
      description: 'SUPPORTS, OPPOSES, NEUTRAL or MIXED.',
    }),
    confidence: t.field({ type: ConfidenceEnum, description: 'How sure the reading is.' }),
  }),
});

const ArticleMetaInput = builder.inputType('ArticleMetaInput', {
  description: 'The article itself.',
  fields: (t) => ({
    slug: t.string({
      required: true,
      description: 'Stable key, lowercase kebab-case. Ingesting the same slug again replaces the article.',
    }),
    title: t.string({ required: true, description: 'Headline.' }),
    url: t.string({ required: true, description: 'http(s) address of the article.' }),
    language: t.string({ required: true, description: 'ISO 639-1 code.' }),
    publishedOn: t.string({ description: `Publication day, ${DATE} Leave out when unknown.` }),
    section: t.string({ description: 'Section or rubric.' }),
    outlet: t.string({ description: 'Slug of the publishing organization.' }),
    authors: t.stringList({ description: 'Slugs of the authors, in byline order.' }),
  }),
});

const EntityInput = builder.inputType('EntityInput', {
  description: 'An entity the document defines. Reused when its slug, Wikidata id or name already exists.',
  fields: (t) => ({
    kind: t.field({ type: EntityKindEnum, required: true, description: 'Which kind of entity.' }),
    slug: t.string({ required: true, description: 'Lowercase kebab-case key.' }),
    name: t.string({ required: true, description: 'Display name.' }),
    aliases: t.stringList({ description: 'Other names, including inflected forms used in the text.' }),
    description: t.string({ description: 'Short description in English.' }),
    wikidataId: t.string({ description: 'Verified Wikidata item id, e.g. "Q95".' }),
    startsOn: t.string({ description: `EVENT only: ${DATE}` }),
    endsOn: t.string({ description: `EVENT only: ${DATE}` }),
    releasedOn: t.string({ description: `AI_MODEL only: ${DATE}` }),
    confidence: t.field({ type: ConfidenceEnum, description: 'For inferred identifications.' }),
    mentioned: t.boolean({
      description: 'false for context entities the article does not name. Default true.',
    }),
    stances: t.field({
      type: [StanceInput],
      description:
        'EVENT only: the positions the action takes (a release under an open licence SUPPORTS open-source AI). Shown by `positions` for those who organised or took part in it.',
    }),
  }),
});

const RelationInput = builder.inputType('RelationInput', {
  description: 'A relation the article states between two entities; the article becomes its evidence.',
  fields: (t) => ({
    from: t.string({ required: true, description: 'Slug of the source entity.' }),
    type: t.field({ type: RelationTypeEnum, required: true, description: 'One of the closed list.' }),
    to: t.string({ required: true, description: 'Slug of the target entity.' }),
    role: t.string({ description: 'For WORKS_FOR and PARTICIPATED_IN: the role.' }),
    confidence: t.field({ type: ConfidenceEnum, description: 'For inferred relations.' }),
  }),
});

const StatementInput = builder.inputType('StatementInput', {
  description: 'A statement the article reports.',
  fields: (t) => ({
    speaker: t.string({ required: true, description: 'Slug of the person or organization who said it.' }),
    text: t.string({ required: true, description: 'Word for word, original language.' }),
    language: t.string({ required: true, description: 'ISO 639-1 code of the text.' }),
    translation: t.string({ description: 'English gloss.' }),
    kind: t.field({ type: StatementKindEnum, required: true, description: 'QUOTE or PARAPHRASE.' }),
    about: t.stringList({ description: 'Slugs of what it is about.' }),
    event: t.string({ description: 'Slug of the event where it was said.' }),
    place: t.string({ description: "Slug of the place, when it is not the event's place." }),
    saidOn: t.string({ description: `Day it was said, ${DATE}` }),
    confidence: t.field({ type: ConfidenceEnum, description: 'For inferred attributions.' }),
    stances: t.field({
      type: [StanceInput],
      description: "The speaker's stance toward some of the things in `about` (each must be listed there).",
    }),
  }),
});

const ReviewTodoInput = builder.inputType('ReviewTodoInput', {
  description:
    'Something a draft leaves for a person to fill in. Ingest refuses a document while any is open.',
  fields: (t) => ({
    path: t.string({ required: true, description: 'Where in the document, e.g. "statements.0.speaker".' }),
    message: t.string({ required: true, description: 'What to fill in there.' }),
  }),
});

const ReviewUnsureInput = builder.inputType('ReviewUnsureInput', {
  description: "A draft's guess for the reviewer to check. Informational: the write ignores it.",
  fields: (t) => ({
    path: t.string({ required: true, description: 'Where in the document the guess is.' }),
    what: t.string({ required: true, description: 'What was guessed.' }),
    confidence: t.float({ required: true, description: 'How sure the draft is, from 0 to 1.' }),
    start: t.int({
      required: true,
      description: 'Character offset in the source text where the evidence starts.',
    }),
    end: t.int({
      required: true,
      description: 'Character offset in the source text where the evidence ends.',
    }),
    reason: t.string({ description: 'Why it is unsure.' }),
  }),
});

const ReviewInput = builder.inputType('ReviewInput', {
  description: "A draft's review section (see extractArticle).",
  fields: (t) => ({
    todo: t.field({
      type: [ReviewTodoInput],
      description: 'Open items; must be empty (or left out) for the document to be ingested.',
    }),
    unsure: t.field({ type: [ReviewUnsureInput], description: 'Guesses to check; ignored by the write.' }),
  }),
});

const ArticleInput = builder.inputType('ArticleInput', {
  description:
    'One decomposed article: the same shape as a JSON file under seed/ and what `npm run ingest` reads.',
  fields: (t) => ({
    article: t.field({ type: ArticleMetaInput, required: true, description: 'The article itself.' }),
    entities: t.field({ type: [EntityInput], description: 'Entities the document defines.' }),
    relations: t.field({ type: [RelationInput], description: 'Relations the article states.' }),
    statements: t.field({ type: [StatementInput], description: 'Statements the article reports.' }),
    review: t.field({
      type: ReviewInput,
      description:
        'What a draft leaves for review. A document with open todo items, or with "REPLACE-ME" in any value, is refused.',
    }),
  }),
});

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
