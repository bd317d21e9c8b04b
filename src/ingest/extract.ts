import { slugify } from '../domain/normalise.js';

/**
 * Drafts from raw article text, for a person to review: direct quotes with their speakers,
 * mentions of entities the graph knows, and capitalised names it does not know. Rules, not a model:
 * every guess is explainable and marked as a draft.
 */

export interface KnownEntity {
  slug: string;
  kind: string;
  name: string;
  aliases: string[];
}

export interface DraftQuote {
  text: string;
  /** Slug of the speaker when it is a known entity, else null. */
  speaker: string | null;
  /** The name the speaker was found by (or the pronoun's antecedent). */
  speakerName: string | null;
  /** The reporting verb that tied quote and speaker, e.g. "sagt" or "according to". */
  cue: string | null;
  /** Character offset of the quote in the text. */
  offset: number;
}

export interface DraftMention {
  name: string;
  slug: string;
  kind: string | null;
  /** False for names the graph does not know yet: a slug is proposed. */
  known: boolean;
  count: number;
}

export interface Draft {
  language: string;
  quotes: DraftQuote[];
  mentions: DraftMention[];
}

const QUOTE_PAIRS: Array<[string, string]> = [
  ['„', '“'],
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['»', '«'],
  ['‚', '‘'],
];

const VERBS: Record<'de' | 'en', string[]> = {
  de: [
    'äußerte sich',
    'sagt',
    'sagte',
    'sagen',
    'erklärt',
    'erklärte',
    'betont',
    'betonte',
    'fragt',
    'fragte',
    'meint',
    'meinte',
    'so',
    'warnt',
    'warnte',
    'ergänzt',
    'ergänzte',
    'schreibt',
    'schrieb',
  ],
  en: [
    'according to',
    'says',
    'said',
    'told',
    'asks',
    'asked',
    'explains',
    'explained',
    'adds',
    'added',
    'warns',
    'warned',
    'writes',
    'wrote',
    'stated',
  ],
};

const PRONOUNS: Record<'de' | 'en', string[]> = { de: ['er', 'sie'], en: ['he', 'she'] };
/** Phrases that stand for the last organization named. */
const ORG_PRONOUNS: Record<'de' | 'en', string[]> = {
  de: ['das Unternehmen', 'der Konzern', 'die Firma'],
  en: ['the company', 'the firm', 'the lab'],
};

const GERMAN_HINTS = /\b(und|der|die|das|nicht|ist|wird|ein|eine|mit|auf|für|sagt|dass)\b/gi;
const ENGLISH_HINTS = /\b(and|the|not|is|will|a|an|with|on|for|says|that)\b/gi;

/** Words that start sentences or are capitalised for grammar, never names on their own. */
const NOT_NAMES = new Set(
  (
    'Der Die Das Den Dem Des Ein Eine Einen Einem Einer Er Sie Es Wir Ihr Ich Und Oder Aber Doch Denn Wenn Als Wie Mit ' +
    'Bei Von Vor Nach Für Auf In Im Am An Zu Zur Zum Über Unter Derzeit Gerade Mit Blick Diese Dieser Dieses Auch ' +
    'The A An He She It We They I And Or But If When As With At From For On In To Of By This That These Those Its Their ' +
    'Quellen Sources Mr Mrs Ms Dr Prof CEO Senator Senatorin Präsident Präsidentin Sprecher Sprecherin Chef Chefin ' +
    'Deren Dessen Professor Professorin Forscher Forscherin Minister Ministerin Kanzler President Spokesman Spokeswoman'
  ).split(' '),
);

export function detectLanguage(text: string): 'de' | 'en' {
  const de = text.match(GERMAN_HINTS)?.length ?? 0;
  const en = text.match(ENGLISH_HINTS)?.length ?? 0;
  return de >= en ? 'de' : 'en';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Hit {
  entity: KnownEntity;
  name: string;
  offset: number;
  end: number;
}

/** Known names and aliases in the text, also in German genitive ("OpenAIs") and compounds ("OpenAI-CEO"). */
function findKnown(text: string, known: KnownEntity[]): Hit[] {
  const forms: Array<{ form: string; entity: KnownEntity }> = [];
  for (const entity of known) {
    // People are named by surname after the first mention: "Sam Altman", then "Altman".
    const surname = entity.kind === 'PERSON' ? entity.name.split(/\s+/).at(-1) : undefined;
    const extra = surname && surname !== entity.name && surname.length >= 4 ? [surname] : [];
    for (const form of new Set([entity.name, ...entity.aliases, ...extra])) {
      if (form.length >= 2) forms.push({ form, entity });
    }
  }
  // Longest first, so "Sam Altman" wins over "Altman" at the same place.
  forms.sort((a, b) => b.form.length - a.form.length);
  const taken: boolean[] = new Array(text.length).fill(false);
  const hits: Hit[] = [];
  for (const { form, entity } of forms) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?:s|'s|’s)?(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const match of text.matchAll(pattern)) {
      const offset = match.index ?? 0;
      const end = offset + match[0].length;
      if (taken.slice(offset, end).some(Boolean)) continue;
      for (let i = offset; i < end; i++) taken[i] = true;
      hits.push({ entity, name: form, offset, end });
    }
  }
  return hits.sort((a, b) => a.offset - b.offset);
}

