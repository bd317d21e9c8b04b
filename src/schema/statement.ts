import { allWordsQuery } from '../db/search-query.js';
import { countStatements, findStatements } from '../db/statements.js';
import { InputError } from '../domain/errors.js';
import { PART_OF_DEPTH } from '../domain/vocabulary.js';
import { builder } from './builder.js';
import { ConfidenceEnum, confidenceOf } from './confidence.js';
import { connectionCost, listPage, pageArgs, pageRequest, toConnection } from './pagination.js';
import { edgeField, listField, prefetched, prefetchedOr, projectionOfItems } from './projection.js';
import {
  ArticleConnection,
  EntityRef,
  EventRef,
  PlaceRef,
  StatementConnection,
  StatementRef,
} from './refs.js';

export const StatementKindEnum = builder.enumType('StatementKind', {
  description: 'How the article reports a statement.',
  values: {
    QUOTE: { description: 'Direct speech, word for word.' },
    PARAPHRASE: { description: 'Reported speech or a claim the article attributes to the speaker.' },
  } as const,
});

builder.node(StatementRef, {
  description:
    'Something a person or organization said, as reported by one or more articles. Its identity is the speaker plus the normalised text: the same quote in two articles is one statement reported in both.',
  id: { resolve: (statement) => statement.id },
  isTypeOf: (value) => (value as { nodeType?: string }).nodeType === 'Statement',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The statement word for word, in its original language.' }),
    language: t.exposeString('language', { description: 'ISO 639-1 code of `text`.' }),
    translation: t.exposeString('translation', { nullable: true, description: 'An English gloss.' }),
    kind: t.field({ type: StatementKindEnum, description: 'QUOTE or PARAPHRASE.', resolve: (s) => s.kind }),
    saidOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it was said, where known.',
      resolve: (s) => s.saidOn,
    }),
    confidence: t.field({
      type: ConfidenceEnum,
      nullable: true,
      description: 'MEDIUM or LOW when attribution or subject is an inference; null when checked.',
      resolve: (x) => confidenceOf(x.confidence),
    }),
    speaker: t.field({
      type: EntityRef,
      description: 'Who said it: a Person or an Organization.',
      extensions: edgeField('speaker'),
      resolve: async (s, _args, ctx, info) => {
        const speaker = await prefetchedOr(s, info, () => ctx.loaders.speaker.load(s.id));
        if (!speaker) throw new Error(`statement ${s.id} has no speaker`);
        return speaker;
      },
    }),
    about: t.field({
      type: [EntityRef],
      description: 'What the statement is about: models, organizations, topics, people.',
      extensions: edgeField('about'),
      resolve: (s, _args, ctx, info) => prefetchedOr(s, info, () => ctx.loaders.about.load(s.id)),
    }),
    event: t.field({
      type: EventRef,
      nullable: true,
      description: 'The event at which it was said.',
      extensions: edgeField('event'),
      resolve: (s, _args, ctx, info) => prefetchedOr(s, info, () => ctx.loaders.event.load(s.id)),
    }),
    place: t.field({
      type: PlaceRef,
      nullable: true,
      description: "Where it was said: the statement's own place, else its event's place.",
      extensions: edgeField('place'),
      resolve: (s, _args, ctx, info) => prefetchedOr(s, info, () => ctx.loaders.place.load(s.id)),
    }),
    reportedIn: t.field({
      type: ArticleConnection,
      description: 'Articles that report this statement, newest first.',
      args: pageArgs,
      complexity: connectionCost,
      extensions: listField('articlesReporting'),
      resolve: (s, args, ctx, info) => listPage('articlesReporting', s.id, args, ctx, prefetched(s, info)),
    }),
  }),
});

const StatementFilterInput = builder.inputType('StatementFilter', {
  description: 'Which statements to return. Lists hold slugs and match any of them; fields combine with AND.',
  fields: (t) => ({
    speaker: t.stringList({
      description:
        'Said by any of these people or organizations, or by their parts (a subcommittee of a senate).',
    }),
    about: t.stringList({
      description:
        'About any of these entities or their parts ("gpt-models" includes GPT-6, which is PART_OF it).',
    }),
    event: t.stringList({ description: 'Said at any of these events or at their parts.' }),
    includeParts: t.boolean({
      defaultValue: true,
      description: `Whether speaker, about and event include the parts of the entities named, up to ${PART_OF_DEPTH} PART_OF steps down. Default true; false matches the named entities alone.`,
    }),
    place: t.stringList({
      description: 'Said at any of these places or anywhere within them ("munich" includes the TUM Audimax).',
    }),
    article: t.string({ description: 'Reported by this article (slug).' }),
    language: t.string({ description: 'In this language (ISO 639-1).' }),
    kind: t.field({ type: StatementKindEnum, description: 'Only quotes or only paraphrases.' }),
    from: t.field({ type: 'Date', description: 'Said on or after this day.' }),
    to: t.field({ type: 'Date', description: 'Said on or before this day.' }),
    text: t.string({
      description:
        'Full-text words (and "quoted phrases") that the statement or its translation must all contain (German and English stemming).',
    }),
  }),
});

builder.queryField('statements', (t) =>
  t.field({
    type: StatementConnection,
    description: 'Statements matching a filter, newest first. Without a filter: all statements.',
    args: { filter: t.arg({ type: StatementFilterInput, description: 'What to match.' }), ...pageArgs },
    complexity: connectionCost,
    resolve: async (_root, args, ctx, info) => {
      const request = pageRequest(args);
      const filter = args.filter ?? {};
      const lists = {
        speaker: filter.speaker,
        about: filter.about,
        event: filter.event,
        place: filter.place,
      };
      for (const [field, list] of Object.entries(lists)) {
        if (list && list.length > 100) throw InputError.single(`filter.${field}`, 'at most 100 slugs');
      }
      if (filter.from && filter.to && filter.from > filter.to) {
        throw InputError.single('filter.to', 'must not be before filter.from');
      }
      const text = filter.text ? allWordsQuery(filter.text) : null;
      if (filter.text && !text)
        throw InputError.single('filter.text', 'must contain at least one letter or digit');
      const query = { ...filter, text };
      const page = await findStatements(ctx.reads, query, request, projectionOfItems(info));
      return toConnection(page, request, () => countStatements(ctx.reads, query));
    },
  }),
);
