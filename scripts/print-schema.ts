import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { schema } from '../src/schema/index.js';

/** Writes schema/schema.graphql from the code; tests/schema.test.ts fails when the file drifts. */
const target = join(import.meta.dirname, '..', 'schema', 'schema.graphql');
writeFileSync(target, `${printSchema(schema)}\n`);
console.log(`wrote ${target}`);
