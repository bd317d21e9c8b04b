import { describe, expect, it } from 'vitest';
import {
  allWordsQuery,
  englishStem,
  germanStem,
  parseSearch,
  searchQuery,
} from '../../src/db/search-query.js';

/** Java and JavaScript agree on these regex features (lookbehind, \p{L}), so the units are checked here. */
const matches = (unit: string, text: string) => new RegExp(unit.replace('(?s)', ''), 'su').test(text);

describe('the Lucene query a search becomes', () => {
  it('puts all words above some words: an AND clause with a boost, then each word', () => {
    expect(searchQuery('make the models safe')?.english).toBe(
      '((make OR make*) AND (models OR model*) AND (safe OR safe*))^4 OR (make OR make*) OR (models OR model*) OR (safe OR safe*)',
    );
    expect(searchQuery('Whisper')?.english).toBe('(whisper OR whisp*)');
  });

  it('keeps quoted phrases as phrases, with straight or typographic quotes', () => {
    expect(parseSearch('"open source" models')).toEqual({ phrases: [['open', 'source']], words: ['models'] });
    expect(parseSearch('„Das machen wir nicht“')).toEqual({
      phrases: [['das', 'machen', 'wir', 'nicht']],
      words: [],
    });
    expect(searchQuery('"open source" models')?.german).toBe(
      '("open source" AND (models OR model*))^4 OR "open source" OR (models OR model*)',
    );
    // An unbalanced quote runs to the end of the query.
    expect(parseSearch('"unbalanced phrase')).toEqual({ phrases: [['unbalanced', 'phrase']], words: [] });
  });

  it('stems English word families to a shared prefix: "safety" finds "safe" and "safer"', () => {
    expect(['safety', 'safer', 'safely', 'safe'].map(englishStem)).toEqual(['safe', 'safe', 'safe', 'safe']);
    expect(englishStem('models')).toBe('model');
    expect(searchQuery('safety')?.english).toBe('(safety OR safe*)');
    expect(searchQuery('safety')?.mixed).toBe('(safety OR safety* OR safe*)');
  });

  it('folds and stems German like the German analyzer, for prefixes that skip it', () => {
    expect(germanStem('Verzögerungen'.toLowerCase())).toBe('verzogerung');
    expect(searchQuery('Sicherheit')?.german).toBe('(sicherheit OR sicherheit*)');
  });

  it('leaves out common words unless the query has nothing else', () => {
    expect(parseSearch('the safety of the models').words).toEqual(['safety', 'models']);
    expect(parseSearch('das wir').words).toEqual(['das', 'wir']);
  });

  it('never passes Lucene syntax through', () => {
    for (const q of ['Open AND (', 'title:*', '~!^[]{}\\/', 'a*b?c', 'NOT x', '"x" OR "']) {
      const query = searchQuery(q);
      for (const lucene of [query?.german, query?.english, query?.mixed, query?.plain]) {
        // What is left without the syntax the builder writes itself is lower-case words only.
        const words = (lucene ?? '').replace(/ AND | OR |\^4|[()*"]/g, ' ');
        expect(words).toMatch(/^[\p{Ll}\p{N} ]*$/u);
      }
    }
    expect(searchQuery('***')).toBeNull();
    expect(allWordsQuery('"" ???')).toBeNull();
  });

  it('each unit recognises the texts that contain it, inflected and after a hyphen', () => {
    const [lag] = searchQuery('Verzögerungen')?.units ?? [];
    expect(matches(lag as string, 'die open-source-verzogerung wird')).toBe(true);
    expect(matches(lag as string, 'eine zeitverzogerung')).toBe(false);
    const [phrase, models] = searchQuery('"open source" models')?.units ?? [];
    expect(matches(phrase as string, 'open-source-modelle')).toBe(true);
    expect(matches(phrase as string, 'source is open')).toBe(false);
    expect(matches(models as string, 'the models are')).toBe(true);
    // Short words must be whole words: "ai" is not in "said".
    const [ai] = searchQuery('AI')?.units ?? [];
    expect(matches(ai as string, 'he said')).toBe(false);
    expect(matches(ai as string, 'open ai models')).toBe(true);
  });
});
