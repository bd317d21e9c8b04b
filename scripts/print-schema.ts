import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { schema } from '../src/schema/index.js';
import { parseCli, usageError } from './lib/cli.js';

const USAGE = `
usage: npm run schema:print

Writes schema/schema.graphql from the code (the reviewed SDL); tests/integration/schema.test.ts
fails when the file drifts from the code. Needs no database.

arguments:
  -h, --help   print this text

output: nothing on stdout (the schema is the file); the path written on stderr.

environment: none.

exit codes: 0 written, 1 failed, 2 wrong arguments.
`;

const { positionals } = parseCli(USAGE, {});
if (positionals.length > 0) usageError(USAGE, `unexpected arguments: ${positionals.join(' ')}`);
const target = join(import.meta.dirname, '..', 'schema', 'schema.graphql');
writeFileSync(target, `${printSchema(schema)}\n`);
console.error(`wrote ${target}`);
