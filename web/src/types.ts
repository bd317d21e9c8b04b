/** The shapes the explorer reads from the API (only the fields its queries ask for). */

export type Kind = 'PERSON' | 'ORGANIZATION' | 'AI_MODEL' | 'EVENT' | 'PLACE' | 'TOPIC';

export interface EntityRef {
  slug: string;
  name: string;
  kind: Kind;
}

export interface ArticleRef {
  slug: string;
  title: string;
  publishedOn?: string | null;
}

export interface Statement {
  id: string;
  kind: 'QUOTE' | 'PARAPHRASE';
  text: string;
  language: string;
  translation: string | null;
  saidOn: string | null;
  speaker: EntityRef;
  about: EntityRef[];
  event: { slug: string; name: string } | null;
  place: { slug: string; name: string } | null;
  reportedIn: { edges: Array<{ node: ArticleRef }> };
}

export interface Connection<T> {
  totalCount: number;
  edges: Array<{ node: T }>;
}

export interface Neighbour {
  relation: string;
  direction: 'OUTGOING' | 'INCOMING';
  role: string | null;
  support: number;
  entity: EntityRef;
  evidence: ArticleRef[];
}

export interface EntityDetail extends EntityRef {
  description: string | null;
  aliases: string[];
  wikidataId: string | null;
  connections: Connection<Neighbour>;
}

export interface CoMention {
  count: number;
  score: number;
  entity: EntityRef;
}

export type PathNode = {
  __typename: string;
  id: string;
  slug?: string;
  name?: string;
  kind?: Kind;
  text?: string;
};

export interface PathStep {
  relation: string;
  forward: boolean;
  from: PathNode;
  to: PathNode;
  evidence: ArticleRef[];
}

export interface Path {
  length: number;
  steps: PathStep[];
}

export interface Timeline {
  totalCount: number;
  byMonth: Array<{ period: string; count: number }>;
  edges: Array<{
    node: {
      date: string | null;
      statement: { id: string; text: string; speaker: EntityRef } | null;
      event: { slug: string; name: string } | null;
    };
  }>;
}