/** Capitalised names the graph does not know: runs of capitalised words, or words like "DeepMind" and "GPT-7". */
function findUnknown(
  text: string,
  hits: Hit[],
  quoted: Array<{ offset: number; end: number }>,
): Array<{ name: string; offset: number }> {
  // Known names are not new; words inside quotes are speech, not the names of speakers.
  const spans = [...hits, ...quoted];
  const covered = (offset: number) => spans.some((span) => offset >= span.offset && offset < span.end);
  const found: Array<{ name: string; offset: number }> = [];
  const run = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]*(?:[-\s]\p{Lu}[\p{L}\p{N}]*){0,3})(?![\p{L}\p{N}])/gu;
  for (const match of text.matchAll(run)) {
    const words = (match[1] as string).split(/\s+/).filter((word) => !NOT_NAMES.has(word));
    if (words.length === 0) continue;
    const name = words.join(' ');
    const offset = (match.index ?? 0) + match[0].indexOf(words[0] as string);
    if (covered(offset) || covered(offset + name.length - 1)) continue;
    const distinctive = words.length >= 2 || (name.length >= 3 && /\p{Lu}.*\p{Lu}|\d/u.test(name));
    const sentenceStart = /(^|[.!?:]\s+|\n\s*|[„“"«»‚]\s*)$/.test(
      text.slice(Math.max(0, offset - 3), offset),
    );
    if (!distinctive || (sentenceStart && words.length < 2)) continue;
    found.push({ name, offset });
  }
  return found;
}

function findQuotes(text: string): Array<{ text: string; offset: number; end: number }> {
  const quotes: Array<{ text: string; offset: number; end: number }> = [];
  const used: boolean[] = new Array(text.length).fill(false);
  for (const [open, close] of QUOTE_PAIRS) {
    const pattern = new RegExp(
      `${escapeRegExp(open)}([^${escapeRegExp(open)}${escapeRegExp(close)}\\n]{2,600}?)${escapeRegExp(close)}`,
      'gu',
    );
    for (const match of text.matchAll(pattern)) {
      const offset = match.index ?? 0;
      const end = offset + match[0].length;
      if (used.slice(offset, end).some(Boolean)) continue;
      const inner = (match[1] as string).trim();
      // A quote has at least two words; single quoted words are titles or scare quotes.
      if (inner.split(/\s+/).length < 2) continue;
      for (let i = offset; i < end; i++) used[i] = true;
      quotes.push({ text: inner.replace(/[,]$/, ''), offset, end });
    }
  }
  return quotes.sort((a, b) => a.offset - b.offset);
}

