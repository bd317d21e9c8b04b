/**
 * The domain vocabulary, in one place: entity kinds and their Neo4j labels, the relationship types
 * with the kinds each may connect, the names of indexes, and the error codes clients see. GraphQL
 * enums, Cypher, validation and the write plan all derive from these lists; nothing else spells them.
 */

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

/** A statement's (or an event's) stance toward something it is about. */
export const STANCES = ['SUPPORTS', 'OPPOSES', 'NEUTRAL', 'MIXED'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * How many PART_OF steps the filters follow down from an entity to its parts (a model family to its
 * models, a senate to its subcommittees). Bounded so a cyclic or very deep hierarchy stays cheap.
 */
export const PART_OF_DEPTH = 4;

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

/** Labels of the nodes that are not entities. */
export const LABEL = {
  ENTITY: 'Entity',
  STATEMENT: 'Statement',
  ARTICLE: 'Article',
  MIGRATION: 'Migration',
  /** One recorded change of an entity's curated facts (see updateEntity). */
  ENTITY_CHANGE: 'EntityChange',
} as const;

/**
 * Relationships around statements and articles (not part of the closed domain list above): who said
 * a statement, what it is about, where and at which event; which article reports, mentions, was
 * written by or published by whom.
 */
export const STATEMENT_REL = {
  SAID: 'SAID',
  ABOUT: 'ABOUT',
  AT_EVENT: 'AT_EVENT',
  SAID_AT: 'SAID_AT',
} as const;
export const ARTICLE_REL = {
  REPORTS: 'REPORTS',
  MENTIONS: 'MENTIONS',
  WRITTEN_BY: 'WRITTEN_BY',
  PUBLISHED_BY: 'PUBLISHED_BY',
} as const;

/**
 * An event's stance toward something, for actions that take a position (a release under an open
 * licence): (:Event)-[:STANCE_ON {stance, confidence, evidence}]->(:Entity). A statement's stance
 * lives on its ABOUT relationship instead (properties stance, stanceConfidence, stanceBy).
 */
export const STANCE_REL = {
  STANCE_ON: 'STANCE_ON',
} as const;

/** A change record points at the entity it changed: (:EntityChange)-[:CHANGES]->(:Entity). */
export const CHANGE_REL = {
  CHANGES: 'CHANGES',
} as const;

/** Full-text index names (created in the migrations, queried by search and resolution). */
export const FULLTEXT_INDEX = {
  STATEMENT_TEXT: 'statement_text_de',
  STATEMENT_TRANSLATION: 'statement_translation_en',
  ENTITY_TEXT: 'entity_text',
  ARTICLE_TITLE: 'article_title',
  /** English stemming on titles (and sections) and on entity descriptions; German titles keep ARTICLE_TITLE. */
  ARTICLE_TEXT_EN: 'article_text_en',
  ENTITY_DESCRIPTION_EN: 'entity_description_en',
  /** Statement texts and translations without stemming or stop words: German quotes made of stop words. */
  STATEMENT_WORDS: 'statement_words',
} as const;

/** The `extensions.code` values a client can act on. */
export const ERROR_CODE = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  PERSISTED_QUERY_ONLY: 'PERSISTED_QUERY_ONLY',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ERROR_CODE)[keyof typeof ERROR_CODE];
