import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/database.js';
import { migrate } from '../src/db/migrations.js';
import { loadSeed } from '../src/ingest/seed.js';

/** npm run seed: applies migrations and ingests seed/ (idempotent). */
const database = await openDatabase(loadConfig(), (line) => console.log(line));
try {
  await migrate(database.graph);
  for (const result of await loadSeed(database.graph)) {
    console.log(
      `${result.articleSlug}: ${result.replaced ? 'replaced' : 'created'}; entities ${result.entitiesCreated} new, ${result.entitiesReused} reused; statements ${result.statementsCreated} new, ${result.statementsReused} reused`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
