/**
 * Ranking metrics for the search relevance set. `relevant` maps a hit key to its grade (2 = the
 * answer, 1 = also relevant); `ranked` is what the API returned, best first.
 */

/** 1 / rank of the first relevant hit; 0 when none is returned. */
export function reciprocalRank(
  ranked: readonly string[],
  relevant: Readonly<Record<string, number>>,
): number {
  const index = ranked.findIndex((key) => (relevant[key] ?? 0) > 0);
  return index < 0 ? 0 : 1 / (index + 1);
}

/** DCG with gains 2^grade − 1 and a log2 discount over the first k places. */
function dcg(grades: readonly number[], k: number): number {
  return grades.slice(0, k).reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
}

/** DCG of the returned order over the DCG of the ideal order, in 0..1. */
export function ndcgAt(
  k: number,
  ranked: readonly string[],
  relevant: Readonly<Record<string, number>>,
): number {
  const ideal = dcg(
    Object.values(relevant).sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return 0;
  return (
    dcg(
      ranked.map((key) => relevant[key] ?? 0),
      k,
    ) / ideal
  );
}
