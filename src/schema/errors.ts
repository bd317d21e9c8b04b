import { GraphQLError } from 'graphql';
import { GraphTimeoutError, GraphUnavailableError } from '../db/errors.js';
import { InputError, UnauthenticatedError } from '../domain/errors.js';

/**
 * Turns errors a client can act on into GraphQL errors with `extensions.code`; masks the rest.
 * Used as Yoga's maskError, so it sees every error raised during execution.
 */
export function maskError(error: unknown, message: string): Error {
  const graphQLError = error instanceof GraphQLError ? error : null;
  const original = graphQLError?.originalError ?? (graphQLError ? null : error);
  const at = (text: string, extensions: Record<string, unknown>) =>
    new GraphQLError(text, {
      nodes: graphQLError?.nodes ?? null,
      path: graphQLError?.path ?? null,
      extensions,
    });

  if (original instanceof InputError)
    return at(original.message, { code: 'BAD_USER_INPUT', problems: original.problems });
  if (original instanceof UnauthenticatedError) return at(original.message, { code: 'UNAUTHENTICATED' });
  if (original instanceof GraphUnavailableError) return at(original.message, { code: 'SERVICE_UNAVAILABLE' });
  if (original instanceof GraphTimeoutError) return at(original.message, { code: 'QUERY_TOO_COMPLEX' });
  if (original instanceof GraphQLError && original.extensions.code)
    return at(original.message, original.extensions);
  // Variable coercion: graphql-js wraps the scalar's or enum's own GraphQLError. The client sent it wrong.
  if (graphQLError && original instanceof GraphQLError) return withCode(graphQLError);
  if (graphQLError && !original) return graphQLError;
  return at(message, { code: 'INTERNAL_SERVER_ERROR' });
}

/** Gives errors that graphql-js raised itself (parse, validation, variable coercion) a code and a problem list. */
export function withCode(error: GraphQLError): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions: {
      ...error.extensions,
      code: 'BAD_USER_INPUT',
      problems: [{ path: error.path?.join('.') ?? inputPath(error.message), message: error.message }],
    },
  });
}

/** "Variable "$input" got invalid value … at "input.entities[0].kind"" -> "input.entities.0.kind". */
function inputPath(message: string): string {
  const at = /at "([^"]+)"/.exec(message)?.[1] ?? /Variable "\$([^"]+)"/.exec(message)?.[1] ?? '';
  return at.replace(/\[(\d+)\]/g, '.$1');
}

const USER_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_ONLY',
]);

/** The code when an error is the client's to fix (bad input, missing token, too much asked), else null. */
export function isUserError(error: unknown): string | null {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof InputError) return 'BAD_USER_INPUT';
  if (original instanceof UnauthenticatedError) return 'UNAUTHENTICATED';
  if (original instanceof GraphTimeoutError) return 'QUERY_TOO_COMPLEX';
  const code = original instanceof GraphQLError ? original.extensions.code : undefined;
  return typeof code === 'string' && USER_CODES.has(code) ? code : null;
}
