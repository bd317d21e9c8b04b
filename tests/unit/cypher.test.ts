import { describe, expect, it } from 'vitest';
import { lucenePhrases } from '../../src/db/fulltext.js';
import { allWordsQuery } from '../../src/db/search-query.js';
import { statementsCypher } from '../../src/db/statements.js';

describe('the Cypher the code builds', () => {
  it('a statement filter starts at its most selective anchor', () => {
    expect(statementsCypher({ speaker: ['sam-altman'], about: ['gpt-6'] })).toMatchSnapshot();
    expect(statementsCypher({ place: ['munich'] })).toMatchSnapshot();
    expect(statementsCypher({ text: allWordsQuery('sicherheit') }).split('\n')[0]).toContain('CALL ()');
    // Parts of speakers, subjects and events: bounded PART_OF hops, or none when switched off.
    expect(statementsCypher({ about: ['gpt-models'] })).toContain(
      '(root)<-[:PART_OF*0..4]-(:Entity)<-[:ABOUT]-(n:Statement)',
    );
    const alone = statementsCypher({ about: ['gpt-models'], includeParts: false });
    expect(alone).toContain('[:PART_OF*0..0]');
    expect(alone).not.toContain('*0..4');
    expect(statementsCypher({ from: '2023-01-01' })).toMatch(/^MATCH \(n:Statement\) WHERE n\.saidOn >=/);
    expect(statementsCypher({}).startsWith('MATCH (n:Statement)\n')).toBe(true);
  });

  it('user text never reaches Lucene as syntax', () => {
    expect(allWordsQuery('Open-Source AND (NOT x')?.german).toBe(
      '(open OR open*) AND (source OR sourc*) AND not AND x',
    );
    expect(lucenePhrases(['Sam Altman', '***'])).toBe('"sam altman"');
    expect(allWordsQuery('*** ???')).toBeNull();
  });
});
