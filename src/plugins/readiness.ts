import type { Plugin } from 'graphql-yoga';

/** GET /ready: 200 when `isReady` says so (Neo4j answers and the schema is in place), else 503. */
export function readiness(isReady: () => Promise<boolean>): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready' || request.method !== 'GET') return;
      const ok = await isReady();
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: ok ? 'ready' : 'neo4j unreachable' }), {
          status: ok ? 200 : 503,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}
