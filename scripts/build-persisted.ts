import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MANIFEST_PATH, operationHash } from '../src/plugins/persisted.js';

/**
 * npm run persisted:build [-- DIR ...]: builds persisted/manifest.json (sha256 of the text -> text)
 * from the .graphql files of the given folders (default: examples/, the GraphiQL examples).
 */
const dirs =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : [join(import.meta.dirname, '..', 'examples')];
const manifest: Record<string, string> = {};
for (const dir of dirs) {
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const query = readFileSync(join(dir, file), 'utf8');
    manifest[operationHash(query)] = query;
  }
}
mkdirSync(dirname(MANIFEST_PATH), { recursive: true });
writeFileSync(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${Object.keys(manifest).length} operations to ${MANIFEST_PATH}`);
