import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/pages/graphiql.js';
import { marksOf } from '../../web/src/views/desk-text.js';
import { monthsBetween } from '../../web/src/views/timeline.js';

describe('GraphiQL options in the page', () => {
  it('cannot close their script element, and read back the same', () => {
    const options = { title: '</script><script>alert(1)</script>', tabs: ['a & b <!--'] };
    const text = jsonForScript(options);
    expect(text).not.toMatch(/<|>|&/);
    expect(JSON.parse(text)).toEqual(options);
  });
});

describe('explorer timeline', () => {
  it('lists every month between the first and the last, across years, gaps included', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2023-05', '2023-05')).toEqual(['2023-05']);
  });
});

describe('desk highlights', () => {
  const text = 'OpenAI-Chef Sam Altman war in München. „Gut“, sagte Altman.';
  const quote = {
    text: 'Gut',
    speaker: 'sam-altman',
    speakerName: 'Sam Altman',
    offset: 39,
    end: 44,
    confidence: 0.9,
    reason: null,
  };
  const mention = (name: string, slug: string, offset: number, evidence: string) => ({
    name,
    slug,
    kind: 'PLACE',
    known: true,
    offset,
    confidence: 0.95,
    evidence,
  });

  it('marks a mention as long as the form it was found by, and speakers apart from other entities', () => {
    const marks = marksOf(
      text,
      [quote],
      [
        mention('Munich', 'munich', 30, 'name or alias "München"'),
        mention('Sam Altman', 'sam-altman', 12, 'name or alias "Sam Altman"'),
      ],
      [],
    );
    const munich = marks.find((m) => m.title.startsWith('Munich'));
    expect(text.slice(munich?.start, munich?.end)).toBe('München');
    expect(marks.find((m) => m.title.startsWith('Sam Altman'))?.cls).toBe('speaker');
    expect(marks.find((m) => m.cls === 'quote')).toMatchObject({ start: 39, end: 44 });
  });

  it('ties an unsure part to its path', () => {
    const unsure = { path: 'statements.0', what: 'quote', confidence: 0.6, start: 39, end: 44 };
    expect(marksOf(text, [], [], [unsure])).toEqual([
      expect.objectContaining({ cls: 'unsure', path: 'statements.0' }),
    ]);
  });
});
