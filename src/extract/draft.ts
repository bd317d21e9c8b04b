import { slugify } from '../domain/normalise.js';
import { type Attribution, Attributor, type Ref } from './attribution.js';
import { firstNameGender } from './gazetteer.js';
import { type KnownEntity, type KnownHit, KnownNames } from './known.js';
import { type Lang, NOT_NAMES } from './lexicon.js';
import { findNewNames, type NewName } from './names.js';
import { type Affiliation, findAffiliations } from './relations.js';
import {
  type Dateline,
  findDateline,
  findQuotes,
  indexAt,
  paragraphStarts,
  type Quote,
  sentenceStarts,
  tokenize,
} from './text.js';

export interface DraftQuote {
  text: string;
  /** Slug of the speaker (known, or proposed for a new entity), else null. */
  speaker: string | null;
  /** The name the speaker was found by (for a pronoun, the person it stands for). */
  speakerName: string | null;
  /** The reporting verb that tied quote and speaker (":" for a colon introduction). */
  cue: string | null;
  /** Character offsets of the quote (its marks included). */
  offset: number;
  end: number;
  confidence: number;
  reason: string;
  /** Slugs of the models, organizations and topics the quote is about. */
  about: string[];
}

export interface DraftMention {
  name: string;
  slug: string;
  kind: string | null;
  /** False for names the graph does not know yet: a slug is proposed. */
  known: boolean;
  count: number;
  offset: number;
  end: number;
  confidence: number;
  evidence: string;
}

export interface Draft {
  language: Lang;
  title: string;
  quotes: DraftQuote[];
  mentions: DraftMention[];
  relations: Array<{ from: string; type: 'WORKS_FOR'; to: string; role: string | null }>;
  /** The dateline's place (a slug), the statements' place where nothing else is said. */
  place: string | null;
  /** The agency named in the dateline, if any. */
  agency: string | null;
}

const GERMAN_HINTS = /\b(und|der|die|das|nicht|ist|wird|ein|eine|mit|auf|für|sagt|dass)\b/gi;
const ENGLISH_HINTS = /\b(and|the|not|is|will|a|an|with|on|for|says|that)\b/gi;

export function detectLanguage(text: string): Lang {
  const de = text.match(GERMAN_HINTS)?.length ?? 0;
  const en = text.match(ENGLISH_HINTS)?.length ?? 0;
  return de >= en ? 'de' : 'en';
}

const cache = new WeakMap<KnownEntity[], KnownNames>();

