import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { ERROR_CODE } from '../domain/vocabulary.js';

/** Who a request is, as far as the API can tell: a verified token's label, or nobody. */
export interface Identity {
  /** "write" for API_TOKEN, "read" for READ_TOKEN; null for anonymous requests. */
  token: 'write' | 'read' | null;
}

const identities = new WeakMap<Request, Identity>();

/** The identity the credentials plugin verified for this request (anonymous when it did not run). */
export function identityOf(request: Request): Identity {
  return identities.get(request) ?? { token: null };
}

/** Compares a presented Authorization header with a token in constant time (hashes make the lengths equal). */
export function bearerMatches(header: string | null, token: string | undefined): boolean {
  if (!token || !header?.startsWith('Bearer ')) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(header.slice('Bearer '.length)), digest(token));
}

function refuse(fetchAPI: { Response: typeof Response }, message: string): Response {
  return new fetchAPI.Response(
    JSON.stringify({ errors: [{ message, extensions: { code: ERROR_CODE.UNAUTHENTICATED } }] }),
    { status: 401, headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' } },
  );
}

/**
 * Credentials first, before the document is looked at: an Authorization header that matches no
 * configured token is refused at once (401); with READ_TOKEN set, a request without one too. The
 * verified identity is kept for the rate limit and the context, so that nothing downstream keys on
 * an unverified header. The GraphiQL page stays open; /health and /ready too.
 */
export function credentials(tokens: { write: string | undefined; read: string | undefined }): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/graphql') return;
      const header = request.headers.get('authorization');
      if (header) {
        const token = bearerMatches(header, tokens.write)
          ? 'write'
          : bearerMatches(header, tokens.read)
            ? 'read'
            : null;
        if (!token) {
          endResponse(
            refuse(
              fetchAPI,
              'The Authorization header matches no token of this API; send "Bearer <API_TOKEN>" or "Bearer <READ_TOKEN>", or none.',
            ),
          );
          return;
        }
        identities.set(request, { token });
        return;
      }
      if (!tokens.read) return;
      if (request.method === 'GET' && request.headers.get('accept')?.includes('text/html')) return;
      endResponse(refuse(fetchAPI, 'This API needs "Authorization: Bearer <READ_TOKEN>" for every request.'));
    },
  };
}
