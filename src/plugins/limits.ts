import { GraphQLError, parse, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const tooComplex = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });

/** Refuses documents with more aliases than allowed: aliases multiply work without adding depth or cost. */
function maxAliases(limit: number): ValidationRule {
  return (context) => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
        if (aliases === limit + 1) {
          context.reportError(
            tooComplex(`The query uses more than ${limit} aliases; at most ${limit} are allowed.`),
          );
        }
      },
    };
  };
}

/** Token and alias limits, checked before execution. Depth and cost are checked by the schema (Pothos complexity). */
export function documentLimits(options: { maxTokens: number; maxAliases: number }): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, parseOptions) => {
        try {
          return parse(source, { ...parseOptions, maxTokens: options.maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && /more tha[nt] \d+ tokens/.test(error.message)) {
            throw tooComplex(`The query has more than ${options.maxTokens} tokens; send a smaller document.`);
          }
          throw error;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(maxAliases(options.maxAliases));
    },
  };
}
