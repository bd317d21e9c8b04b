import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** One file the pages serve: its bytes, type, a strong ETag and (made once, on first ask) its gzip. */
export interface Asset {
  body: Bytes;
  type: string;
  etag: string;
  gzipped(): Bytes;
}

/** Bytes on their own ArrayBuffer, which is what a Response body takes. */
type Bytes = Uint8Array<ArrayBuffer>;

export function asset(content: string | Uint8Array, type: string): Asset {
  const body = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
  let gzip: Bytes | undefined;
  return {
    body,
    type,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
    gzipped: () => {
      gzip ??= new Uint8Array(gzipSync(body));
      return gzip;
    },
  };
}

/**
 * Pages name only their own origin: scripts, styles, workers and requests. A browser that honours
 * this cannot load anything from a CDN even if a bundle tried. Styles allow inline attributes because
 * Cytoscape and GraphiQL's editor set element styles at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** An HTTP response for an asset: 304 when the client has it, gzip when it takes it. */
export function assetResponse(
  fetchAPI: { Response: typeof Response },
  request: Request,
  file: Asset,
  cacheControl: string,
): Response {
  const headers: Record<string, string> = {
    'content-type': file.type,
    etag: file.etag,
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
  };
  if (file.type.startsWith('text/html')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
  if (request.headers.get('if-none-match') === file.etag) {
    return new fetchAPI.Response(null, { status: 304, headers });
  }
  const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '') && file.body.length > 1024;
  if (gzip) headers['content-encoding'] = 'gzip';
  const body = gzip ? file.gzipped() : file.body;
  return new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}
