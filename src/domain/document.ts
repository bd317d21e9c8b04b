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

/** The ingest document: one article decomposed. Same shape for seed/, `npm run ingest` and `ingestArticle`. */

function isRealDate(value: string): boolean {
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
const stanceSchema = z
  .object({
    about: slugSchema,
    stance: z.enum(STANCES, { error: `must be one of ${STANCES.join(', ')}` }),
    confidence: z.enum(CONFIDENCES).optional(),
  })
  .strict();

const entitySchema = z
  .object({
    kind: z.enum(ENTITY_KINDS, { error: `must be one of ${ENTITY_KINDS.join(', ')}` }),
    slug: slugSchema,
    name: text(300),
    aliases: z.array(text(300)).max(50).default([]),
    description: text(2000).optional(),
    wikidataId: wikidataIdSchema.optional(),
    startsOn: dateSchema.optional(),
    endsOn: dateSchema.optional(),
    releasedOn: dateSchema.optional(),
    confidence: z.enum(CONFIDENCES).optional(),
    /** false for context entities that the article does not name (a moderator known from other sources). */
    mentioned: z.boolean().default(true),
    /** EVENT only: the positions the action takes (a release under an open licence SUPPORTS open-source AI). */
    stances: z.array(stanceSchema).max(50).default([]),
  })
  .strict();

const relationSchema = z
  .object({
    from: slugSchema,
    type: z.enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]], {
      error: `must be one of ${RELATION_TYPE_NAMES.join(', ')}`,
    }),
    to: slugSchema,
    role: text(200).optional(),
    confidence: z.enum(CONFIDENCES).optional(),
  })
  .strict();

const statementSchema = z
  .object({
    speaker: slugSchema,
    text: text(5000),
    language: languageSchema,
    translation: text(5000).optional(),
    kind: z.enum(STATEMENT_KINDS, { error: 'must be QUOTE or PARAPHRASE' }),
    about: z.array(slugSchema).max(50).default([]),
    event: slugSchema.optional(),
    place: slugSchema.optional(),
    saidOn: dateSchema.optional(),
    confidence: z.enum(CONFIDENCES).optional(),
    /** The speaker's stance toward some of the things in `about` (each must be listed there). */
    stances: z.array(stanceSchema).max(50).default([]),
  })
  .strict();

/**
 * What a draft leaves for the person reviewing it. `todo`: things to fill in before the document may
 * be ingested (ingest refuses open items). `unsure`: guesses with their confidence and where in the
 * text they came from, for the reviewer only; the write ignores them, so only their shape is checked.
 */
const reviewSchema = z
  .object({
    todo: z
      .array(z.object({ path: z.string().max(500), message: text(2000) }).strict())
      .max(2000)
      .default([]),
    unsure: z
      .array(
        z
          .object({
            path: z.string().max(500),
            what: z.string().max(2000),
            confidence: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
            start: z.number().int().min(0),
            end: z.number().int().min(0),
            reason: z.string().max(2000).nullish(),
          })
          .strict(),
      )
      .max(5000)
      .default([]),
  })
  .strict();

export const documentSchema = z
  .object({
    article: z
      .object({
        slug: slugSchema,
        title: text(500),
        url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000),
        language: languageSchema,
        publishedOn: dateSchema.nullish(),
        section: text(200).optional(),
        outlet: slugSchema.optional(),
        authors: z.array(slugSchema).max(50).default([]),
      })
      .strict(),
    entities: z.array(entitySchema).max(2000).default([]),
    relations: z.array(relationSchema).max(5000).default([]),
    statements: z.array(statementSchema).max(2000).default([]),
    review: reviewSchema.optional(),
  })
  .strict();

export type IngestDocument = z.infer<typeof documentSchema>;
/** A document as written (defaults not yet applied). */
export type DocumentInput = z.input<typeof documentSchema>;
export type EntityInput = IngestDocument['entities'][number];
export type RelationInput = IngestDocument['relations'][number];
export type StatementInput = IngestDocument['statements'][number];
export type StanceInput = StatementInput['stances'][number];
