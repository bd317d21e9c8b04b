import { identityOf } from './credentials.js';

export type ClientKey = string;

/**
 * Who pays for a request: a verified token (never an unverified header value: a client sending a new
 * random token each time would otherwise be a new client each time), else the address (the first
 * X-Forwarded-For hop only behind a proxy that sets it).
 */
export function clientKey(request: Request, serverContext: unknown, trustProxy: boolean): ClientKey {
  const identity = identityOf(request);
  if (identity.token) return `token:${identity.token}`;
  const forwarded = trustProxy ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  // Node's http server hands Yoga the IncomingMessage as `req`; in-process fetches have none.
  const address = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req
    ?.socket?.remoteAddress;
  return `addr:${forwarded || address || 'unknown'}`;
}
