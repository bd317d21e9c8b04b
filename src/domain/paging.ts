/**
 * Page sizes, in one place: the default and the cap of every list the API returns. Connections
 * page with `first`/`after`; the ranked lists (related, paths) are short by nature and capped lower.
 */
export interface PageLimits {
  default: number;
  max: number;
  min: number;
}

export const PAGE: PageLimits = { default: 20, max: 100, min: 0 };
export const RELATED_PAGE: PageLimits = { default: 5, max: 50, min: 0 };
export const PATHS_PAGE: PageLimits = { default: 5, max: 20, min: 1 };

/** The page size a request will get (default when unset, never above the cap): for cost estimates. */
export function expectedSize(first: number | null | undefined, limits: PageLimits = PAGE): number {
  return Math.max(1, Math.min(first ?? limits.default, limits.max));
}
