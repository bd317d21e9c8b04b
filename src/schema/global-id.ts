/**
 * Relay global ids: base64url of "Type:key", where key is our own stable key (a slug or a
 * statement's content hash), never a database id. A malformed id decodes to nothing, so lookups
 * return null instead of failing.
 */
export function encodeId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64url');
}

export function decodeId(globalId: string): { typename: string; id: string } {
  const text = /^[A-Za-z0-9_-]{1,400}={0,2}$/.test(globalId)
    ? Buffer.from(globalId, 'base64url').toString('utf8')
    : '';
  const colon = text.indexOf(':');
  if (colon <= 0) return { typename: 'Unknown', id: '' };
  return { typename: text.slice(0, colon), id: text.slice(colon + 1) };
}
