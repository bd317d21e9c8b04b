import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql module for everyone: Pothos and Yoga load its CommonJS build, so tests must too.
const resolve = { alias: { graphql: createRequire(import.meta.url).resolve('graphql') } };

/**
 * Two tiers. `unit`: pure functions (validation, extraction rules, codecs, the Cypher the code builds),
 * no Neo4j, seconds. `integration`: the public surface against a real Neo4j that the global setup starts.
 * `npm test` runs both; `npm run test:unit` only the first.
 */
export default defineConfig({
  resolve,
  test: {
    // The integration suites share one real Neo4j: files run one after another (a root-level setting).
    fileParallelism: false,
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 10_000,
          // Pure functions: one worker thread without per-file isolation keeps the tier at a few seconds.
          pool: 'threads',
          poolOptions: { threads: { isolate: false } },
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
