import { z } from 'zod';
import { ISO_639_1 } from './languages.js';
import { SLUG_PATTERN } from './normalise.js';
import {
  CONFIDENCES,
  ENTITY_KINDS,
  RELATION_TYPE_NAMES,
  type RelationType,
  STANCES,
  STATEMENT_KINDS,
} from './vocabulary.js';

/**
 * The ingest document: one article decomposed. Same shape for seed/, `npm run ingest` and
 * `ingestArticle`, whose GraphQL input types are derived from these schemas (titles, descriptions,
 * required fields): this file is the one place the shape is written.
 */

const DATE = 'ISO date, YYYY-MM-DD.';

/** A "YYYY-MM-DD" that names a day of the calendar (not 2024-02-30). */
export function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const slugSchema = z
  .string()
  .max(120, 'a slug has at most 120 characters')
  .regex(SLUG_PATTERN, 'must be lowercase ASCII kebab-case, like "sam-altman"');
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date, YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');
const languageSchema = z
  .string()
  .refine((code) => ISO_639_1.has(code), 'must be an ISO 639-1 code such as "de" or "en"');
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
/** A trimmed, non-empty text of at most `max` characters (also for entity patches). */
export const textSchema = text;

export const wikidataIdSchema = z.string().regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as "Q95"');

/** A position toward one thing: for a statement, one of its subjects; for an EVENT, what the action stands for. */
export const stanceSchema = z
  .object({
    about: slugSchema.describe(
      'Slug of what the stance is toward (for a statement: one of its `about` slugs).',
    ),
    stance: z
      .enum(STANCES, { error: `must be one of ${STANCES.join(', ')}` })
      .describe('SUPPORTS, OPPOSES, NEUTRAL or MIXED.'),
    confidence: z.enum(CONFIDENCES).describe('How sure the reading is.').optional(),
  })
  .strict()
  .meta({
    title: 'StanceInput',
    description:
      'A position toward one entity. Optional: annotate where a statement or an event takes a side.',
  });

const entitySchema = z
  .object({
    kind: z
      .enum(ENTITY_KINDS, { error: `must be one of ${ENTITY_KINDS.join(', ')}` })
      .describe('Which kind of entity.'),
    slug: slugSchema.describe('Lowercase kebab-case key.'),
    name: text(300).describe('Display name.'),
    aliases: z
      .array(text(300))
      .max(50)
      .describe('Other names, including inflected forms used in the text.')
      .default([]),
    description: text(2000).describe('Short description in English.').optional(),
    wikidataId: wikidataIdSchema.describe('Verified Wikidata item id, e.g. "Q95".').optional(),
    startsOn: dateSchema.describe(`EVENT only: ${DATE}`).optional(),
    endsOn: dateSchema.describe(`EVENT only: ${DATE}`).optional(),
    releasedOn: dateSchema.describe(`AI_MODEL only: ${DATE}`).optional(),
    confidence: z.enum(CONFIDENCES).describe('For inferred identifications.').optional(),
    mentioned: z
      .boolean()
      .describe('false for context entities the article does not name. Default true.')
      .default(true),
    stances: z
      .array(stanceSchema)
      .max(50)
      .describe(
        'EVENT only: the positions the action takes (a release under an open licence SUPPORTS open-source AI). Shown by `positions` for those who organised or took part in it.',
      )
      .default([]),
  })
  .strict()
  .meta({
    title: 'EntityInput',
    description: 'An entity the document defines. Reused when its slug, Wikidata id or name already exists.',
  });

const relationSchema = z
  .object({
    from: slugSchema.describe('Slug of the source entity.'),
    type: z
      .enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]], {
        error: `must be one of ${RELATION_TYPE_NAMES.join(', ')}`,
      })
      .describe('One of the closed list.'),
    to: slugSchema.describe('Slug of the target entity.'),
    role: text(200).describe('For WORKS_FOR and PARTICIPATED_IN: the role.').optional(),
    confidence: z.enum(CONFIDENCES).describe('For inferred relations.').optional(),
  })
  .strict()
  .meta({
    title: 'RelationInput',
    description: 'A relation the article states between two entities; the article becomes its evidence.',
  });

