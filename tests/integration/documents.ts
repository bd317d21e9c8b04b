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

export const INGEST = `mutation ($input: ArticleInput!) {
  ingestArticle(input: $input) {
    article { slug } replaced entitiesCreated entitiesReused statementsCreated statementsReused relations mentions
    resolved { slug to by }
  }
}`;