export function extractDraft(text: string, language: string | null, known: KnownEntity[]): Draft {
  const lang: 'de' | 'en' = language === 'de' || language === 'en' ? language : detectLanguage(text);
  const hits = findKnown(text, known);
  const speakers = hits.filter((hit) => hit.entity.kind === 'PERSON' || hit.entity.kind === 'ORGANIZATION');
  const persons = hits.filter((hit) => hit.entity.kind === 'PERSON');
  const found = findQuotes(text);
  const unknown = findUnknown(text, hits, found);
  const verbs = VERBS[lang];
  const verbPattern = new RegExp(`(?<![\\p{L}])(${verbs.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
  const pronounPattern = new RegExp(`(?<![\\p{L}])(${PRONOUNS[lang].join('|')})(?![\\p{L}])`, 'iu');
  const orgPronounPattern = new RegExp(`(?<![\\p{L}])(${ORG_PRONOUNS[lang].join('|')})(?![\\p{L}])`, 'iu');
  const organizations = hits.filter((hit) => hit.entity.kind === 'ORGANIZATION');
  const lastOrganizationBefore = (offset: number) =>
    [...organizations].reverse().find((hit) => hit.end <= offset) ?? null;

  // A pronoun stands for the last person named: a known one, or a new two-word name.
  const people = [
    ...persons.map((hit) => ({ slug: hit.entity.slug as string | null, name: hit.name, offset: hit.offset })),
    ...unknown
      .filter((u) => u.name.split(' ').length >= 2)
      .map((u) => ({ slug: null, name: u.name, offset: u.offset })),
  ].sort((a, b) => a.offset - b.offset);
  const lastPersonBefore = (offset: number) => [...people].reverse().find((p) => p.offset < offset) ?? null;
  const speakerIn = (from: number, to: number) =>
    speakers.find((hit) => hit.offset >= from && hit.end <= to) ?? null;
  const unknownIn = (from: number, to: number) =>
    unknown.find((u) => u.offset >= from && u.offset < to) ?? null;

  const quotes: DraftQuote[] = found.map((quote, index) => {
    // After the quote, up to the end of the sentence: "…", sagt Altman. / "…," he said.
    const afterEnd = Math.min(text.length, quote.end + 80);
    const after = text.slice(quote.end, afterEnd);
    const sentenceEnd = after.search(/[.!?](\s|$)/);
    const nextQuote = found[index + 1]?.offset ?? text.length;
    // A quote that ends its own sentence ("…Forschung.»") takes no attribution from what follows.
    const closed = /[.!?]$/.test(quote.text);
    const afterWindow = closed
      ? ''
      : after.slice(0, Math.min(sentenceEnd >= 0 ? sentenceEnd + 1 : after.length, nextQuote - quote.end));
    // Before the quote, back to the start of the sentence: Altman sagt: "…"
    const before = text.slice(Math.max(0, quote.offset - 120), quote.offset);
    const sentenceStart = Math.max(
      before.lastIndexOf('. '),
      before.lastIndexOf('\n'),
      before.lastIndexOf('? '),
      before.lastIndexOf('! '),
    );
    const beforeWindow = before.slice(sentenceStart + 1);
    const beforeFrom = quote.offset - beforeWindow.length;

    for (const [window, from] of [
      [afterWindow, quote.end],
      [beforeWindow, beforeFrom],
    ] as const) {
      // "Heidecke lobte das Projekt: „…“": a colon right before the quote introduces speech.
      const colon = window === beforeWindow && /:\s*$/.test(window) ? [':', ':'] : null;
      const verb = verbPattern.exec(window) ?? colon;
      if (!verb) continue;
      const to = from + window.length;
      // Who the cue points at, most specific first: a known speaker in the window, a new name in it,
      // "the company" for the last organization, "er/she" for the last person named.
      const named = speakerIn(from, to);
      const fresh = unknownIn(from, to);
      const organization = orgPronounPattern.test(window) ? lastOrganizationBefore(quote.offset) : null;
      const person = pronounPattern.test(window) ? lastPersonBefore(quote.offset) : null;
      const who = named
        ? { slug: named.entity.slug, name: named.name }
        : fresh
          ? { slug: null, name: fresh.name }
          : organization
            ? { slug: organization.entity.slug, name: organization.name }
            : person;
      if (who) {
        return {
          text: quote.text,
          speaker: who.slug,
          speakerName: who.name,
          cue: verb[1] ?? null,
          offset: quote.offset,
        };
      }
    }
    return { text: quote.text, speaker: null, speakerName: null, cue: null, offset: quote.offset };
  });

  const mentions = new Map<string, DraftMention>();
  for (const hit of hits) {
    const mention = mentions.get(hit.entity.slug);
    if (mention) mention.count += 1;
    else
      mentions.set(hit.entity.slug, {
        name: hit.entity.name,
        slug: hit.entity.slug,
        kind: hit.entity.kind,
        known: true,
        count: 1,
      });
  }
  for (const u of unknown) {
    const slug = slugify(u.name);
    if (!slug) continue;
    const mention = mentions.get(slug);
    if (mention) mention.count += 1;
    else mentions.set(slug, { name: u.name, slug, kind: null, known: false, count: 1 });
  }
  return { language: lang, quotes, mentions: [...mentions.values()] };
}

/** A proposed ingest document from a draft: attributed quotes as statements, every mention as an entity. */
export function draftDocument(draft: Draft, text: string) {
  const title =
    text
      .split('\n')
      .find((line) => line.trim().length > 20)
      ?.trim() ?? 'Untitled';
  const slugOf = (quote: DraftQuote) =>
    quote.speaker ?? (quote.speakerName ? slugify(quote.speakerName) : null);
  const newSpeakers = new Set(
    draft.quotes.filter((q) => !q.speaker && q.speakerName).map((q) => slugify(q.speakerName ?? '')),
  );
  return {
    article: {
      slug: slugify(title).slice(0, 80) || 'draft-article',
      title,
      url: 'https://example.com/REPLACE-ME',
      language: draft.language,
    },
    entities: draft.mentions
      .filter((mention) => !mention.known)
      .map((mention) => ({
        kind:
          newSpeakers.has(mention.slug) || /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(mention.name)
            ? 'PERSON'
            : 'ORGANIZATION',
        slug: mention.slug,
        name: mention.name,
        description: 'DRAFT: new entity, kind guessed from the text; check it.',
      })),
    relations: [],
    statements: draft.quotes
      .filter((quote) => slugOf(quote))
      .map((quote) => ({
        speaker: slugOf(quote),
        text: quote.text,
        language: draft.language,
        kind: 'QUOTE',
        about: [],
      })),
  };
}
