import type { EntityKind } from '../domain/vocabulary.js';
import { firstNameGender, isDemonym, isLanguageName, isPlace, isRegion } from './gazetteer.js';
import {
  DE_DETERMINERS,
  DE_INSTITUTION,
  DESCRIPTORS,
  EVENT_HEADS,
  type Lang,
  MODEL_CUES,
  NOT_NAMES,
  ORG_CUES,
  ORG_HEADS,
  ORG_SUFFIXES,
  OUTLETS,
  PARTIES,
  PLACE_HEADS,
  PRODUCT_NOUNS,
  ROLE_WORDS,
  UNIT_CUES,
} from './lexicon.js';
import {
  organizationExpected,
  type PlaceSlot,
  placeExpected,
  placeInSlot,
  withQualifier,
  withVersion,
} from './slots.js';
import type { Span, Token } from './text.js';

/**
 * Names the graph does not know: runs of capitalised words, cleaned of titles, roles and descriptive
 * nouns, with a kind from evidence (a first name, a role before it, an organization or event word, a
 * place list, the dateline). In German every noun is capitalised, so a name needs more evidence there.
 */

/** What a new name can be: any entity kind but a topic (topics are only ever known ones). */
export type Kind = Exclude<EntityKind, 'TOPIC'>;

export interface NameMention {
  key: string;
  start: number;
  end: number;
}

export interface NewName {
  key: string;
  name: string;
  kind: Kind;
  gender: 'male' | 'female' | null;
  start: number;
  end: number;
  /** 0..1: how sure the kind is. */
  confidence: number;
  evidence: string;
  mentions: NameMention[];
}

/** A word joined by hyphens ("Hafen-Start-up", "Eulora-13B"), as one unit. */
interface Unit {
  text: string;
  start: number;
  end: number;
  sentence: number;
  sentenceStart: boolean;
}

interface Run {
  units: Unit[];
  /** The role right before the run ("Informatikerin", "Sen."). */
  role: string | null;
  /** The kind a descriptive noun before the run gives ("das Start-up X"). */
  cue: Kind | null;
  /** The word right before the run, lower case. */
  prev: string | null;
  /** Right after "in", "aus" (bare) or "in der", "im", "am" (article), where a place is expected. */
  placeSlot?: PlaceSlot;
  /** Where an organization is expected: "ein Sprecher der X", or listed with organizations. */
  orgSlot?: boolean;
}

export interface NameContext {
  text: string;
  tokens: Token[];
  lang: Lang;
  /** Known names, the headline and the dateline: no new names there. */
  blocked: Span[];
  /** Known places: blocked too, except right after an institution word ("Landgericht Hamburg"). */
  knownPlaces: Span[];
  /** Known organizations: a name listed with one is an organization too ("Bosch, Infineon und NXP"). */
  knownOrganizations?: Span[];
  /** Where the body starts after the dateline: the next word starts a sentence. */
  bodyStart: number;
}

