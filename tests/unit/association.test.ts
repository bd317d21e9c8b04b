import { describe, expect, it } from 'vitest';
import { logLikelihood, rankPairs } from '../../src/domain/association.js';
import { markShifts } from '../../src/domain/positions.js';

describe("co-mention association (Dunning's G²)", () => {
  it('matches the textbook value for a 2×2 table', () => {
    // Together 10, x alone 10, y alone 10, neither 70: G² = 2 Σ k ln(k/E) with E = 4, 16, 16, 64.
    const expected = 2 * (10 * Math.log(10 / 4) + 2 * 10 * Math.log(10 / 16) + 70 * Math.log(70 / 64));
    expect(logLikelihood({ together: 10, nx: 20, ny: 20, contexts: 100 })).toBeCloseTo(expected, 10);
  });

  it('is 0 at independence and for an entity that is everywhere', () => {
    expect(logLikelihood({ together: 4, nx: 20, ny: 20, contexts: 100 })).toBeCloseTo(0, 10);
    expect(logLikelihood({ together: 12, nx: 12, ny: 15, contexts: 15 })).toBeCloseTo(0, 10);
  });

  it('is negative when a pair meets less often than chance predicts', () => {
    expect(logLikelihood({ together: 1, nx: 20, ny: 20, contexts: 100 })).toBeLessThan(0);
  });

  it('rewards evidence as well as strength: the same ratio seen more often scores higher', () => {
    const once = logLikelihood({ together: 1, nx: 1, ny: 1, contexts: 1000 });
    const often = logLikelihood({ together: 10, nx: 10, ny: 10, contexts: 10000 });
    expect(often).toBeGreaterThan(once);
  });

  it('survives inconsistent counts (a graph that changed between reads)', () => {
    expect(Number.isFinite(logLikelihood({ together: 5, nx: 3, ny: 2, contexts: 1 }))).toBe(true);
    expect(logLikelihood({ together: 0, nx: 0, ny: 0, contexts: 0 })).toBe(0);
  });

  it('ranks by score or by count, ties by slug', () => {
    const pairs = [
      { slug: 'b', count: 5, score: 1 },
      { slug: 'a', count: 5, score: 1 },
      { slug: 'c', count: 12, score: 0 },
      { slug: 'd', count: 2, score: 3 },
    ];
    expect(rankPairs(pairs, 'ASSOCIATION').map((p) => p.slug)).toEqual(['d', 'a', 'b', 'c']);
    expect(rankPairs(pairs, 'COUNT').map((p) => p.slug)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('positions over time', () => {
  it('marks each change of stance with the stance before it', () => {
    const marked = markShifts([
      { stance: 'OPPOSES' as const },
      { stance: 'OPPOSES' as const },
      { stance: 'SUPPORTS' as const },
    ]);
    expect(marked.map(({ shift, previous }) => ({ shift, previous }))).toEqual([
      { shift: false, previous: null },
      { shift: false, previous: 'OPPOSES' },
      { shift: true, previous: 'OPPOSES' },
    ]);
  });
});
