import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

/** Compares a presented Authorization header with a token in constant time (hashes make the lengths equal). */
export function bearerMatches(header: string | null, token: string | undefined): boolean {
  if (!token || !header?.startsWith('Bearer ')) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(header.slice('Bearer '.length)), digest(token));
}

/**
 * With READ_TOKEN set, every GraphQL request needs it (or the write token). The GraphiQL page
 * itself stays open; /health and /ready too.
 */
export function readAccess(readToken: string | undefined, writeToken: string | undefined): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (!readToken || url.pathname !== '/graphql') return;
      if (request.method === 'GET' && request.headers.get('accept')?.includes('text/html')) return;
      const header = request.headers.get('authorization');
      if (bearerMatches(header, readToken) || bearerMatches(header, writeToken)) return;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              {
                message: 'This API needs "Authorization: Bearer <READ_TOKEN>" for every request.',
                extensions: { code: 'UNAUTHENTICATED' },
              },
            ],
          }),
          { status: 401, headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' } },
        ),
      );
    },
  };
}
