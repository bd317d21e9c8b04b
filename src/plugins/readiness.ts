import type { Plugin } from 'graphql-yoga';

/** A load balancer must hear "not ready" quickly, even from a Neo4j that accepts connections and never answers. */
const READY_TIMEOUT_MS = 1_500;

/**
 * GET /ready: 200 when `isReady` says so (Neo4j answers and the schema is in place), else 503 with
 * the reason; always within READY_TIMEOUT_MS plus a little.
 */
export function readiness(isReady: () => Promise<boolean>, timeoutMs = READY_TIMEOUT_MS): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready' || request.method !== 'GET') return;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      const outcome = await Promise.race([isReady().catch(() => false), timeout]);
      clearTimeout(timer);
      const status =
        outcome === true
          ? 'ready'
          : outcome === 'timeout'
            ? `neo4j did not answer within ${timeoutMs} ms`
            : 'neo4j unreachable or not prepared';
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status }), {
          status: outcome === true ? 200 : 503,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
