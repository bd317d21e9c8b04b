import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The typed client: operations in src/operations.ts are checked against the committed SDL and get
 * result and variable types; each also gets a sha256 hash in src/gql/persisted-documents.json, which
 * `npm run persisted:build` adds to the server's manifest (so PERSISTED_ONLY=true accepts them).
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['examples/client/src/**/*.ts', '!examples/client/src/gql/**'],
  generates: {
    'examples/client/src/gql/': {
      preset: 'client',
      presetConfig: { persistedDocuments: { hashAlgorithm: 'sha256' }, fragmentMasking: false },
      config: { emitLegacyCommonJSImports: false, useTypeImports: true, enumsAsTypes: true },
    },
  },
  ignoreNoDocuments: false,
};

export default config;
