import {
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  Kind,
  valueFromASTUntyped,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Graph } from '../db/graph.js';
import { InputError } from '../domain/errors.js';
import { stripNulls } from '../domain/strip-nulls.js';
import { ERROR_CODE } from '../domain/vocabulary.js';
import { planIngest } from '../ingest/plan.js';

/**
 * Every problem of an ingest document at once. GraphQL coerces variables before any resolver runs
 * and stops at the first wrong enum value, so a document with a bad kind, a bad date and an unknown
 * slug would be refused for the kind alone. Before `ingestArticle` executes, this plugin checks the
 * raw input as the CLI does (shape, vocabularies, dates, references against the graph) and answers
 * with the whole list, paths as in the document ("entities.0.kind"). It runs only when GraphQL's own
 * coercion would refuse the variables: a document that coerces is checked once, by the resolver.
 * Writers only: an anonymous request hears UNAUTHENTICATED from the resolver first.
 */
export function allDocumentProblems(graph: Graph): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as { canWrite?: boolean };
      if (!ctx.canWrite) return;
      const raw = ingestInput(args.document, args.operationName, args.variableValues);
      if (raw === undefined || coerces(args.schema, args.document, args.operationName, args.variableValues))
        return;
      try {
        await planIngest(graph, raw);
      } catch (error) {
        if (!(error instanceof InputError)) return;
        setResultAndStopExecution({
          data: null,
          errors: [
            new GraphQLError(error.message, {
              extensions: { code: ERROR_CODE.BAD_USER_INPUT, problems: error.problems },
            }),
          ],
        });
      }
    },
  };
}

/** The `input` argument of a lone `ingestArticle` mutation, as plain JSON; undefined for anything else. */
function ingestInput(
  document: Parameters<typeof getOperationAST>[0],
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): unknown {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation' || operation.selectionSet.selections.length !== 1) return undefined;
  const field = operation.selectionSet.selections[0];
  if (field?.kind !== Kind.FIELD || field.name.value !== 'ingestArticle') return undefined;
  const input = field.arguments?.find((a) => a.name.value === 'input')?.value;
  if (!input) return undefined;
  return stripNulls(valueFromASTUntyped(input, variables ?? {}));
}

/** Whether GraphQL would accept the operation's variables as they are. */
function coerces(
  schema: GraphQLSchema,
  document: Parameters<typeof getOperationAST>[0],
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): boolean {
  const operation = getOperationAST(document, operationName);
  const result = getVariableValues(schema, operation?.variableDefinitions ?? [], variables ?? {});
  return !('errors' in result && result.errors);
}
