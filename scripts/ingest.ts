import { existsSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/database.js';
import { migrate } from '../src/db/migrations.js';
import { documentFiles, ingestFiles } from '../src/ingest/bulk.js';
import { DATABASE_ENVIRONMENT, parseCli, runCli, usageError } from './lib/cli.js';

const USAGE = `
usage: npm run ingest -- FILE.json|DIR [...]

Ingests article documents (the shape of seed/*.json), one transaction each; a refused document
changes nothing and the others still go in. Applies migrations first.

arguments:
  FILE.json|DIR   documents, or folders whose .json files are documents; every path must exist
  -h, --help      print this text

output: the summary on stdout; which database was used, the progress bar and every refused
document with its problems on stderr.

${DATABASE_ENVIRONMENT}

exit codes: 0 every document went in, 1 any document was refused or the run failed, 2 wrong arguments.
`;

const { positionals: paths } = parseCli(USAGE, {});
if (paths.length === 0) usageError(USAGE, 'no FILE or DIR given');
const missing = paths.filter((path) => !existsSync(path));
if (missing.length > 0) usageError(USAGE, `no such file or folder: ${missing.join(', ')}`);

const started = performance.now();

function progress(done: number, total: number): void {
  const rate = done / ((performance.now() - started) / 1000);
  const width = 30;
  const filled = Math.round((done / total) * width);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} documents, ${rate.toFixed(1)} documents/s`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
  else if (done === total || done % 100 === 0) process.stderr.write(`${line}\n`);
}

await runCli(async () => {
  const files = paths.flatMap(documentFiles);
  const database = await openDatabase(loadConfig(), (line) => console.error(line));
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
      `${summary.ingested} of ${summary.documents} documents ingested (${summary.failed.length} failed), ` +
        `${summary.statements} statements, in ${summary.seconds.toFixed(1)} s ` +
        `(${(summary.documents / summary.seconds).toFixed(1)} documents/s, ${(summary.statements / summary.seconds).toFixed(1)} statements/s)`,
    );
    process.exitCode = summary.failed.length > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
});