const CONNECTORS = new Set([
  'für',
  'der',
  'des',
  'zu',
  'of',
  'for',
  'and',
  'und',
  'on',
  'the',
  '&',
  'de',
  'du',
]);
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'da', 'di', 'le', 'la', 'bin', 'al']);
const lower = (word: string) => word.toLowerCase().replace(/['’](s|d|ll|re|ve|m)$/u, '');
const lastPart = (unit: string) => lower(unit.split('-').at(-1) ?? unit);
const capital = (word: string) => /^\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);
const LONG_ROLES = [...ROLE_WORDS].filter((w) => w.length >= 5 && !w.includes('.'));

/** "Informatikerin", "Digitalminister", "Lindenpark-Partnerin": a role, also at the end of a compound. */
export function isRole(unit: string): boolean {
  const l = lower(unit);
  if (ROLE_WORDS.has(l) || ROLE_WORDS.has(lastPart(unit))) return true;
  return /^\p{Lu}/u.test(unit) && LONG_ROLES.some((role) => l.length > role.length + 2 && l.endsWith(role));
}

function descriptor(unit: string): Kind | null {
  const l = lower(unit);
  if (MODEL_CUES.has(l)) return 'AI_MODEL';
  if (ORG_CUES.has(l)) return 'ORGANIZATION';
  // Also in the genitive: "des britischen Anbieters Hawkline Ltd.".
  const forms = l.endsWith('s') ? [l, l.slice(0, -1)] : [l];
  return (
    DESCRIPTORS.find((d) =>
      forms.some((f) => f === d.ending || (f.length > d.ending.length + 2 && f.endsWith(d.ending))),
    )?.kind ?? null
  );
}

/** "Verband" as written, not "Digitalverband" or "Verbands": a bare head that can start a registered name. */
const bareHead = (unit: string) => NAME_HEADS.has(lower(unit));
const NAME_HEADS = new Set(['verband', 'vereinigung', 'partei', 'agentur']);
/** "e.V.", "GmbH", "Ltd.": the run is a registered name. */
const legalForm = (unit: string | undefined) =>
  unit !== undefined && (ORG_SUFFIXES.has(lower(unit)) || /^e\.V\.?$/.test(unit));

/** German compounds that name institutions: "Landgericht", "Digitalministerium", "Stadtwerke". */
const DE_ORG_COMPOUND =
  /\p{Ll}(gericht|präsidium|kurier|anzeiger|rundschau|tagblatt|zentrale|verband|dienst|kasse|gerichtshof|rechnungshof|zentralbank|notenbank|landesbank|förderbank|ministerium|amt|agentur|klinik|klinikum|krankenhaus|universität|hochschule|institut|gewerkschaft|stiftung|werke|behörde|kammer|initiative|genossenschaft|akademie)$/u;

/** "Weltmeisterschaft", "Bundestagswahl", "AI Action Summit": words that name events. */
const DE_EVENT_COMPOUND =
  /\p{Ll}(wahl|meisterschaft|gipfel|konferenz|messe|kongress|festival|spiele|tagung)$/u;
const eventWord = (w: string) => EVENT_HEADS.has(w.toLowerCase()) || DE_EVENT_COMPOUND.test(w);

const orgWord = (w: string) =>
  DE_ORG_COMPOUND.test(w) ||
  DE_INSTITUTION.test(w) ||
  ORG_HEADS.has(lower(w)) ||
  ORG_HEADS.has(lastPart(w)) ||
  ORG_SUFFIXES.has(lower(w));
const skippable = (unit: string) =>
  NOT_NAMES.has(lower(unit)) ||
  ((isDemonym(unit) || isLanguageName(unit)) && !isPlace(unit)) ||
  /^\d+$/.test(unit) ||
  // "Corp." or "GmbH" alone names nothing.
  ORG_SUFFIXES.has(lower(unit));

function units(text: string, tokens: Token[], ctx: NameContext): Array<Unit | null> {
  const blocked = (offset: number) => ctx.blocked.some((s) => offset >= s.start && offset < s.end);
  const out: Array<Unit | null> = [];
  for (let i = 0; i < tokens.length; ) {
    const first = tokens[i] as Token;
    let last = first;
    let j = i + 1;
    while (j < tokens.length && text.slice(last.end, (tokens[j] as Token).start) === '-') {
      last = tokens[j] as Token;
      j += 1;
    }
    const word = text.slice(first.start, last.end);
    const before = text.slice(Math.max(0, first.start - 3), first.start);
    const sentenceStart =
      i === 0 ||
      (tokens[i - 1] as Token).sentence !== first.sentence ||
      /[„“"«»:]\s*$/.test(before) ||
      /[.!?]\s+$/.test(text.slice(Math.max(0, first.start - 4), first.start)) ||
      first.start === ctx.bodyStart;
    const prevUnit = out.at(-1);
    const placeInName =
      prevUnit && orgWord(prevUnit.text) && ctx.knownPlaces.some((p) => p.start === first.start);
    if (blocked(first.start) && !placeInName) out.push(null);
    else if (/\p{L}['’]s$/u.test(word) && capital(word) && isPlace(word.replace(/['’]s$/, ''))) {
      // "Norway's Ministry of Energy": the possessor is a name of its own.
      const owner = word.replace(/['’]s$/, '');
      out.push(
        {
          text: owner,
          start: first.start,
          end: first.start + owner.length,
          sentence: first.sentence,
          sentenceStart,
        },
        null,
      );
    } else if (/-based$/.test(word)) {
      // "Stockholm-based": the place, without its suffix.
      const place = word.replace(/-based$/, '');
      out.push(
        {
          text: place,
          start: first.start,
          end: first.start + place.length,
          sentence: first.sentence,
          sentenceStart: false,
        },
        null,
      );
    } else
      out.push({ text: word, start: first.start, end: last.end, sentence: first.sentence, sentenceStart });
    i = j;
  }
  return out;
}

/** The rest of a "für A, B und C" list in an institution's name. */
const LISTED_FIELD = /^(?:\p{Lu}[\p{L}-]*, )*\p{Lu}[\p{L}-]* und \p{Lu}/u;

/** Runs of capitalised units on one line of one sentence, with what stood right before them. */
function runs(text: string, list: Array<Unit | null>): Run[] {
  const out: Run[] = [];
  let current: Unit[] = [];
  let context: Omit<Run, 'units'> = { role: null, cue: null, prev: null };
  const flush = () => {
    if (current.length > 0) out.push({ units: current, ...context });
    current = [];
  };
  list.forEach((unit, k) => {
    if (!unit) {
      flush();
      context = { role: null, cue: null, prev: null };
      return;
    }
    const prev = current.at(-1);
    const gap = prev ? text.slice(prev.end, unit.start) : '';
    const joined =
      prev &&
      prev.sentence === unit.sentence &&
      (/^(?: {1,2}| & )$/.test(gap) ||
        // "Institut für Arbeitsmarkt- und Berufsforschung"
        (gap === '- ' && /^(und|oder)$/.test(unit.text)) ||
        // "Bundesministerium für Forschung, Technologie und Raumfahrt"
        (gap === ', ' &&
          current.some((u) => u.text === 'für') &&
          LISTED_FIELD.test(text.slice(unit.start, unit.start + 120))));
    if (current.length > 0 && !joined) {
      flush();
      context = { role: null, cue: null, prev: null };
    }
    const next = list[k + 1];
    const nextCapital = next && capital(next.text) && next.sentence === unit.sentence;
    // "Verband Freier Entwickler e.V.": in a name that starts with an organization word, a role word is part of it.
    const inOrganizationName = current.some((u) => bareHead(u.text) || orgWord(u.text));
    // "Tobias Lechleiter": after a first name, a word that merely ends like a role ("-leiter") is a surname.
    const surnameAfterFirst =
      current.length > 0 &&
      firstNameGender(current.at(-1)?.text ?? '') !== null &&
      !ROLE_WORDS.has(lower(unit.text));
    if (capital(unit.text) && (!isRole(unit.text) || inOrganizationName || surnameAfterFirst))
      current.push(unit);
    else if (current.length > 0 && nextCapital && CONNECTORS.has(lower(unit.text))) current.push(unit);
    else if (
      current.length === 1 &&
      nextCapital &&
      PARTICLES.has(unit.text) &&
      (context.role || firstNameGender(current[0]?.text ?? ''))
    )
      current.push(unit);
    else if (current.length > 0 && /^e\.V\.?$/.test(unit.text)) current.push(unit);
    else if (current.length > 0 && /^(19|20)\d\d$/.test(unit.text) && current.some((u) => eventWord(u.text)))
      current.push(unit);
    else {
      flush();
      context = {
        role: isRole(unit.text) ? unit.text : null,
        cue: descriptor(unit.text),
        prev: unit.text,
      };
    }
  });
  flush();
  return out.flatMap(splitRun);
}

/**
 * One run, one name: split before a first name inside it ("Landes Hessen Ralf Steinmetz"), and keep
 * "of"/"für"/"und" only in organization names ("Institut für Weltwirtschaft", not "Tom Hadley of Kansas").
 */
function splitRun(run: Run): Run[] {
  const organization = run.units.some((u) => orgWord(u.text));
  const parts: Unit[][] = [[]];
  run.units.forEach((unit, k) => {
    const current = parts.at(-1) as Unit[];
    if (CONNECTORS.has(lower(unit.text)) && !organization) {
      parts.push([]);
      return;
    }
    const onlyFirstNames = current.every((u) => firstNameGender(u.text));
    const startsPerson =
      k > 0 &&
      !organization &&
      !onlyFirstNames &&
      k + 1 < run.units.length &&
      capital(unit.text) &&
      firstNameGender(unit.text);
    if (startsPerson) parts.push([unit]);
    else current.push(unit);
  });
  return parts
    .filter((units) => units.length > 0)
    .map((units, k) => (k === 0 ? { ...run, units } : { units, role: null, cue: null, prev: null }));
}

const DE_NOUN_ENDINGS =
  /(ung|ungen|heit|keit|schaft|tion|tionen|tät|nis|ismus|ment|ling|chen|ität|ie|ik|ei|eien|ern|er|en|e|es|s)$/u;

const EN_ADJECTIVE = /(ian|ean|ese|ish)$/;

function hasEvidence(unit: Unit): boolean {
  return (
    isPlace(unit.text) ||
    orgWord(unit.text) ||
    eventWord(unit.text) ||
    firstNameGender(unit.text) !== null ||
    PLACE_HEADS.has(lower(unit.text)) ||
    /^\p{Lu}{2,6}$/u.test(unit.text) ||
    /\d/.test(unit.text)
  );
}

/** "Nach zwei Tagen Verhandlungen": after a number, a capitalised word is a noun. */
const DE_NUMERAL =
  /^(\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend)$/i;

/** German: a determiner or a (lower-case) adjective before it makes a capitalised word a noun, not a name. */
function afterArticle(prev: string | null): boolean {
  return prev !== null && (DE_DETERMINERS.has(prev.toLowerCase()) || /^\p{Ll}.*(e|en|er|es|em)$/u.test(prev));
}

/** "Willen der Datahaus GmbH": a noun, then der/des, then the name. */
function nounOfName(units: Unit[], lang: Lang): boolean {
  return (
    lang === 'de' &&
    units.length >= 3 &&
    /^(der|des)$/.test(units[1]?.text ?? '') &&
    !orgWord(units[0]?.text ?? '') &&
    !bareHead(units[0]?.text ?? '')
  );
}

/** Leading words that are not part of the name: "Auch", "Digitalverband", "des Landes". */
function trimRun(run: Run, lang: Lang, known: (word: string) => boolean = () => false): Run {
  const units = [...run.units];
  let { cue, prev, role } = run;
  if (units.length > 1 && isPlace(units.map((u) => u.text).join(' '))) return run;
  const organization = units.some((u) => orgWord(u.text) || EVENT_HEADS.has(lower(u.text)));
  // "Beschäftigte der Servicetochter X GmbH": a noun and its article before the name go first.
  if (nounOfName(units, lang)) units.splice(0, 2);
  while (units.length > 0) {
    const first = units[0] as Unit;
    const kind = descriptor(first.text);
    // Nouns before a name ("des Landes Hessen"); an organization's name keeps its words.
    const noun =
      lang === 'de' &&
      units.length >= 2 &&
      !organization &&
      !hasEvidence(first) &&
      (afterArticle(prev) || first.sentenceStart);
    // "Nach zwei Tagen Verhandlungen": after a number comes a noun, whatever a first-name list says.
    const counted = lang === 'de' && DE_NUMERAL.test(prev ?? '') && !isPlace(first.text);
    // A word that already stands for a name found before stays ("the European centre" after "European Centre for …").
    const skip =
      NOT_NAMES.has(lower(first.text)) || (!organization && skippable(first.text) && !known(first.text));
    // A descriptor before a name goes ("Digitalverband Bitkom"), not one before a plain noun ("Bundesverband Bildschaffender").
    const second = units[1];
    const nounAfter =
      second &&
      units.length === 2 &&
      lang === 'de' &&
      !hasEvidence(second) &&
      !OUTLETS.has(second.text) &&
      DE_NOUN_ENDINGS.test(lower(second.text));
    // "Verband Digitaler Mittelstand e.V.": a bare head before a registered name is part of it, and
    // so is a head that governs what follows ("Gewerkschaft der Polizei", "Institut für Weltwirtschaft").
    const governs = units.slice(1, -1).some((u) => CONNECTORS.has(lower(u.text)));
    const registered =
      (bareHead(first.text) && legalForm(units.at(-1)?.text)) ||
      CONNECTORS.has(lower(second?.text ?? '')) ||
      // "Gewerkschaft Erziehung und Wissenschaft", "Bundesverband Güterkraftverkehr Logistik und Entsorgung"
      (governs &&
        (DESCRIPTORS.some((d) => d.ending === lower(first.text)) || DE_INSTITUTION.test(first.text)));
    if (
      skip ||
      counted ||
      CONNECTORS.has(lower(first.text)) ||
      (kind && units.length >= 2 && !nounAfter && !registered) ||
      noun
    ) {
      units.shift();
      cue = kind ?? cue;
      role = null;
      prev = first.text;
      if (units[0]) units[0] = { ...(units[0] as Unit), sentenceStart: false };
    } else break;
  }
  while (units.length > 0 && CONNECTORS.has(lower(units.at(-1)?.text ?? ''))) units.pop();
  // "deren Start-up Mediscan Röntgenbilder auswertet": after a cued name, a plain plural noun is the object.
  const tail = units[1];
  if (
    lang === 'de' &&
    cue &&
    cue !== run.cue &&
    units.length === 2 &&
    tail &&
    !hasEvidence(tail) &&
    /(er|en|ungen|e)$/.test(tail.text)
  )
    units.pop();
  // "Willen der Datahaus GmbH": a noun and its article before an organization's name.
  if (nounOfName(units, lang)) units.splice(0, 2);
  // "Nvidia Corp.'s" after a known name: a legal form alone names nothing.
  if (units.every((u) => legalForm(u.text.replace(/['’]s$/u, '')))) units.length = 0;
  return { units, cue, prev, role };
}

/** "Süddeutschland", "Oberbayern", "Nordhessen", "Westafrika": a direction and a known region. */
function regionCompound(word: string): boolean {
  const m =
    /^(Nord|Süd|Ost|West|Nordost|Nordwest|Südost|Südwest|Mittel|Ober|Unter|Nieder|Zentral)(\p{Ll}{4,})$/u.exec(
      word,
    );
  const rest = m?.[2];
  return rest !== undefined && isRegion(rest.charAt(0).toUpperCase() + rest.slice(1));
}

/** A single capitalised word is a name only with evidence. */
function singleIsName(unit: Unit, run: Run, lang: Lang): boolean {
  const word = unit.text;
  if (OUTLETS.has(word) || PARTIES.has(word)) return true;
  if (placeInSlot(word, run.placeSlot ?? null, lang)) return true;
  if (run.orgSlot && !isPlace(word) && word.length >= 3) return true;
  if (isPlace(word))
    return lang === 'de'
      ? isRegion(word) || !(run.prev && DE_DETERMINERS.has(run.prev.toLowerCase()))
      : !unit.sentenceStart || isRegion(word);
  if (/^(KI|AI|A\.I\.)$/.test(word)) return false;
  if (lang === 'de' && DE_INSTITUTION.test(word)) return true;
  // "Öko-Institut", "Fraunhofer-Gesellschaft", "Robert-Koch-Institut": a named part before an institution word.
  if (/^\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*-\p{Lu}/u.test(word) && ORG_HEADS.has(lastPart(word))) return true;
  if (lang === 'de' && regionCompound(word)) return true;
  if (run.cue) return true;
  if (/^\p{Lu}{2,6}$/u.test(word)) return !NOT_NAMES.has(lower(word));
  if (/\d/.test(word) && /\p{L}/u.test(word) && word.includes('-')) return true;
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(word)) return true;
  if (unit.sentenceStart || word.length < 3) return false;
  if (lang === 'en') return !EN_ADJECTIVE.test(word);
  // German: every noun is capitalised; a single unknown word without any evidence is not a name.
  return false;
}

interface Guess {
  kind: Kind;
  confidence: number;
  evidence: string;
  gender: 'male' | 'female' | null;
}

function kindOf(words: string[], run: Run, lang: Lang): Guess {
  const name = words.join(' ');
  const lowered = words.map(lower);
  const gender = words.length >= 2 ? firstNameGender(words[0] as string) : null;
  const guess = (kind: Kind, confidence: number, evidence: string): Guess => ({
    kind,
    confidence,
    evidence,
    gender: kind === 'PERSON' ? gender : null,
  });
  if (words.length === 1 && (OUTLETS.has(name) || PARTIES.has(name)))
    return guess('ORGANIZATION', 0.9, 'outlet or party');
  if (words.some(eventWord) || run.cue === 'EVENT') return guess('EVENT', 0.8, 'event word');
  if (words.some(orgWord) || (lang === 'de' && DE_INSTITUTION.test(name)))
    return guess('ORGANIZATION', 0.9, 'organization word');
  if (run.cue === 'AI_MODEL' || (words.length === 1 && /\d/.test(name) && /\p{L}/u.test(name)))
    return guess('AI_MODEL', 0.7, 'model name');
  if (run.cue === 'ORGANIZATION') return guess('ORGANIZATION', 0.85, 'organization cue');
  if (run.cue === 'PLACE') return guess('PLACE', 0.8, 'place cue');
  if (isPlace(name) || lowered.some((w) => PLACE_HEADS.has(w))) return guess('PLACE', 0.85, 'place list');
  if (words.length === 1 && lang === 'de' && regionCompound(name))
    return guess('PLACE', 0.8, 'part of a region');
  if (gender && words.length <= 4) return guess('PERSON', 0.9, 'first name');
  if (placeInSlot(name, run.placeSlot ?? null, lang)) return guess('PLACE', 0.8, 'place after a preposition');
  if (run.orgSlot && !isPlace(name))
    return guess('ORGANIZATION', 0.75, 'spokesperson or list of organizations');
  if (run.role && words.length >= 2) return guess('PERSON', 0.8, `role "${run.role}"`);
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(name)) return guess('ORGANIZATION', 0.7, 'acronym');
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
    lang === 'en'
  )
    return guess('PERSON', 0.5, 'two capitalised words');
  return guess('ORGANIZATION', 0.4, 'capitalised name');
}

interface Candidate {
  run: Run;
  first: Unit;
  /** The name as written, with a place's qualifier or a model's version when it has one. */
  name: string;
  /** The kind when the qualifier or version decided it. */
  decided: Guess | null;
}

/** One trimmed run as a candidate name: the slots it stands in, and its full written form. */
function candidate(ctx: NameContext, trimmed: Run, organizations: Span[]): Candidate {
  const { text, lang } = ctx;
  const first = trimmed.units[0] as Unit;
  const end = (trimmed.units.at(-1) as Unit).end;
  // "in Halle 4" is a hall, not the town.
  const numbered = /^ \d/.test(text.slice(end));
  const run = {
    ...trimmed,
    placeSlot: numbered ? null : placeExpected(text, first.start),
    orgSlot:
      lang === 'de' &&
      trimmed.units.length === 1 &&
      !descriptor(first.text) &&
      organizationExpected(text, first.start, end, [...(ctx.knownOrganizations ?? []), ...organizations]),
  };
  const plain = text.slice(first.start, end).replace(/(?:['’]s|['’])$/u, '');
  const qualified = withQualifier(text, first.start, plain);
  if (qualified) return { run, first, name: qualified, decided: decided('PLACE', 0.85, 'place list') };
  const versioned = withVersion(text, first.start, plain, run.cue === 'AI_MODEL');
  if (versioned)
    return { run, first, name: versioned, decided: decided('AI_MODEL', 0.8, 'name with a version') };
  return { run, first, name: plain, decided: null };
}

const decided = (kind: Kind, confidence: number, evidence: string): Guess => ({
  kind,
  confidence,
  evidence,
  gender: null,
});

/** Whether a candidate without a decided kind has enough evidence to be a name at all. */
function isName({ run, first, name }: Candidate, lang: Lang): boolean {
  if (run.units.length === 1) return singleIsName(first, run, lang);
  // German: several capitalised words are a name only with some evidence (nouns come in runs too).
  return !(
    lang === 'de' &&
    !run.cue &&
    !run.role &&
    !run.units.some((u) => hasEvidence(u) && !/^(KI|AI)$/.test(u.text)) &&
    !placeInSlot(name, run.placeSlot ?? null, lang)
  );
}

/** The short forms a name goes by later: a person's surname, an organization's first word. */
function shortForms(run: Run, kind: Kind): { tail: string | null; head: string | null } {
  if (run.units.length < 2) return { tail: null, head: null };
  // Later, the last word alone stands for the whole name ("Thiessen", "Kvitto").
  // Not a place at the end of an organization's name: "in Zürich" after "ETH Zürich" is the city.
  const tail = (run.units.at(-1) as Unit).text.replace(/['’]s$/u, '');
  const tailForm = kind !== 'PLACE' && !(kind === 'ORGANIZATION' && isPlace(tail)) ? tail : null;
  // An organization also goes by its first word ("Larkspur" for "Larkspur Labs Inc.").
  const head = (run.units[0] as Unit).text;
  const headForm =
    kind === 'ORGANIZATION' &&
    !orgWord(head) &&
    !descriptor(head) &&
    (head.length >= 4 || /^\p{Lu}{2,6}$/u.test(head))
      ? head
      : null;
  return { tail: tailForm, head: headForm };
}

/** New names with their kinds and every mention, surnames alone resolved to the full name. */
export function findNewNames(ctx: NameContext): NewName[] {
  const { text, tokens, lang } = ctx;
  const found = new Map<string, NewName>();
  const organizations: Span[] = [];
  const surnames = new Map<string, string>();
  let last: { key: string; end: number; kind: Kind } | null = null;
  let skipUntil = 0;
  for (const raw of runs(text, units(text, tokens, ctx))) {
    const trimmed = trimRun(raw, lang, (word) => surnames.has(word));
    if (trimmed.units.length === 0 || (trimmed.units[0] as Unit).start < skipUntil) continue;
    const c = candidate(ctx, trimmed, organizations);
    const { run, first, name } = c;
    const mention = { start: first.start, end: first.start + name.length };
    if (c.decided) skipUntil = mention.end;
    // "Hamburger Hafen und Logistik AG (HHLA)": the acronym is another name for what stands before it.
    const acronym =
      last?.kind === 'ORGANIZATION' &&
      /^\p{Lu}[\p{Lu}\p{Ll}]{0,4}\p{Lu}$/u.test(name) &&
      /^ ?\($/.test(text.slice(last.end, first.start))
        ? last.key
        : null;
    const person = surnames.get(name) ?? acronym;
    if (acronym) surnames.set(name, acronym);
    if (person) {
      found.get(person)?.mentions.push({ key: person, ...mention });
      continue;
    }
    if (!c.decided && !isName(c, lang)) continue;
    const key = name.toLowerCase();
    const guess =
      c.decided ??
      kindOf(
        run.units.map((u) => u.text),
        run,
        lang,
      );
    const entry = found.get(key);
    if (entry) {
      entry.mentions.push({ key, ...mention });
      if (guess.confidence > entry.confidence) Object.assign(entry, guess);
      continue;
    }
    found.set(key, { key, name, ...guess, ...mention, mentions: [{ key, ...mention }] });
    if (guess.kind === 'ORGANIZATION') organizations.push(mention);
    last = { key, end: mention.end, kind: guess.kind };
    const { tail, head } = shortForms(run, guess.kind);
    if (tail) surnames.set(tail, key);
    if (head && !surnames.has(head)) surnames.set(head, key);
  }
  return [...found.values()].filter((name) => !name.mentions.every((m) => productOrUnit(text, m)));
}

/** "Blackwell processors", "60 degrees Celsius": a mention that names a product, a material or a unit. */
function productOrUnit(text: string, mention: Span): boolean {
  const after = /^\s+(\p{L}+)/u.exec(text.slice(mention.end, mention.end + 40))?.[1];
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, mention.start - 20), mention.start))?.[1];
  return PRODUCT_NOUNS.has(after?.toLowerCase() ?? '') || UNIT_CUES.has(before?.toLowerCase() ?? '');
}
