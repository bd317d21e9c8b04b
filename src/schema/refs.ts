import type { Affiliation } from '../db/loaders.js';
import type { ArticleRecord, EntityRecord, StatementRecord } from '../db/records.js';
import { builder } from './builder.js';

/**
 * Type references, declared before any type is implemented so that type files can point at each
 * other without import cycles. Each ref is implemented in the file named after it.
 */

export const EntityRef = builder.interfaceRef<EntityRecord>('Entity');
export const PersonRef = builder.objectRef<EntityRecord>('Person');
export const OrganizationRef = builder.objectRef<EntityRecord>('Organization');
export const AIModelRef = builder.objectRef<EntityRecord>('AIModel');
export const EventRef = builder.objectRef<EntityRecord>('Event');
export const PlaceRef = builder.objectRef<EntityRecord>('Place');
export const TopicRef = builder.objectRef<EntityRecord>('Topic');
export const StatementRef = builder.objectRef<StatementRecord>('Statement');
export const ArticleRef = builder.objectRef<ArticleRecord>('Article');
export const AffiliationRef = builder.objectRef<Affiliation>('Affiliation');

const totalCount = (what: string) => ({
  description: `How many ${what} the whole list holds (computed only when asked for).`,
});

export const StatementConnection = builder.connectionObject(
  {
    type: StatementRef,
    name: 'StatementConnection',
    description: 'A page of statements, newest first (statements without a date last).',
    fields: (t) => ({
      totalCount: t.int({ ...totalCount('statements'), resolve: (connection) => connection.totalCount() }),
    }),
  },
  { name: 'StatementEdge', description: 'A statement and its cursor.' },
);

export const ArticleConnection = builder.connectionObject(
  {
    type: ArticleRef,
    name: 'ArticleConnection',
    description: 'A page of articles, newest first (articles without a known date last).',
    fields: (t) => ({
      totalCount: t.int({ ...totalCount('articles'), resolve: (connection) => connection.totalCount() }),
    }),
  },
  { name: 'ArticleEdge', description: 'An article and its cursor.' },
);
