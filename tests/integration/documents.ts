/** Ingest documents for tests, with slugs under a prefix so that each suite owns its data. */
export function testDocument(prefix: string, n = 1, extra: { statements?: number; speaker?: string } = {}) {
  const speaker = extra.speaker ?? `${prefix}-speaker`;
  const statements = Array.from({ length: extra.statements ?? 2 }, (_, i) => ({
    speaker,
    text: `${prefix} statement ${i} from article ${n}`,
    language: 'en',
    kind: i % 2 === 0 ? 'QUOTE' : 'PARAPHRASE',
    about: [`${prefix}-model`],
    event: `${prefix}-event`,
    saidOn: `2024-0${(i % 9) + 1}-1${n % 10}`,
  }));
  return {
    article: {
      slug: `${prefix}-article-${n}`,
      title: `${prefix} article ${n}`,
      url: `https://example.com/${prefix}/${n}`,
      language: 'en',
      publishedOn: `2024-03-${String((n % 28) + 1).padStart(2, '0')}`,
      outlet: `${prefix}-outlet`,
      authors: [speaker],
    },
    entities: [
      { kind: 'PERSON', slug: speaker, name: `${prefix} Speaker`, aliases: [] },
      { kind: 'ORGANIZATION', slug: `${prefix}-outlet`, name: `${prefix} Outlet` },
      { kind: 'ORGANIZATION', slug: `${prefix}-lab`, name: `${prefix} Lab` },
      { kind: 'AI_MODEL', slug: `${prefix}-model`, name: `${prefix} Model`, releasedOn: '2024-01-01' },
      { kind: 'EVENT', slug: `${prefix}-event`, name: `${prefix} Event`, startsOn: '2024-02-02' },
      { kind: 'PLACE', slug: `${prefix}-hall`, name: `${prefix} Hall` },
    ],
    relations: [
      { from: `${prefix}-model`, type: 'DEVELOPED_BY', to: `${prefix}-lab` },
      { from: speaker, type: 'WORKS_FOR', to: `${prefix}-lab`, role: 'Researcher' },
      { from: `${prefix}-event`, type: 'HELD_AT', to: `${prefix}-hall` },
    ],
    statements,
  };
}

/** An object in a test document, free to change. */
export type Fields = Record<string, unknown>;

/**
 * A test document opened up for editing: every field may be changed, added or deleted, to build the
 * documents the API must refuse (or must resolve). Edits that keep the shape need no such type.
 */
export interface EditableDocument {
  article: Fields;
  entities: Fields[];
  relations: Fields[];
  statements: Fields[];
  review?: Fields;
}

/** Item `i` of a list in a test document, to edit it in place; throws when the document has no such item. */
export function nth<T>(list: T[], i: number): T {
  const found = list[i];
  if (found === undefined) throw new Error(`the test document has no item ${i} here`);
  return found;
}

export const INGEST = `mutation ($input: ArticleInput!) {
  ingestArticle(input: $input) {
    article { slug } replaced entitiesCreated entitiesReused statementsCreated statementsReused relations mentions
    resolved { slug to by }
  }
}`;
