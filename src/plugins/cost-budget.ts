import { complexityFromQuery } from '@pothos/plugin-complexity';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODE } from '../domain/vocabulary.js';
import { BoundedMap } from './bounded-map.js';
import { type ClientKey, clientKey } from './client-key.js';

interface Budget {
  points: number;
  updatedAt: number;
}

export interface CostBudgetOptions {
  /** Query cost a client may spend per minute (the cost the schema computes); 0 turns it off. */
  perMinute: number;
  /** Above this the complexity limit refuses the operation anyway (QUERY_TOO_COMPLEX): nothing is charged. */
  maxCost: number;
  trustProxy: boolean;
  now?: () => number;
}

/**
 * A budget of query cost per client and minute, like GitHub's points: each operation's cost (the
 * same figure the complexity limit uses) is taken from the client's budget, which refills evenly
 * over a minute. Every response says what it cost and what is left (`extensions.cost`); an operation
 * the budget cannot pay is refused with 429, RATE_LIMITED and Retry-After, before it runs.
 */
function costOf(args: {
  document: Parameters<typeof complexityFromQuery>[0];
  schema: Parameters<typeof complexityFromQuery>[1]['schema'];
  contextValue: unknown;
  variableValues?: unknown;
}): number | null {
  try {
    return complexityFromQuery(args.document, {
      schema: args.schema,
      ctx: args.contextValue as object,
      variables: (args.variableValues ?? {}) as Record<string, unknown>,
    }).complexity;
  } catch {
    return null;
  }
}

export function costBudget(options: CostBudgetOptions): Plugin {
  const budgets = new BoundedMap<ClientKey, Budget>(10_000);
  const now = options.now ?? Date.now;
  const perMs = options.perMinute / 60_000;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (options.perMinute === 0) return;
      const ctx = args.contextValue as { request: Request; serverContext?: unknown };
      const key = clientKey(ctx.request, ctx, options.trustProxy);
      const cost = costOf(args);
      // Bad variables fail in execution with their own problems; too costly fails the complexity limit.
      if (cost === null || cost > options.maxCost) return;
      const t = now();
      const budget = budgets.get(key) ?? { points: options.perMinute, updatedAt: t };
      budget.points = Math.min(options.perMinute, budget.points + (t - budget.updatedAt) * perMs);
      budget.updatedAt = t;
      budgets.set(key, budget);
      if (budget.points < cost) {
        const retryAfter = Math.max(1, Math.ceil((cost - budget.points) / perMs / 1000));
        const remaining = Math.floor(budget.points);
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `This operation costs ${cost}; ${remaining} of your ${options.perMinute} per minute are left. Retry in ${retryAfter} s, or ask for less.`,
              {
                extensions: {
                  code: ERROR_CODE.RATE_LIMITED,
                  retryAfterSeconds: retryAfter,
                  cost: { requested: cost, remaining, limitPerMinute: options.perMinute },
                  http: { status: 429, headers: { 'retry-after': String(retryAfter) } },
                },
              },
            ),
          ],
        });
        return;
      }
      budget.points -= cost;
      const cost$ = {
        requested: cost,
        remaining: Math.floor(budget.points),
        limitPerMinute: options.perMinute,
      };
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in (result as object)) return;
          const r = result as { extensions?: Record<string, unknown> };
          setResult({ ...r, extensions: { ...r.extensions, cost: cost$ } } as never);
        },
      };
    },
  };
}
