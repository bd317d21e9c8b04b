import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/database.js';
import { migrate } from '../src/db/migrations.js';
import { loadSeed } from '../src/ingest/seed.js';
import { DATABASE_ENVIRONMENT, parseCli, runCli, usageError } from './lib/cli.js';

const USAGE = `
usage: npm run seed

Applies migrations (constraints and indexes) and ingests the documents in seed/. Idempotent:
running it again replaces the seed articles with themselves.

arguments:
  -h, --help   print this text

output: one line per seed article on stdout; which database was used on stderr.

${DATABASE_ENVIRONMENT}

exit codes: 0 seeded, 1 failed, 2 wrong arguments.
`;

const { positionals } = parseCli(USAGE, {});
if (positionals.length > 0) usageError(USAGE, `unexpected arguments: ${positionals.join(' ')}`);

await runCli(async () => {
  const database = await openDatabase(loadConfig(), (line) => console.error(line));
  try {
    await migrate(database.graph);
    for (const result of await loadSeed(database.graph)) {
      console.log(
        `${result.articleSlug}: ${result.replaced ? 'replaced' : 'created'}; entities ${result.entitiesCreated} new, ${result.entitiesReused} reused; statements ${result.statementsCreated} new, ${result.statementsReused} reused`,
      );
    }
  } finally {
    await database.close();
  }
});
