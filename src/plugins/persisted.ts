import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

export const MANIFEST_PATH = join(import.meta.dirname, '..', '..', 'persisted', 'manifest.json');

export function operationHash(query: string): string {
  return createHash('sha256').update(query).digest('hex');
}

export function loadManifest(path: string = MANIFEST_PATH): Record<string, string> {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
}

/**
 * Persisted operations: a client may send `extensions.persistedQuery.sha256Hash` (or `documentId`)
 * instead of the query. With PERSISTED_ONLY=true nothing else is accepted.
 */
export function persistedOperations(
  persistedOnly: boolean,
  manifest: Record<string, string> = loadManifest(),
): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (key) => manifest[key] ?? null,
    allowArbitraryOperations: !persistedOnly,
    customErrors: {
      persistedQueryOnly: {
        message:
          'Only persisted operations are accepted here; send extensions.persistedQuery.sha256Hash of a known operation.',
        extensions: { code: 'PERSISTED_QUERY_ONLY' },
      },
      notFound: {
        message: 'Unknown persisted operation.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      },
      keyNotFound: {
        message: 'No persisted operation id in the request.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      },
    },
  }) as Plugin;
}
