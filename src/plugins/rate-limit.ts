import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

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
 * A token bucket per client: the bearer token when one is sent (hashed, never kept in clear),
 * else the address (the first X-Forwarded-For hop when TRUST_PROXY=true). Bursts up to a minute's
 * allowance; refused requests get 429 with RATE_LIMITED and Retry-After.
 */
export function rateLimit(options: RateLimitOptions): Plugin {
  const buckets = new Map<string, Bucket>();
  const now = options.now ?? Date.now;
  const perMs = options.perMinute / 60_000;
  let lastSweep = now();

  const clientKey = (request: Request, address: string | undefined) => {
    const auth = request.headers.get('authorization');
    if (auth) return `token:${createHash('sha256').update(auth).digest('base64url').slice(0, 22)}`;
    const forwarded = options.trustProxy
      ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
      : undefined;
    return `addr:${forwarded || address || 'unknown'}`;
  };

  return {
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (options.perMinute === 0 || url.pathname !== '/graphql') return;
      const t = now();
      if (t - lastSweep > 60_000) {
        for (const [key, bucket] of buckets) if (t - bucket.updatedAt > 60_000) buckets.delete(key);
        lastSweep = t;
      }
      // Node's http server hands Yoga the IncomingMessage as `req`; in-process fetches have none.
      const address = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req
        ?.socket?.remoteAddress;
      const key = clientKey(request, address);
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
                extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
              },
            ],
          }),
          { status: 429, headers: { 'content-type': 'application/json', 'retry-after': String(retryAfter) } },
        ),
      );
    },
  };
}
