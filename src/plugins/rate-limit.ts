import type { Plugin } from 'graphql-yoga';
import { ERROR_CODE } from '../domain/vocabulary.js';
import { BoundedMap } from './bounded-map.js';
import { clientKey } from './client-key.js';

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface RateLimitOptions {
  /** Requests per minute per client; 0 turns the limit off. */
  perMinute: number;
  trustProxy: boolean;
  now?: () => number;
}

/**
 * A token bucket per client (a verified token, else the address: see client-key.ts), at most 10,000
 * clients remembered. Bursts up to a minute's allowance; refused requests get 429 with RATE_LIMITED
 * and Retry-After.
 */
export function rateLimit(options: RateLimitOptions): Plugin {
  const buckets = new BoundedMap<string, Bucket>(10_000);
  const now = options.now ?? Date.now;
  const perMs = options.perMinute / 60_000;

  return {
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (options.perMinute === 0 || url.pathname !== '/graphql') return;
      const t = now();
      const key = clientKey(request, serverContext, options.trustProxy);
      const bucket = buckets.get(key) ?? { tokens: options.perMinute, updatedAt: t };
      bucket.tokens = Math.min(options.perMinute, bucket.tokens + (t - bucket.updatedAt) * perMs);
      bucket.updatedAt = t;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              {
                message: `Too many requests: at most ${options.perMinute} per minute. Retry in ${retryAfter} s.`,
                extensions: { code: ERROR_CODE.RATE_LIMITED, retryAfterSeconds: retryAfter },
              },
            ],
          }),
          { status: 429, headers: { 'content-type': 'application/json', 'retry-after': String(retryAfter) } },
        ),
      );
    },
  };
}
