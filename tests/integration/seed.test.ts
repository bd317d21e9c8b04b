import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE, testApp } from './helpers.js';
import type { Edges, Slug } from './response-types.js';

/** The seed read as an analyst would: everything the article says, and the checked facts around it, is in the graph. */
const { gql } = testApp();
const seed: { statements: unknown[] } = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'seed', 'openai-open-source-de.json'), 'utf8'),
);

const STATEMENT = `query ($f: StatementFilter) { statements(filter: $f, first: 50) { edges { node {
  text kind language translation saidOn speaker { slug } about { slug } event { slug } place { slug } } } } }`;

interface SeedStatement {
  text: string;
  kind: string;
  language: string;
  translation: string | null;
  saidOn: string | null;
  speaker: Slug;
  about: Slug[];
  event: Slug | null;
  place: Slug | null;
}
interface StatementsResult {
  statements: Edges<SeedStatement>;
}
interface Wikidata {
  wikidataId: string | null;
}
/** Fields under `... on Event` are there for events only. */
interface CheckedFacts {
  event: {
    startsOn?: string | null;
    place?: { slug: string; within: { slug: string; within: Slug | null } | null } | null;
    connections: Edges<{ role: string | null; entity: Slug }>;
  } | null;
  tum: (Wikidata & { aliases: string[] }) | null;
  google: Wikidata | null;
  openai: Wikidata | null;
  chatgpt: Wikidata | null;
  senate: Wikidata | null;
  guanaco: { confidence: string | null } | null;
  article: {
    title: string;
    url: string;
    publishedOn: string | null;
    section: string | null;
    outlet: Slug | null;
    authors: Slug[];
  } | null;
}

async function find(filter: Record<string, unknown>, fragment: string) {
  const result = await gql<StatementsResult>(STATEMENT, { f: filter });
  const node = result.data?.statements.edges.map((e) => e.node).find((n) => n.text.includes(fragment));
  expect(node, `no statement containing "${fragment}"`).toBeTruthy();
  return node;
}

describe('the seed decomposition', () => {
  it('has the contract slugs', async () => {
    const slugs = [
      'sam-altman',
      'openai',
      'google',
      'technical-university-of-munich',
      'munich',
      'germany',
      'united-states-senate',
      'gpt-6',
      'chatgpt',
      'whisper',
      'matthias-bastian',
      'the-decoder',
    ];
    const query = `{ ${slugs.map((s, i) => `e${i}: entity(slug: "${s}") { slug }`).join(' ')} }`;
    const result = await gql<Record<string, Slug | null>>(query);
    expect(Object.values(result.data ?? {}).map((e) => e?.slug)).toEqual(slugs);
  });

  it('keeps every statement with speaker, subject, event, place, date and an English gloss', async () => {
    // The Senate claim: said at the hearing, 2023-05-16, in Washington.
    expect(
      await find(
        { speaker: ['sam-altman'], event: ['senate-hearing-oversight-of-ai-2023'] },
        'Wettbewerbsvorteil',
      ),
    ).toMatchObject({
      kind: 'PARAPHRASE',
      saidOn: '2023-05-16',
      place: { slug: 'washington-dc' },
    });
    // The memo's claim, by the Google engineer.
    expect(await find({ speaker: ['luke-sernau'] }, 'kommerzielle Angebote überholen')).toMatchObject({
      event: { slug: 'no-moat-memo-2023' },
    });
    // The show-of-hands question and the answer.
    expect(await find({ about: ['gpt-6'] }, 'unmittelbar nach Ende des Trainings')).toMatchObject({
      kind: 'PARAPHRASE',
      saidOn: '2023-05-25',
    });
    expect(await find({ kind: 'QUOTE', about: ['gpt-6'] }, 'Wir werden das nicht machen')).toMatchObject({
      place: { slug: 'tum-audimax' },
    });
    // The open-source lag (a quote) and the safety argument.
    expect(await find({ kind: 'QUOTE', about: ['ai-safety'] }, 'Open-Source-Verzögerung')).toMatchObject({
      speaker: { slug: 'sam-altman' },
    });
    expect(await find({ about: ['ai-safety'] }, 'Sicherheit der Modelle zu verbessern')).toMatchObject({
      event: { slug: 'sam-altman-at-tum-2023' },
    });
    expect(await find({ about: ['ai-safety'] }, 'aus Sicherheitsgründen immer größer')).toBeTruthy();
    // The note on Whisper, by the author.
    expect(await find({ about: ['whisper'] }, 'Sprache-zu-Text-Modell Whisper')).toMatchObject({
      speaker: { slug: 'matthias-bastian' },
    });
    // Every statement has a gloss and is in German, word for word from the article.
    const all = await gql<StatementsResult>(STATEMENT, { f: { article: SEED_ARTICLE } });
    for (const node of all.data?.statements.edges.map((e) => e.node) ?? []) {
      expect(node.translation).toBeTruthy();
      expect(node.language).toBe('de');
    }
    expect(all.data?.statements.edges).toHaveLength(seed.statements.length);
  });

  it('holds the checked facts: the event, venue, moderator, guests and Wikidata ids', async () => {
    const result = await gql<CheckedFacts>(`{
      event: entity(slug: "sam-altman-at-tum-2023") { ... on Event { startsOn place { slug within { slug within { slug } } } }
        connections(relation: PARTICIPATED_IN) { edges { node { role entity { slug } } } } }
      tum: entity(slug: "technical-university-of-munich") { wikidataId aliases }
      google: entity(slug: "google") { wikidataId } openai: entity(slug: "openai") { wikidataId }
      chatgpt: entity(slug: "chatgpt") { wikidataId } senate: entity(slug: "united-states-senate") { wikidataId }
      guanaco: entity(slug: "guanaco") { confidence }
      article(slug: "${SEED_ARTICLE}") { title url publishedOn section outlet { slug } authors { slug } }
    }`);
    const d = result.data;
    expect(d?.event?.startsOn).toBe('2023-05-25');
    expect(d?.event?.place).toEqual({
      slug: 'tum-audimax',
      within: { slug: 'munich', within: { slug: 'germany' } },
    });
    const roles = Object.fromEntries(
      d?.event?.connections.edges.map((e) => [e.node.entity.slug, e.node.role]) ?? [],
    );
    expect(roles).toMatchObject({
      'reinhard-heckel': 'Moderator',
      'sam-altman': 'Guest speaker',
      'johannes-heidecke': 'On stage',
      'thomas-hofmann': 'Welcome address',
    });
    expect([
      d?.tum?.wikidataId,
      d?.google?.wikidataId,
      d?.openai?.wikidataId,
      d?.chatgpt?.wikidataId,
      d?.senate?.wikidataId,
    ]).toEqual(['Q157808', 'Q95', 'Q21708200', 'Q115564437', 'Q66096']);
    expect(d?.tum?.aliases).toContain('TU München');
    // The QLoRA identification is an inference, marked as such; the publication date is unknown.
    expect(d?.guanaco?.confidence).toBe('MEDIUM');
    expect(d?.article).toMatchObject({
      publishedOn: null,
      section: 'KI in der Praxis',
      outlet: { slug: 'the-decoder' },
      authors: [{ slug: 'matthias-bastian' }],
    });
  });
});
