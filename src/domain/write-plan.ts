import type { EntityConflict } from './curation.js';
import type { EntityKind, RelationType, Stance } from './vocabulary.js';

/** A position toward one entity, by graph slug. */
export interface PlannedStance {
  about: string;
  stance: Stance;
  confidence: string | null;
}

/** What the write path needs: the document with every slug resolved to the graph's, and its statements keyed. */
export interface WritePlan {
  article: {
    slug: string;
    title: string;
    url: string;
    language: string;
    publishedOn: string | null;
    section: string | null;
    outlet: string | null;
    authors: string[];
  };
  entities: Array<{
    slug: string;
    kind: EntityKind;
    /**
     * false when the document's entity was resolved to an existing one under another slug: its name
     * becomes an alias. The write only fills facts the entity lacks; it never replaces one.
     */
    ownsName: boolean;
    name: string;
    nameKey: string;
    aliases: string[];
    /** Keys of the aliases, for resolving later documents by alias. */
    aliasKeys: string[];
    description: string | null;
    wikidataId: string | null;
    startsOn: string | null;
    endsOn: string | null;
    releasedOn: string | null;
    confidence: string | null;
  }>;
  mentions: string[];
  relations: Array<{
    from: string;
    type: RelationType;
    to: string;
    role: string | null;
    confidence: string | null;
  }>;
  statements: Array<{
    id: string;
    speaker: string;
    text: string;
    language: string;
    translation: string | null;
    kind: string;
    about: string[];
    event: string | null;
    place: string | null;
    saidOn: string | null;
    confidence: string | null;
    /** Where the article reports it: 0 for its first statement (the lead), in document order. */
    position: number;
    /** The speaker's stances toward some of `about`. */
    stances: PlannedStance[];
  }>;
  /** Stances of EVENT entities (an action that takes a position), by graph slug. */
  eventStances: Array<PlannedStance & { event: string }>;
  /** Document slug -> graph slug, for entities resolved to an existing entity. */
  resolved: Array<{ slug: string; to: string; by: 'slug' | 'wikidataId' | 'name' }>;
  created: string[];
  /** Facts the document offered that differ from the graph's: the write keeps the graph's. */
  conflicts: EntityConflict[];
}
