import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDraft } from '../src/extract/draft.js';
import type { KnownEntity } from '../src/extract/known.js';

/**
 * `npm run bench:extract-scale`: draft extraction on a 100,000-character text against 1,000 and
 * 50,000 known entities, measured in the same run. Known names are matched in one pass over the
 * words, so the cost should follow the text, not the size of the graph: the ratio is the figure.
 */
const SET = join(import.meta.dirname, 'extract-set', 'dev');
const texts = readdirSync(SET)
  .filter((f) => f.startsWith('en-') && f.endsWith('.txt'))
  .map((f) => readFileSync(join(SET, f), 'utf8'));
let text = '';
while (text.length < 100_000) text += `${texts[text.length % texts.length]}\n\n`;
text = text.slice(0, 100_000);

const KINDS = ['PERSON', 'ORGANIZATION', 'AI_MODEL', 'PLACE', 'TOPIC'];
function known(n: number): KnownEntity[] {
  const base = JSON.parse(
    readFileSync(join(import.meta.dirname, 'extract-set', 'known.json'), 'utf8'),
  ) as KnownEntity[];
  const out = [...base];
  for (let i = out.length; i < n; i++)
    out.push({
      slug: `entity-${i}`,
      kind: KINDS[i % KINDS.length] as string,
      name: `Name${i} Surname${i % 997}`,
      aliases: [`Alias${i}`, `A${i} Group`],
    });
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const small = known(1_000);
const large = known(50_000);
const times: Record<'small' | 'large' | 'largeIndexed', number[]> = {
  small: [],
  large: [],
  largeIndexed: [],
};
extractDraft('warm-up', 'en', large);
for (let round = 0; round < 5; round++) {
  // Interleaved rounds, fresh entity arrays each time so that the name index is built inside the timing.
  for (const [name, list] of [
    ['small', small],
    ['large', large],
  ] as const) {
    const copy = [...list];
    const started = performance.now();
    extractDraft(text, 'en', copy);
    times[name].push(performance.now() - started);
  }
  // The same array again: the name index built above is reused, so this is the matching alone.
  const started = performance.now();
  extractDraft(text, 'en', large);
  times.largeIndexed.push(performance.now() - started);
}
const s = median(times.small);
const l = median(times.large);
console.log(`text ${text.length} characters; median of 5 interleaved rounds (index built inside the timing)`);
const li = median(times.largeIndexed);
console.log('| known entities | median ms |\n|---|---|');
console.log(
  `| 1,000 | ${s.toFixed(0)} |\n| 50,000 | ${l.toFixed(0)} |\n| 50,000, name index already built | ${li.toFixed(0)} |`,
);
console.log(
  `ratio 50,000 / 1,000: ${(l / s).toFixed(2)}×; matching alone at 50,000 against all of it at 1,000: ${(li / s).toFixed(2)}×`,
);
