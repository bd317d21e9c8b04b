import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as queries from '../../web/src/queries.js';

/** The explorer's operations against the printed schema: a renamed field fails here, not in a browser. */
describe('explorer operations', () => {
  const schema = buildSchema(
    readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'),
  );
  for (const [name, document] of Object.entries(queries)) {
    it(`${name} is valid against schema/schema.graphql`, () => {
      expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
    });
  }
});
