import { existsSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/database.js';
import { migrate } from '../src/db/migrations.js';
import { documentFiles, ingestFiles } from '../src/ingest/bulk.js';

/** npm run ingest -- FILE|DIR [...]: ingests documents; exits 1 when any failed. */
const paths = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (paths.length === 0 || paths.some((path) => !existsSync(path))) {
  console.error('usage: npm run ingest -- FILE.json|DIR [...]   (every path must exist)');
  process.exit(2);
}
const files = paths.flatMap(documentFiles);
const database = await openDatabase(loadConfig(), (line) => console.error(line));
const started = performance.now();
const tty = process.stderr.isTTY;

function progress(done: number, total: number): void {
  const rate = done / ((performance.now() - started) / 1000);
  const width = 30;
  const filled = Math.round((done / total) * width);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} documents, ${rate.toFixed(1)} documents/s`;
  if (tty) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
  else if (done === total || done % 100 === 0) process.stderr.write(`${line}\n`);
}

try {
  await migrate(database.graph);
  const summary = await ingestFiles(database.graph, files, {
    onDocument: (done, total) => progress(done, total),
  });
  for (const failure of summary.failed) {
    console.error(`\n${failure.file}: refused`);
    for (const problem of failure.problems)
      console.error(`  ${problem.path || '(document)'}: ${problem.message}`);
  }
  console.log(
    `\n${summary.ingested} of ${summary.documents} documents ingested (${summary.failed.length} failed), ` +
      `${summary.statements} statements, in ${summary.seconds.toFixed(1)} s ` +
      `(${(summary.documents / summary.seconds).toFixed(1)} documents/s, ${(summary.statements / summary.seconds).toFixed(1)} statements/s)`,
  );
  process.exitCode = summary.failed.length > 0 ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
