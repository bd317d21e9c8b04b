import { LISTS, type ListItem, type ListName } from '../db/lists.js';
import type { ProjectedPage } from '../db/projection.js';
import type { Page, PageRequest } from '../db/records.js';
import { afterValues } from '../db/sort-orders.js';
import { InputError } from '../domain/errors.js';
import { expectedSize, PAGE, type PageLimits } from '../domain/paging.js';
import { builder } from './builder.js';
import type { Context } from './context.js';

const CURSOR_PREFIX = 'c1:';

export function encodeCursor(sortKey: string): string {
  return Buffer.from(CURSOR_PREFIX + sortKey, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, path: string): string {
  const text = /^[A-Za-z0-9_-]{1,800}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith(CURSOR_PREFIX)) {
    throw InputError.single(
      path,
      'is not a cursor this API gave out; pass an endCursor from a previous page',
    );
  }
  return text.slice(CURSOR_PREFIX.length);
}

/** Checks `first` (default 20, 0..100) and decodes `after`. */
export function pageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  return { first: pageSize(args.first), after: args.after ? decodeCursor(args.after, 'after') : null };
}

/** Checks `first` against the list's limits; the default when it is unset. */
export function pageSize(
  first: number | null | undefined,
  limits: PageLimits = PAGE,
  path = 'first',
): number {
  const size = first ?? limits.default;
  if (size < limits.min || size > limits.max) {
    throw InputError.single(
      path,
      `must be between ${limits.min} and ${limits.max} (got ${size})${limits === PAGE ? '; page with after' : ''}`,
    );
  }
  return size;
}

export function toConnection<T>(page: Page<T>, request: PageRequest, totalCount: () => Promise<number>) {
  const edges = page.items.map((item) => ({ cursor: encodeCursor(item.sortKey), node: item.node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** Arguments of every connection field. */
export const pageArgs = builder.args((t) => ({
  first: t.int({
    description: `How many items to return: default ${PAGE.default}, at most ${PAGE.max}.`,
  }),
  after: t.string({ description: 'Return the items after this cursor (an endCursor from a previous page).' }),
}));

/** Cost of a connection field for the complexity limit: its page size multiplies what it selects. */
export const connectionCost = (args: { first?: number | null }) => listCost(1, args.first);

/** Cost of a list field: its own weight, times the page size it will return. */
export const listCost = (field: number, first: number | null | undefined, limits: PageLimits = PAGE) => ({
  field,
  multiplier: expectedSize(first, limits),
});

/**
 * A connection over one of the batched lists of src/db/lists.ts: the page the root field fetched for
 * `parent` when it did (`prefetched`), else one page through the loaders; its total only when asked.
 */
export async function listPage<L extends ListName>(
  list: L,
  parent: string,
  args: { first?: number | null; after?: string | null },
  ctx: Context,
  prefetched: { value: ProjectedPage<unknown> } | null = null,
) {
  const request = pageRequest(args);
  // A cursor of another list is refused here, at this field's path, not in a shared batch.
  afterValues(LISTS[list].sort, request.after);
  if (prefetched) {
    const { total, ...page } = prefetched.value;
    return toConnection(page as Page<ListItem<L>>, request, () =>
      total === undefined ? ctx.loaders.count(list, parent) : Promise.resolve(total),
    );
  }
  const page = await ctx.loaders.page(list, request.first, parent, request.after);
  return toConnection(page, request, () => ctx.loaders.count(list, parent));
}
