import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MANIFEST_PATH, operationHash } from '../src/plugins/persisted.js';
import { parseCli, usageError } from './lib/cli.js';

const USAGE = `
usage: npm run persisted:build [-- DIR ...]

Builds persisted/manifest.json (sha256 of each operation's text -> the text) from the .graphql
files of the given folders and from persisted-document maps (.json, as graphql-codegen's client
preset writes them), for PERSISTED_ONLY=true. Needs no database.

arguments:
  DIR|FILE ... folders of .graphql operations, or persisted-documents.json files (default: examples/,
               the GraphiQL examples, and examples/client/src/gql/persisted-documents.json, the
               typed client's operations)
  -h, --help   print this text

output: nothing on stdout (the manifest is the file); what was written on stderr.

environment: none.

exit codes: 0 written, 1 failed, 2 wrong arguments.
`;

const { positionals } = parseCli(USAGE, {});
const dirs =
  positionals.length > 0
    ? positionals
    : [
        join(import.meta.dirname, '..', 'examples'),
        join(import.meta.dirname, '..', 'examples', 'client', 'src', 'gql', 'persisted-documents.json'),
      ];
const missing = dirs.filter((dir) => !existsSync(dir));
if (missing.length > 0) usageError(USAGE, `no such folder: ${missing.join(', ')}`);

const manifest: Record<string, string> = {};
for (const file of dirs.filter((d) => d.endsWith('.json'))) {
  // graphql-codegen writes "sha256:<hex>" keys; the hash must be the operation text's, as ours are.
  const documents = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  for (const [key, query] of Object.entries(documents)) {
    if (key.replace(/^sha256:/, '') !== operationHash(query))
      usageError(USAGE, `${file}: ${key} is not the sha256 of its text`);
    manifest[operationHash(query)] = query;
  }
}
for (const dir of dirs.filter((d) => !d.endsWith('.json'))) {
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const query = readFileSync(join(dir, file), 'utf8');
    manifest[operationHash(query)] = query;
  }
}
mkdirSync(dirname(MANIFEST_PATH), { recursive: true });
writeFileSync(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
console.error(`wrote ${Object.keys(manifest).length} operations to ${MANIFEST_PATH}`);
