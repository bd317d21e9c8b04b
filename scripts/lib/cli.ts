import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The environment paragraph of every CLI that opens the graph (the same rules as `npm start`). */
export const DATABASE_ENVIRONMENT = `environment:
  NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE   a Neo4j server to use
  LOCAL_NEO4J_DIR (default .data/neo4j)   without NEO4J_URI: attach to the bundled Neo4j that another
      process (npm start, another tool) runs on this folder, else start one for this run with
      LOCAL_NEO4J_BOLT_PORT, LOCAL_NEO4J_HEAP, LOCAL_NEO4J_PAGE_CACHE_MB
  CYPHER_TIMEOUT_MS   timeout of each transaction
  Which database was used is said on stderr.`;

/** Prints the problem and the usage on stderr and exits 2, the code for "called wrongly". */
export function usageError(usage: string, problem: string): never {
  process.stderr.write(`${problem}\n\n${usage.trim()}\n`);
  process.exit(2);
}

/**
 * Parses this process's arguments strictly: `--help`/`-h` prints the usage on stdout and exits 0;
 * an unknown option or a missing option value is a usage error. Positionals are left to the caller.
 */
export function parseCli<const O extends Options>(usage: string, options: O) {
  const config = {
    args: process.argv.slice(2),
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    usageError(usage, error instanceof Error ? error.message : String(error));
  }
  // The generic result type cannot see the option added here.
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  return parsed;
}

/** Runs the body; an error becomes one line on stderr and exit code 1 instead of a stack trace. */
export async function runCli(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
