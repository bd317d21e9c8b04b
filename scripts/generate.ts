import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../tools/corpus/generate.js';

/** npm run generate -- --articles N --seed S [--out DIR]: writes N ingest documents, the same for the same seed. */
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: '.data/generated' },
  },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run generate -- --articles N --seed S [--out DIR]   (N >= 1, S an integer)');
  process.exit(2);
}
const { documents } = generateCorpus({ articles, seed });
mkdirSync(values.out, { recursive: true });
for (const document of documents) {
  writeFileSync(join(values.out, `${document.article.slug}.json`), `${JSON.stringify(document, null, 1)}\n`);
}
console.log(`wrote ${documents.length} documents to ${values.out} (seed ${seed})`);
