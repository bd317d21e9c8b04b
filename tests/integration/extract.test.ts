import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fixtures, score } from '../../bench/extract-eval.js';
import { documentSchema } from '../../src/domain/document.js';
import { testApp } from './helpers.js';

const { gql } = testApp();
const EXTRACT = `query ($text: String!, $language: String) {
  extractArticle(text: $text, language: $language) {
    language document
    quotes { text speaker speakerName cue }
    mentions { name slug kind known count }
  }
}`;

describe('extractArticle', () => {
  it('finds quotes in every quote style with their speakers, before or after, by name or pronoun', async () => {
    const text = [
      'OpenAIs Chef Sam Altman war in München.',
      '„Wir veröffentlichen GPT-6 nicht“, sagte Altman.',
      'Reinhard Heckel erklärte: «Offene Modelle sind wichtig für die Forschung.»',
      '‚Das bleibt spannend‘, meinte er.',
      'Die Moderation sagt nichts.',
    ].join(' ');
    const result = await gql(EXTRACT, { text });
    const draft = result.data?.extractArticle;
    expect(draft.language).toBe('de');
    expect(draft.quotes).toEqual([
      { text: 'Wir veröffentlichen GPT-6 nicht', speaker: 'sam-altman', speakerName: 'Altman', cue: 'sagte' },
      {
        text: 'Offene Modelle sind wichtig für die Forschung.',
        speaker: 'reinhard-heckel',
        speakerName: 'Reinhard Heckel',
        cue: 'erklärte',
      },
      {
        text: 'Das bleibt spannend',
        speaker: 'reinhard-heckel',
        speakerName: 'Reinhard Heckel',
        cue: 'meinte',
      },
    ]);
    const known = Object.fromEntries(
      draft.mentions.filter((m: any) => m.known).map((m: any) => [m.slug, m.count]),
    );
    // "OpenAIs" is OpenAI in the genitive; "München" is Munich's alias.
    expect(known).toMatchObject({ openai: 1, 'sam-altman': 2, munich: 1, 'gpt-6': 1, 'reinhard-heckel': 1 });
  });

  it('marks names the graph does not know as new, and English reporting verbs work', async () => {
    const text =
      'Meta Platforms disagreed. "Open weights are safer," said Yann LeCun. According to Sam Altman, "the lag will shrink."';
    const draft = (await gql(EXTRACT, { text, language: 'en' })).data?.extractArticle;
    expect(draft.quotes.map((q: any) => [q.speaker, q.speakerName])).toEqual([
      [null, 'Yann LeCun'],
      ['sam-altman', 'Sam Altman'],
    ]);
    expect(draft.mentions.filter((m: any) => !m.known).map((m: any) => m.slug)).toEqual([
      'meta-platforms',
      'yann-lecun',
    ]);
    const document = JSON.parse(draft.document);
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect(document.statements.map((s: any) => s.speaker)).toEqual(['yann-lecun', 'sam-altman']);
  });

  it('refuses text that is too long or a language it cannot do, and writes nothing', async () => {
    const long = await gql(EXTRACT, { text: 'x'.repeat(100_001) });
    expect(long.errors?.[0]?.extensions.problems[0].path).toBe('text');
    const french = await gql(EXTRACT, { text: 'Bonjour', language: 'fr' });
    expect(french.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('keeps its measured quality on the project texts (a regression floor, see README for figures)', () => {
    const scores = fixtures().map((c) => score(c.text, c.language, c.expected));
    const total = (pick: (s: ReturnType<typeof score>) => number) => scores.reduce((n, s) => n + pick(s), 0);
    expect(total((s) => s.quotes.correct) / total((s) => s.quotes.expected)).toBe(1);
    expect(total((s) => s.speakers.correct) / total((s) => s.speakers.expected)).toBeGreaterThanOrEqual(0.9);
    expect(total((s) => s.known.correct) / total((s) => s.known.expected)).toBeGreaterThanOrEqual(0.9);
  });

  it('npm run extract prints a draft document for a file', () => {
    const file = join(import.meta.dirname, '..', 'fixtures', 'extract', 'en-whisper.txt');
    const run = spawnSync('npm', ['run', '-s', 'extract', '--', file], {
      cwd: join(import.meta.dirname, '..', '..'),
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document.statements.map((s: any) => s.speaker)).toEqual([
      'openai',
      'tim-dettmers',
      'tim-dettmers',
    ]);
    expect(run.stderr).toMatch(/3 quotes, 5 known entities, 1 new names/);
  });
});
