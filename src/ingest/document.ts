import { z } from 'zod';
import { ISO_639_1 } from './languages.js';
import { SLUG_PATTERN } from './normalise.js';

/** The ingest document: one article decomposed. Same shape for seed/, `npm run ingest` and `ingestArticle`. */

export const ENTITY_KINDS = ['PERSON', 'ORGANIZATION', 'AI_MODEL', 'EVENT', 'PLACE', 'TOPIC'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Neo4j label of each kind. */
export const KIND_LABEL: Record<EntityKind, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  AI_MODEL: 'AIModel',
  EVENT: 'Event',
  PLACE: 'Place',
  TOPIC: 'Topic',
};

export const STATEMENT_KINDS = ['QUOTE', 'PARAPHRASE'] as const;
export const CONFIDENCES = ['HIGH', 'MEDIUM', 'LOW'] as const;

/**
 * The closed list of relations between entities, with the kinds each may connect. The relation
 * type is also the Neo4j relationship type, so this list is the allow-list for dynamic Cypher.
 */
export const RELATION_TYPES = {
  WORKS_FOR: {
    from: ['PERSON'],
    to: ['ORGANIZATION'],
    doc: 'A person works for, leads or founded an organization (role says how).',
  },
  MEMBER_OF: {
    from: ['PERSON', 'ORGANIZATION'],
    to: ['ORGANIZATION'],
    doc: 'Membership without employment (a board, an alliance).',
  },
  DEVELOPED_BY: {
    from: ['AI_MODEL'],
    to: ['ORGANIZATION', 'PERSON'],
    doc: 'A model was developed by an organization or a person.',
  },
  HELD_AT: { from: ['EVENT'], to: ['PLACE'], doc: 'An event took place at a place.' },
  WITHIN: {
    from: ['PLACE'],
    to: ['PLACE'],
    doc: 'A place lies within another (Audimax within Munich within Germany).',
  },
  LOCATED_IN: { from: ['ORGANIZATION'], to: ['PLACE'], doc: 'An organization is based at a place.' },
  PARTICIPATED_IN: {
    from: ['PERSON', 'ORGANIZATION'],
    to: ['EVENT'],
    doc: 'Took part in an event (role says how: speaker, moderator, witness).',
  },
  ORGANIZED_BY: {
    from: ['EVENT'],
    to: ['ORGANIZATION', 'PERSON'],
    doc: 'An event was organised or hosted by someone.',
  },
  SUCCESSOR_OF: {
    from: ['AI_MODEL', 'ORGANIZATION', 'EVENT'],
    to: ['AI_MODEL', 'ORGANIZATION', 'EVENT'],
    doc: 'Follows on from an earlier entity of the same kind.',
  },
  PART_OF: {
    from: ['ORGANIZATION', 'AI_MODEL', 'EVENT', 'TOPIC'],
    to: ['ORGANIZATION', 'AI_MODEL', 'EVENT', 'TOPIC'],
    doc: 'Belongs to a larger whole of the same kind (a subcommittee of a senate, a model of a family).',
  },
} as const satisfies Record<string, { from: readonly EntityKind[]; to: readonly EntityKind[]; doc: string }>;
export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

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

const entitySchema = z
  .object({
    kind: z.enum(ENTITY_KINDS, { error: `must be one of ${ENTITY_KINDS.join(', ')}` }),
    slug: slugSchema,
    name: text(300),
    aliases: z.array(text(300)).max(50).default([]),
    description: text(2000).optional(),
    wikidataId: z
      .string()
      .regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as "Q95"')
      .optional(),
    startsOn: dateSchema.optional(),
    endsOn: dateSchema.optional(),
    releasedOn: dateSchema.optional(),
    confidence: z.enum(CONFIDENCES).optional(),
    /** false for context entities that the article does not name (a moderator known from other sources). */
    mentioned: z.boolean().default(true),
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
  })
  .strict();

export type IngestDocument = z.infer<typeof documentSchema>;
/** A document as written (defaults not yet applied). */
export type DocumentInput = z.input<typeof documentSchema>;
export type EntityInput = IngestDocument['entities'][number];
export type RelationInput = IngestDocument['relations'][number];
export type StatementInput = IngestDocument['statements'][number];
