import type { GraphQLError } from 'graphql';

/** The `extensions.code` of each error in an execution result (for logs and metrics); none for a batch. */
export function errorCodesOf(result: unknown): string[] {
  if (Array.isArray(result)) return [];
  const errors = (result as { errors?: readonly GraphQLError[] } | null)?.errors ?? [];
  return errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
}
