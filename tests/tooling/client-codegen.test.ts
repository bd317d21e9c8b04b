import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../examples/client/codegen.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the typed client', () => {
  it('its generated types and persisted documents match the committed SDL (run npm run client:generate)', async () => {
    // The codegen config's paths are relative to the project root, where vitest runs.
    expect(process.cwd()).toBe(ROOT);
    {
      const outputs = (await generate({ ...config, silent: true }, false)) as Array<{
        filename: string;
        content: string;
      }>;
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs)
        expect(readFileSync(join(ROOT, output.filename), 'utf8'), output.filename).toBe(output.content);
    }
  }, 30_000);
});