/** A draft decomposition of raw text: quotes with speakers, known entities, new names with kinds. */
export function extractDraft(text: string, language: string | null, known: KnownEntity[]): Draft {
  const lang: Lang = language === 'de' || language === 'en' ? language : detectLanguage(text);
  const spans = findQuotes(text);
  const sentences = sentenceStarts(text, spans);
  const paragraphs = paragraphStarts(text);
  const tokens = tokenize(text, sentences);
  const names = cache.get(known) ?? new KnownNames(known);
  cache.set(known, names);
  const dateline = findDateline(text, paragraphs);
  const hits = names
    .find(text, tokens)
    .filter((h) => !dateline || h.start >= dateline.end || h.end <= dateline.start)
    .filter((h) => !(lang === 'en' && topicInsideName(text, h)));
  const datelineHit = dateline ? knownPlace(names, dateline) : null;
  if (datelineHit) hits.unshift(datelineHit);
  const headlineEnd =
    paragraphs.length > 1 && (paragraphs[1] as number) < 200 ? (paragraphs[1] as number) : 0;
  const fresh = findNewNames({
    text,
    tokens,
    lang,
    blocked: [
      ...hits,
      ...spans.filter((span) => notSpeech(span, lang)),
      { start: 0, end: headlineEnd },
      ...(dateline ? [dateline] : []),
    ],
    knownPlaces: hits.filter((h) => h.entity.kind === 'PLACE'),
    knownOrganizations: hits.filter((h) => h.entity.kind === 'ORGANIZATION'),
    bodyStart: dateline?.end ?? headlineEnd,
  });
  if (dateline && !datelineHit) fresh.unshift(datelinePlace(dateline));
  const quotes: Quote[] = spans.map((s) => ({
    ...s,
    sentence: indexAt(sentences, s.start),
    paragraph: indexAt(paragraphs, s.start),
  }));
  const inQuote = (offset: number) => spans.some((s) => offset > s.start && offset < s.end);
  const refs = speakerRefs(hits, fresh).filter((r) => !inQuote(r.start));
  const attributions = new Attributor(text, lang, refs, sentences).attribute(quotes);
  const mentions = draftMentions(hits, fresh, dateline);
  const slugOfNew = new Map(fresh.map((n) => [n.key, slugify(n.name)]));
  return {
    language: lang,
    title:
      text.slice(0, headlineEnd).trim() || (text.split('\n')[0] ?? '').trim().slice(0, 200) || 'Untitled',
    quotes: quotes
      .map((q, i) => draftQuote(q, attributions[i] as Attribution, slugOfNew, hits, fresh, sentences, text))
      .filter((q) => keepQuote(q, lang)),
    mentions,
    relations: findAffiliations(text, refs).map((a: Affiliation) => ({
      from: slugOf(a.person, slugOfNew),
      type: 'WORKS_FOR' as const,
      to: slugOf(a.organization, slugOfNew),
      role: a.role,
    })),
    place: datelineHit ? datelineHit.entity.slug : dateline ? slugify(dateline.place) : null,
    agency: dateline?.agency ?? null,
  };
}

/**
 * English: a topic written with capitals right after another capitalised word is part of a proper
 * name ("Skarvik Data Centres"), not the topic ("data centres"). German capitalises every noun.
 */
function topicInsideName(text: string, hit: KnownHit): boolean {
  const words = text.slice(hit.start, hit.end).split(/\s+/);
  if (hit.entity.kind !== 'TOPIC' || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const before = /(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, hit.start - 40), hit.start))?.[1];
  return before !== undefined && !NOT_NAMES.has(before.toLowerCase());
}

/** The dateline's place when the graph knows it ("MÜNCHEN" is munich). */
function knownPlace(names: KnownNames, dateline: Dateline): KnownHit | null {
  const hit = names.find(dateline.place, tokenize(dateline.place, [0]))[0];
  if (hit?.entity.kind !== 'PLACE' || hit.end - hit.start < dateline.place.length) return null;
  return { ...hit, start: dateline.start, end: dateline.start + dateline.place.length };
}

function datelinePlace(dateline: Dateline): NewName {
  const key = dateline.place.toLowerCase();
  const start = dateline.start;
  const end = start + dateline.place.length;
  return {
    key,
    name: dateline.place,
    kind: 'PLACE',
    gender: null,
    start,
    end,
    confidence: 0.95,
    evidence: 'dateline',
    mentions: [{ key, start, end }],
  };
}

function slugOf(ref: Ref, slugOfNew: Map<string, string>): string {
  return slugOfNew.get(ref.id) ?? ref.id;
}

/** Scare quotes and titles hold no names worth drafting: „KI-Offensive“, "Machines of Loving Grace". */
function notSpeech(span: { text: string }, lang: Lang): boolean {
  return span.text.trim().split(/\s+/).length <= 3 || looksLikeTitle(span.text, lang);
}

/** English titles of works are in title case ("Machines of Loving Grace"); German capitalises every noun, so not there. */
function looksLikeTitle(text: string, lang: Lang): boolean {
  const words = text.trim().split(/\s+/);
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return (
    lang === 'en' &&
    words.length >= 2 &&
    words.length <= 6 &&
    capitals / words.length >= 0.6 &&
    !/[.!?,;]/.test(text)
  );
}

