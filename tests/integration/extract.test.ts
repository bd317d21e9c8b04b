import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/steps/parse.js';
import { testApp } from './helpers.js';

const { gql, write } = testApp();

interface DraftQuote {
  text: string;
  speaker: string | null;
  speakerName: string | null;
  cue: string | null;
  confidence: number;
  about: string[];
}
interface DraftMention {
  name: string;
  slug: string;
  kind: string | null;
  known: boolean;
  count: number;
}
interface ExtractResult {
  extractArticle: { language: string; document: string; quotes: DraftQuote[]; mentions: DraftMention[] };
}

const EXTRACT = `query ($text: String!, $language: String) {
  extractArticle(text: $text, language: $language) {
    language document
    quotes { text speaker speakerName cue confidence about }
    mentions { name slug kind known count }
  }
}`;

const GERMAN = [
  'OpenAI-Chef warnt vor Regeln',
  'MÜNCHEN (dpa) - OpenAI-Chef Sam Altman hat in München vor zu strengen Regeln gewarnt.',
  '„Wir veröffentlichen GPT-6 nicht so bald“, sagte Altman. „Das braucht Zeit“, fügte er hinzu.',
  'Die Informatikerin Lena Hoffmann von der Universität Leipzig sieht das anders. Offene Modelle seien wichtig, sagte sie.',
  '„Die Forschung braucht Zugang zu den Gewichten.“',
].join('\n');

describe('extractArticle', () => {
  it('is refused without the write token and writes nothing', async () => {
    const result = await gql<ExtractResult>(EXTRACT, { text: GERMAN });
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(result.data?.extractArticle ?? null).toBeNull();
  });

  it('drafts a German article: speakers by name, inverted cue and pronoun, roles out of names, known entities linked', async () => {
    const draft = (await write<ExtractResult>(EXTRACT, { text: GERMAN })).data?.extractArticle;
    expect(draft?.language).toBe('de');
    expect(draft?.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Wir veröffentlichen GPT-6 nicht so bald', 'sam-altman'],
      ['Das braucht Zeit', 'sam-altman'],
      ['Die Forschung braucht Zugang zu den Gewichten.', 'lena-hoffmann'],
    ]);
    expect(draft?.quotes[0]?.about).toContain('gpt-6');
    const byslug = new Map(draft?.mentions.map((m) => [m.slug, m]));
    expect(byslug.get('sam-altman')?.known).toBe(true);
    expect(byslug.get('openai')?.known).toBe(true);
    expect(byslug.get('munich')?.known).toBe(true);
    expect(byslug.get('lena-hoffmann')).toMatchObject({
      name: 'Lena Hoffmann',
      kind: 'PERSON',
      known: false,
    });
    expect(byslug.get('universitat-leipzig')).toMatchObject({ kind: 'ORGANIZATION', known: false });
    expect(draft?.mentions.some((m) => /Informatikerin|Chef/.test(m.name))).toBe(false);
  });

  it('returns a document in the ingest shape with the known entities, a role relation and open review items', async () => {
    const draft = (await write<ExtractResult>(EXTRACT, { text: GERMAN })).data?.extractArticle;
    const document: {
      review: { todo: Array<{ path: string }>; unsure: Array<{ confidence: number }> };
    } = JSON.parse(draft?.document ?? '{}');
    const parsed = parseDocument(document);
    expect(parsed.entities.map((e) => e.slug)).toEqual(
      expect.arrayContaining(['sam-altman', 'openai', 'munich']),
    );
    expect(parsed.relations).toContainEqual(
      expect.objectContaining({ from: 'lena-hoffmann', type: 'WORKS_FOR', to: 'universitat-leipzig' }),
    );
    expect(parsed.statements.every((s) => s.place === 'munich')).toBe(true);
    expect(document.review.todo.map((t) => t.path)).toEqual(['article.url', 'article.publishedOn']);
    const confidences = document.review.unsure.map((u) => u.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
  });

  it('English: appositions, spokespeople and pronouns', async () => {
    const text = [
      'SAN FRANCISCO — Google said on Tuesday it would open its model.',
      '"We think openness wins," a Google spokesperson said.',
      'Priya Raman, a researcher at Stanford University, was less sure. "The lag will shrink," she said.',
    ].join('\n');
    const draft = (await write<ExtractResult>(EXTRACT, { text, language: 'en' })).data?.extractArticle;
    expect(draft?.quotes.map((q) => q.speaker)).toEqual(['google', 'priya-raman']);
    const kinds = Object.fromEntries(
      draft?.mentions.filter((m) => !m.known).map((m) => [m.name, m.kind]) ?? [],
    );
    expect(kinds).toMatchObject({ 'San Francisco': 'PLACE', 'Priya Raman': 'PERSON' });
  });

  it('refuses text that is too long or a language it cannot do', async () => {
    const long = await write(EXTRACT, { text: 'x'.repeat(100_001) });
    expect(long.errors?.[0]?.extensions.problems?.[0]?.path).toBe('text');
    const french = await write(EXTRACT, { text: 'Bonjour', language: 'fr' });
    expect(french.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
