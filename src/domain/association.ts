/**
 * How strongly two entities go together, from how often they share a context. Pure, so the formula
 * is tested without Neo4j; the graph layer supplies the counts.
 */

export const CO_MENTION_SORTS = ['ASSOCIATION', 'COUNT'] as const;
export type CoMentionSort = (typeof CO_MENTION_SORTS)[number];

/** Contexts shared by a pair (c), contexts of each (nx, ny), and all contexts (n). */
export interface PairCounts {
  together: number;
  nx: number;
  ny: number;
  contexts: number;
}

/** k·ln(k/e), with 0·ln 0 = 0 (an empty cell adds nothing). */
function cell(observed: number, expected: number): number {
  return observed > 0 && expected > 0 ? observed * Math.log(observed / expected) : 0;
}

/**
 * Dunning's log-likelihood ratio, signed: G² = 2·Σ k·ln(k/E) over the 2×2 table of contexts (both,
 * x without y, y without x, neither), with E = row total · column total / N; negative when the pair
 * shares fewer contexts than chance predicts (c < nx·ny/N). Unlike PMI it grows with the evidence:
 * a pair seen together once in a large graph scores low even when both are rare, and an entity
 * that is everywhere scores near 0 with everything.
 */
export function logLikelihood({ together, nx, ny, contexts }: PairCounts): number {
  // Counts from a graph that changed between reads can be inconsistent: clamp them to a valid table.
  const n = Math.max(contexts, nx, ny, 1);
  const c = Math.max(0, Math.min(together, nx, ny));
  const k = [c, nx - c, ny - c, Math.max(0, n - nx - ny + c)] as const;
  const rows = [k[0] + k[1], k[2] + k[3]] as const;
  const cols = [k[0] + k[2], k[1] + k[3]] as const;
  const total = rows[0] + rows[1];
  if (total === 0) return 0;
  const g2 =
    2 *
    (cell(k[0], (rows[0] * cols[0]) / total) +
      cell(k[1], (rows[0] * cols[1]) / total) +
      cell(k[2], (rows[1] * cols[0]) / total) +
      cell(k[3], (rows[1] * cols[1]) / total));
  return c * total < rows[0] * cols[0] ? -g2 : g2;
}

export interface Ranked {
  slug: string;
  count: number;
  score: number;
}

/**
 * Best first. ASSOCIATION: by score, then count; COUNT: by shared contexts, then score. Ties by
 * slug, so the order is stable.
 */
export function rankPairs<T extends Ranked>(pairs: T[], sort: CoMentionSort): T[] {
  const [first, second] = sort === 'COUNT' ? (['count', 'score'] as const) : (['score', 'count'] as const);
  return [...pairs].sort(
    (a, b) =>
      b[first] - a[first] || b[second] - a[second] || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
}
