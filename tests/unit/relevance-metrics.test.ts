import { describe, expect, it } from 'vitest';
import { ndcgAt, reciprocalRank } from '../../bench/relevance-metrics.js';

describe('the metrics of npm run bench:search', () => {
  const relevant = { a: 2, b: 1 };

  it('reciprocal rank: 1 / place of the first relevant hit, 0 without one', () => {
    expect(reciprocalRank(['a', 'x'], relevant)).toBe(1);
    expect(reciprocalRank(['x', 'y', 'b'], relevant)).toBeCloseTo(1 / 3, 10);
    expect(reciprocalRank(['x'], relevant)).toBe(0);
  });

  it('nDCG@k: 1 for the ideal order, less when the best hit comes late or is missing', () => {
    expect(ndcgAt(5, ['a', 'b', 'x'], relevant)).toBe(1);
    const swapped = ndcgAt(5, ['b', 'a'], relevant);
    // DCG (1 + 3/log2 3) over the ideal (3 + 1/log2 3).
    expect(swapped).toBeCloseTo((1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3)), 10);
    expect(ndcgAt(1, ['x', 'a'], relevant)).toBe(0);
  });
});
