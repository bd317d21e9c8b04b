import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/**
 * A minimal typed request function: the result type follows the operation, the variables are
 * checked. Operations built by `npm run client:generate` go by their sha256 hash only, so a server
 * with PERSISTED_ONLY=true accepts them (`npm run persisted:build` puts them into its manifest).
 */
export interface ClientOptions {
  endpoint: string;
  /** A read token when the API has READ_TOKEN set. */
  token?: string;
  /** The fetch to use (the global one by default; tests pass the app's own). */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
}

export class GraphQLRequestError extends Error {
  constructor(readonly errors: Array<{ message: string; extensions?: { code?: string } }>) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
}

export async function request<Result, Variables>(
  options: ClientOptions,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash?.replace(/^sha256:/, '');
  const response = await (options.fetch ?? fetch)(options.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    // A persisted operation goes by its hash alone (the server holds the text); others by text.
    body: JSON.stringify(
      hash
        ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
        : { query: print(document), variables },
    ),
  });
  const body = (await response.json()) as { data?: Result; errors?: GraphQLRequestError['errors'] };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  return body.data as Result;
}
