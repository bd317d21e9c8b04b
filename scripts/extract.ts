import { existsSync, readFileSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/database.js';
import { knownEntities } from '../src/db/entities.js';
import { draftDocument, extractDraft } from '../src/ingest/extract.js';

/** npm run extract -- FILE [de|en]: prints a draft ingest document; quotes without a speaker go to stderr. */
const [file, language] = process.argv.slice(2);
if (!file || !existsSync(file)) {
  console.error('usage: npm run extract -- FILE.txt [de|en]');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const database = await openDatabase(loadConfig(), (line) => console.error(line));
try {
  const draft = extractDraft(text, language ?? null, await knownEntities(database.graph));
  console.log(JSON.stringify(draftDocument(draft, text), null, 2));
  for (const quote of draft.quotes.filter((q) => !q.speaker && !q.speakerName)) {
    console.error(`no speaker found for: "${quote.text}"`);
  }
  console.error(
    `${draft.quotes.length} quotes, ${draft.mentions.filter((m) => m.known).length} known entities, ${draft.mentions.filter((m) => !m.known).length} new names (language ${draft.language})`,
  );
} finally {
  await database.close();
}
