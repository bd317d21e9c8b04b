import { describe, expect, it } from 'vitest';
import { luceneAll, luceneAny, lucenePhrases } from '../../src/db/fulltext.js';
import { statementsCypher } from '../../src/db/statements.js';

describe('the Cypher the code builds', () => {
  it('a statement filter starts at its most selective anchor', () => {
    expect(statementsCypher({ speaker: ['sam-altman'], about: ['gpt-6'] })).toMatchSnapshot();
    expect(statementsCypher({ place: ['munich'] })).toMatchSnapshot();
    expect(statementsCypher({ text: 'sicherheit' }).split('\n')[0]).toContain('CALL ()');
    expect(statementsCypher({ from: '2023-01-01' })).toMatch(/^MATCH \(n:Statement\) WHERE n\.saidOn >=/);
    expect(statementsCypher({}).startsWith('MATCH (n:Statement)\n')).toBe(true);
  });

  it('user text never reaches Lucene as syntax', () => {
    expect(luceneAll('Open-Source AND "x"')).toBe('open AND (source OR sourc*) AND and AND x');
    expect(luceneAny('Modelle')).toBe('(modelle OR modell*)');
    expect(lucenePhrases(['Sam Altman', '***'])).toBe('"sam altman"');
    expect(luceneAll('*** ???')).toBeNull();
  });
});
