import { knownEntities } from '../db/entities.js';
import { InputError, UnauthenticatedError } from '../domain/errors.js';
import { draftDocument } from '../extract/document.js';
import { type DraftMention, type DraftQuote, extractDraft } from '../extract/draft.js';
import { builder } from './builder.js';

const MAX_TEXT = 100_000;

const DraftQuoteRef = builder.objectRef<DraftQuote>('DraftQuote').implement({
  description: 'A direct quote found in the text, with the speaker it was attributed to.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The quote, without its quote marks.' }),
    speaker: t.exposeString('speaker', {
      nullable: true,
      description: 'Slug of the speaker when the graph knows them.',
    }),
    speakerName: t.exposeString('speakerName', {
      nullable: true,
      description: 'The name the speaker was found by; for a pronoun, the last person named before it.',
    }),
    cue: t.exposeString('cue', {
      nullable: true,
      description: 'The reporting verb that tied quote and speaker.',
    }),
    offset: t.exposeInt('offset', {
      description: 'Character offset of the quote (its opening mark) in the text.',
    }),
    end: t.exposeInt('end', { description: 'Character offset just after the closing mark.' }),
    confidence: t.exposeFloat('confidence', {
      description:
        'How sure the attribution is, 0 to 1: a reporting verb with a name scores high, a continued quote lower.',
    }),
    reason: t.exposeString('reason', { description: 'Why this speaker: the cue or the rule that decided.' }),
    about: t.exposeStringList('about', {
      description: 'Slugs of the models, organizations and topics named in the quote or its sentence.',
    }),
  }),
});

const DraftMentionRef = builder.objectRef<DraftMention>('DraftMention').implement({
  description: 'A name found in the text.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name as the graph knows it, or as found.' }),
    slug: t.exposeString('slug', { description: 'The known slug, or a proposed one for a new entity.' }),
    kind: t.exposeString('kind', { nullable: true, description: 'Entity kind when known.' }),
    known: t.exposeBoolean('known', { description: 'False for names the graph does not know yet.' }),
    count: t.exposeInt('count', { description: 'How often it occurs.' }),
    offset: t.exposeInt('offset', { description: 'Character offset of its first occurrence.' }),
    confidence: t.exposeFloat('confidence', { description: 'How sure the kind is, 0 to 1.' }),
    evidence: t.exposeString('evidence', {
      description:
        'What the kind rests on: a first name, a role, an organization word, the dateline, a place list.',
    }),
  }),
});

const ArticleDraftRef = builder
  .objectRef<{ language: string; quotes: DraftQuote[]; mentions: DraftMention[]; document: string }>(
    'ArticleDraft',
  )
  .implement({
    description: 'A draft decomposition of raw text, for a person to review before ingesting.',
    fields: (t) => ({
      language: t.exposeString('language', {
        description: 'The language used (given or detected): de or en.',
      }),
      quotes: t.field({
        type: [DraftQuoteRef],
        description: 'Direct quotes in text order.',
        resolve: (d) => d.quotes,
      }),
      mentions: t.field({
        type: [DraftMentionRef],
        description: 'Known entities and new names found in the text.',
        resolve: (d) => d.mentions,
      }),
      document: t.exposeString('document', {
        description:
          'A proposed ingest document (JSON): known entities as mentions, new names with kinds, attributed quotes as statements, and a `review` section: `todo` (what a person must fill in; ingest refuses the document until it is empty) and `unsure` (every guess with its confidence and character offsets, least sure first).',
      }),
    }),
  });

builder.queryField('extractArticle', (t) =>
  t.field({
    type: ArticleDraftRef,
    description:
      'Drafts a decomposition of raw article text (German or English): quotes in „…“, "…", «…» and ‚…‘ with their speakers, mentions of known entities, and new capitalised names. Writes nothing.',
    args: {
      text: t.arg.string({
        required: true,
        description: `The article text, at most ${MAX_TEXT} characters.`,
      }),
      language: t.arg.string({ description: 'de or en; detected when left out.' }),
    },
    complexity: 50,
    resolve: async (_root, args, ctx) => {
      // Extraction reads the whole graph's names and costs CPU in proportion to the text: writers only.
      if (!ctx.canWrite)
        throw new UnauthenticatedError('extractArticle needs "Authorization: Bearer <API_TOKEN>".');
      if (args.text.length > MAX_TEXT)
        throw InputError.single('text', `must be at most ${MAX_TEXT} characters`);
      if (args.language && !['de', 'en'].includes(args.language))
        throw InputError.single('language', 'must be de or en');
      const draft = extractDraft(args.text, args.language ?? null, await knownEntities(ctx.reads));
      return { ...draft, document: JSON.stringify(draftDocument(draft, args.text), null, 2) };
    },
  }),
);