const statementSchema = z
  .object({
    speaker: slugSchema.describe('Slug of the person or organization who said it.'),
    text: text(5000).describe('Word for word, original language.'),
    language: languageSchema.describe('ISO 639-1 code of the text.'),
    translation: text(5000).describe('English gloss.').optional(),
    kind: z.enum(STATEMENT_KINDS, { error: 'must be QUOTE or PARAPHRASE' }).describe('QUOTE or PARAPHRASE.'),
    about: z.array(slugSchema).max(50).describe('Slugs of what it is about.').default([]),
    event: slugSchema.describe('Slug of the event where it was said.').optional(),
    place: slugSchema.describe("Slug of the place, when it is not the event's place.").optional(),
    saidOn: dateSchema.describe(`Day it was said, ${DATE}`).optional(),
    confidence: z.enum(CONFIDENCES).describe('For inferred attributions.').optional(),
    stances: z
      .array(stanceSchema)
      .max(50)
      .describe("The speaker's stance toward some of the things in `about` (each must be listed there).")
      .default([]),
  })
  .strict()
  .meta({ title: 'StatementInput', description: 'A statement the article reports.' });

/**
 * What a draft leaves for the person reviewing it. `todo`: things to fill in before the document may
 * be ingested (ingest refuses open items). `unsure`: guesses with their confidence and where in the
 * text they came from, for the reviewer only; the write ignores them, so only their shape is checked.
 */
const reviewSchema = z
  .object({
    todo: z
      .array(
        z
          .object({
            path: z.string().max(500).describe('Where in the document, e.g. "statements.0.speaker".'),
            message: text(2000).describe('What to fill in there.'),
          })
          .strict()
          .meta({
            title: 'ReviewTodoInput',
            description:
              'Something a draft leaves for a person to fill in. Ingest refuses a document while any is open.',
          }),
      )
      .max(2000)
      .describe('Open items; must be empty (or left out) for the document to be ingested.')
      .default([]),
    unsure: z
      .array(
        z
          .object({
            path: z.string().max(500).describe('Where in the document the guess is.'),
            what: z.string().max(2000).describe('What was guessed.'),
            confidence: z
              .number()
              .min(0, 'must be between 0 and 1')
              .max(1, 'must be between 0 and 1')
              .describe('How sure the draft is, from 0 to 1.'),
            start: z
              .number()
              .int()
              .min(0)
              .describe('Character offset in the source text where the evidence starts.'),
            end: z
              .number()
              .int()
              .min(0)
              .describe('Character offset in the source text where the evidence ends.'),
            reason: z.string().max(2000).describe('Why it is unsure.').nullish(),
          })
          .strict()
          .meta({
            title: 'ReviewUnsureInput',
            description: "A draft's guess for the reviewer to check. Informational: the write ignores it.",
          }),
      )
      .max(5000)
      .describe('Guesses to check; ignored by the write.')
      .default([]),
  })
  .strict()
  .meta({ title: 'ReviewInput', description: "A draft's review section (see extractArticle)." });

export const documentSchema = z
  .object({
    article: z
      .object({
        slug: slugSchema.describe(
          'Stable key, lowercase kebab-case. Ingesting the same slug again replaces the article.',
        ),
        title: text(500).describe('Headline.'),
        url: z
          .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
          .max(2000)
          .describe('http(s) address of the article.'),
        language: languageSchema.describe('ISO 639-1 code.'),
        publishedOn: dateSchema.describe(`Publication day, ${DATE} Leave out when unknown.`).nullish(),
        section: text(200).describe('Section or rubric.').optional(),
        outlet: slugSchema.describe('Slug of the publishing organization.').optional(),
        authors: z.array(slugSchema).max(50).describe('Slugs of the authors, in byline order.').default([]),
      })
      .strict()
      .meta({ title: 'ArticleMetaInput', description: 'The article itself.' }),
    entities: z.array(entitySchema).max(2000).describe('Entities the document defines.').default([]),
    relations: z.array(relationSchema).max(5000).describe('Relations the article states.').default([]),
    statements: z.array(statementSchema).max(2000).describe('Statements the article reports.').default([]),
    // Described on the optional wrapper: described itself, the object would be a second schema with
    // the same title, and its field description would replace the type's.
    review: reviewSchema
      .optional()
      .describe(
        'What a draft leaves for review. A document with open todo items, or with "REPLACE-ME" in any value, is refused.',
      ),
  })
  .strict()
  .meta({
    title: 'ArticleInput',
    description:
      'One decomposed article: the same shape as a JSON file under seed/ and what `npm run ingest` reads.',
  });

export type IngestDocument = z.infer<typeof documentSchema>;
/** A document as written (defaults not yet applied). */
export type DocumentInput = z.input<typeof documentSchema>;
export type EntityInput = IngestDocument['entities'][number];
export type RelationInput = IngestDocument['relations'][number];
export type StatementInput = IngestDocument['statements'][number];
export type StanceInput = StatementInput['stances'][number];