/** Short quoted words without a speaker are scare quotes or titles, not statements. */
function keepQuote(q: DraftQuote, lang: Lang): boolean {
  const words = q.text.trim().split(/\s+/).length;
  if (looksLikeTitle(q.text, lang)) return false;
  // Up to three words are a statement only when a reporting verb ties them to someone.
  if (words <= 3) return q.speaker !== null && q.cue !== null;
  return true;
}

function speakerRefs(hits: KnownHit[], fresh: NewName[]): Ref[] {
  const refs: Ref[] = [];
  for (const hit of hits) {
    if (hit.entity.kind !== 'PERSON' && hit.entity.kind !== 'ORGANIZATION') continue;
    const gender =
      hit.entity.kind === 'PERSON' ? firstNameGender(hit.entity.name.split(/\s+/)[0] ?? '') : null;
    refs.push({
      id: hit.entity.slug,
      name: hit.entity.name,
      kind: hit.entity.kind,
      gender,
      start: hit.start,
      end: hit.end,
    });
  }
  for (const name of fresh) {
    if (name.kind !== 'PERSON' && name.kind !== 'ORGANIZATION') continue;
    for (const m of name.mentions)
      refs.push({
        id: name.key,
        name: name.name,
        kind: name.kind,
        gender: name.gender,
        start: m.start,
        end: m.end,
      });
  }
  return refs.sort((a, b) => a.start - b.start);
}

const ABOUT_KINDS = new Set(['AI_MODEL', 'TOPIC', 'ORGANIZATION']);

function draftQuote(
  q: Quote,
  a: Attribution,
  slugOfNew: Map<string, string>,
  hits: KnownHit[],
  fresh: NewName[],
  sentences: number[],
  text: string,
): DraftQuote {
  const speaker = a.speaker ? slugOf(a.speaker, slugOfNew) : null;
  const from = sentences[q.sentence] ?? q.start;
  const to = Math.max(q.end, sentences[q.sentence + 1] ?? text.length);
  const about = new Set<string>();
  for (const hit of hits) {
    if (!ABOUT_KINDS.has(hit.entity.kind) || hit.entity.slug === speaker) continue;
    const inside = hit.start >= q.start && hit.end <= q.end;
    const near = hit.start >= from && hit.end <= to && hit.entity.kind !== 'ORGANIZATION';
    if (inside || near) about.add(hit.entity.slug);
  }
  for (const name of fresh) {
    if (name.kind !== 'AI_MODEL') continue;
    if (name.mentions.some((m) => m.start >= from && m.end <= to))
      about.add(slugOfNew.get(name.key) as string);
  }
  return {
    text: q.text.replace(/[,;:]\s*$/, '').trim(),
    speaker,
    speakerName: a.speaker?.name ?? null,
    cue: a.cue,
    offset: q.start,
    end: q.end,
    confidence: a.confidence,
    reason: a.reason,
    about: [...about],
  };
}

function draftMentions(
  hits: KnownHit[],
  fresh: NewName[],
  dateline: ReturnType<typeof findDateline>,
): DraftMention[] {
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
        offset: hit.start,
        end: hit.end,
        confidence: 0.95,
        evidence: `name or alias "${hit.form}"`,
      });
  }
  for (const name of fresh) {
    const slug = slugify(name.name);
    if (!slug || mentions.has(slug)) continue;
    mentions.set(slug, {
      name: name.name,
      slug,
      kind: name.kind,
      known: false,
      count: name.mentions.length,
      offset: name.start,
      end: name.end,
      confidence: name.confidence,
      evidence: name.evidence,
    });
  }
  if (dateline?.agency && !mentions.has(slugify(dateline.agency))) {
    mentions.set(slugify(dateline.agency), {
      name: dateline.agency,
      slug: slugify(dateline.agency),
      kind: 'ORGANIZATION',
      known: false,
      count: 1,
      offset: dateline.start,
      end: dateline.end,
      confidence: 0.8,
      evidence: 'agency in the dateline',
    });
  }
  return [...mentions.values()];
}
