import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/database.js';
import { knownEntities } from '../src/db/entities.js';
import { draftDocument } from '../src/extract/document.js';
import { extractDraft } from '../src/extract/draft.js';
import { DATABASE_ENVIRONMENT, parseCli, runCli, usageError } from './lib/cli.js';

const USAGE = `
usage: npm run -s extract -- FILE [--language de|en] [--out FILE]

Proposes an ingest document for the raw text in FILE, for a person to review: quotes with their
speakers, mentions of the entities the graph knows, and names it does not know.

arguments:
  FILE               a UTF-8 text file
  --language de|en   the text's language (default: detected); "FILE de|en" works too
  --out FILE         write the draft to FILE instead of stdout
  -h, --help         print this text

output: only the draft's JSON on stdout (or in --out); which database was used, quotes without a
speaker and the counts go to stderr. Use npm's -s, or npm prints its banner on stdout too.

${DATABASE_ENVIRONMENT}

exit codes: 0 draft written, 1 failed (database, reading or writing), 2 wrong arguments.
`;

const LANGUAGES = ['de', 'en'];

/** FILE, and the language from --language or the older positional form, checked. */
function readArguments(): { file: string; language: string | null; out: string | undefined } {
  const { values, positionals } = parseCli(USAGE, {
    language: { type: 'string', short: 'l' },
    out: { type: 'string', short: 'o' },
  });
  const [file, positional, ...extra] = positionals;
  if (!file) usageError(USAGE, 'FILE is missing');
  if (extra.length > 0) usageError(USAGE, `unexpected arguments: ${extra.join(' ')}`);
  if (values.language && positional && values.language !== positional)
    usageError(USAGE, `two languages given: ${positional} and --language ${values.language}`);
  const language = values.language ?? positional ?? null;
  if (language !== null && !LANGUAGES.includes(language))
    usageError(USAGE, `language must be de or en, not "${language}"`);
  if (!existsSync(file)) usageError(USAGE, `${file}: no such file`);
  return { file, language, out: values.out };
}

const { file, language, out } = readArguments();
await runCli(async () => {
  const text = readFileSync(file, 'utf8');
  const database = await openDatabase(loadConfig(), (line) => console.error(line));
  try {
    const draft = extractDraft(text, language, await knownEntities(database.graph));
    const json = `${JSON.stringify(draftDocument(draft, text), null, 2)}\n`;
    if (out) {
      writeFileSync(out, json);
      console.error(`wrote the draft to ${out}`);
    } else process.stdout.write(json);
    for (const quote of draft.quotes.filter((q) => !q.speaker && !q.speakerName)) {
      console.error(`no speaker found for: "${quote.text}"`);
    }
    console.error(
      `${draft.quotes.length} quotes, ${draft.mentions.filter((m) => m.known).length} known entities, ${draft.mentions.filter((m) => !m.known).length} new names (language ${draft.language})`,
    );
  } finally {
    await database.close();
  }
});
