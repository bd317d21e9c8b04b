import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql module for everyone: Pothos and Yoga load its CommonJS build, so tests must too.
const resolve = { alias: { graphql: createRequire(import.meta.url).resolve('graphql') } };

/**
 * Two tiers, and the tool checks. `unit`: pure functions (validation, extraction rules, codecs, the
 * Cypher the code builds), no Neo4j, seconds. `integration`: the public surface against a real Neo4j
 * that the global setup starts. `tooling`: the Docker files and the generated client checked with
 * their tools. `npm test` runs all three; `npm run test:unit` only the first.
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
          // Checks of the build's artefacts with their own tools (dclint, graphql-codegen): no Neo4j,
          // but seconds of tool start-up each, so not in the unit tier.
          name: 'tooling',
          include: ['tests/tooling/**/*.test.ts'],
          testTimeout: 30_000,
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
