import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../tools/corpus/generate.js';
import { parseCli, usageError } from './lib/cli.js';

const USAGE = `
usage: npm run generate -- [--articles N] [--seed S] [--out DIR]

Writes a synthetic corpus of valid ingest documents, one DIR/<slug>.json per article; the same
seed gives the same corpus. Needs no database.

arguments:
  --articles N   how many articles, N >= 1 (default 100)
  --seed S       an integer (default 1)
  --out DIR      the folder to write into, created when missing (default .data/generated)
  -h, --help     print this text

output: nothing on stdout (the documents are the files); what was written on stderr.

environment: none.

exit codes: 0 written, 1 failed, 2 wrong arguments.
`;

const { values, positionals } = parseCli(USAGE, {
  articles: { type: 'string', default: '100' },
  seed: { type: 'string', default: '1' },
  out: { type: 'string', default: '.data/generated' },
});
if (positionals.length > 0) usageError(USAGE, `unexpected arguments: ${positionals.join(' ')}`);
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1) usageError(USAGE, '--articles must be an integer >= 1');
if (!Number.isInteger(seed)) usageError(USAGE, '--seed must be an integer');

const { documents } = generateCorpus({ articles, seed });
mkdirSync(values.out, { recursive: true });
for (const document of documents) {
  writeFileSync(join(values.out, `${document.article.slug}.json`), `${JSON.stringify(document, null, 1)}\n`);
}
console.error(`wrote ${documents.length} documents to ${values.out} (seed ${seed})`);
