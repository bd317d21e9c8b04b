import type { DocumentInput } from '../../src/domain/document.js';

type EntityIn = NonNullable<DocumentInput['entities']>[number];
type RelationIn = NonNullable<DocumentInput['relations']>[number];
type StatementIn = NonNullable<DocumentInput['statements']>[number];
export interface GeneratedDocument {
  article: DocumentInput['article'];
  entities: EntityIn[];
  relations: RelationIn[];
  statements: StatementIn[];
}

/**
 * A synthetic corpus of valid ingest documents with a realistic shape: entity mentions follow a
 * Zipf law (a few entities are everywhere, most are rare), several statements per article, some
 * quotes repeated across articles, dates spread over years. The same seed gives the same corpus.
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s. */
function zipf(n: number, s: number, random: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= n; k++) {
    total += 1 / k ** s;
    cumulative.push(total);
  }
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ten',
  'vo',
  'sa',
  'ber',
  'lin',
  'do',
  'fe',
  'gu',
  'han',
  'is',
  'jo',
  'mar',
  'nor',
  'pe',
  'ru',
  'tu',
];
const WORDS_DE = [
  'Modelle',
  'Sicherheit',
  'Forschung',
  'Daten',
  'Regulierung',
  'Open-Source-Modelle',
  'Rechenleistung',
  'Zukunft',
  'Entwicklung',
  'Wettbewerb',
  'Training',
  'Chips',
];
const WORDS_EN = [
  'models',
  'safety',
  'research',
  'data',
  'regulation',
  'open-source models',
  'compute',
  'future',
  'development',
  'competition',
  'training',
  'chips',
];
const VERBS_DE = ['wird', 'muss', 'kann', 'sollte'];
const VERBS_EN = ['will', 'must', 'can', 'should'];
const ENDINGS_DE = [
  'sich schnell verändern',
  'offen bleiben',
  'besser reguliert werden',
  'sicherer werden',
  'mehr kosten',
];
const ENDINGS_EN = ['change quickly', 'stay open', 'be regulated better', 'become safer', 'cost more'];

export interface CorpusOptions {
  articles: number;
  seed: number;
}

export interface Corpus {
  documents: GeneratedDocument[];
  entities: number;
}

const pad = (n: number, width = 5) => String(n).padStart(width, '0');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function generateCorpus({ articles, seed }: CorpusOptions): Corpus {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const word = (i: number) => {
    let n = i + 7;
    let out = '';
    do {
      out += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    } while (n > 0);
    return out.charAt(0).toUpperCase() + out.slice(1);
  };

  // Pools grow with the corpus, slower than linearly, as real news vocabularies do.
  const scale = Math.max(1, Math.sqrt(articles / 100));
  const sizes = {
    people: Math.round(200 * scale),
    orgs: Math.round(60 * scale),
    models: Math.round(40 * scale),
    events: Math.round(50 * scale),
    places: Math.round(30 * scale),
    topics: 25,
    outlets: 12,
    journalists: 40,
  };
  const speakerRank = zipf(sizes.people, 1.1, random);
  const orgRank = zipf(sizes.orgs, 1.0, random);
  const modelRank = zipf(sizes.models, 1.0, random);
  const eventRank = zipf(sizes.events, 0.9, random);
  const topicRank = zipf(sizes.topics, 1.2, random);

  const person = (i: number) => ({
    kind: 'PERSON' as const,
    slug: `gen-person-${pad(i)}`,
    name: `${word(i)} ${word(i * 7 + 3)} ${i}`,
    aliases: [] as string[],
  });
  const org = (i: number) => ({
    kind: 'ORGANIZATION' as const,
    slug: `gen-org-${pad(i)}`,
    name: `${word(i + 11)} Labs ${i}`,
    aliases: [] as string[],
  });
  const model = (i: number) => ({
    kind: 'AI_MODEL' as const,
    slug: `gen-model-${pad(i)}`,
    name: `${word(i + 23)}-${(i % 9) + 1} ${i}`,
    aliases: [] as string[],
    releasedOn: isoDay(Date.UTC(2019, 0, 1) + ((i * 97) % 2500) * 86_400_000),
  });
  const place = (i: number) => ({
    kind: 'PLACE' as const,
    slug: `gen-place-${pad(i)}`,
    name: `${word(i + 31)}stadt ${i}`,
    aliases: [] as string[],
  });
  const country = (i: number) => ({
    kind: 'PLACE' as const,
    slug: `gen-country-${pad(i % 8)}`,
    name: `Land ${word(i % 8)}`,
    aliases: [] as string[],
  });
  const event = (i: number) => ({
    kind: 'EVENT' as const,
    slug: `gen-event-${pad(i)}`,
    name: `${word(i + 41)} Summit ${i}`,
    aliases: [] as string[],
    startsOn: isoDay(Date.UTC(2019, 0, 1) + ((i * 61) % 2700) * 86_400_000),
  });
  const topic = (i: number) => ({
    kind: 'TOPIC' as const,
    slug: `gen-topic-${pad(i)}`,
    name: `Topic ${WORDS_EN[i % WORDS_EN.length]} ${i}`,
    aliases: [] as string[],
  });
  const outlet = (i: number) => ({
    kind: 'ORGANIZATION' as const,
    slug: `gen-outlet-${pad(i)}`,
    name: `The ${word(i + 51)} Times ${i}`,
    aliases: [] as string[],
  });
  const journalist = (i: number) => ({
    kind: 'PERSON' as const,
    slug: `gen-journalist-${pad(i)}`,
    name: `${word(i + 61)} Writer ${i}`,
    aliases: [] as string[],
  });

  // A pool of famous quotes, each always said by the same person, repeated across articles.
  const famous = Array.from({ length: Math.max(5, Math.round(articles / 50)) }, (_, i) => ({
    speaker: speakerRank(),
    text: `${pick(WORDS_DE)} ${pick(VERBS_DE)} ${pick(ENDINGS_DE)}, sagt der Satz Nummer ${i}`,
  }));

  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  const documents: GeneratedDocument[] = [];
  for (let a = 0; a < articles; a++) {
    const published = start + Math.floor(random() * (span / 86_400_000)) * 86_400_000;
    const language = random() < 0.6 ? 'de' : 'en';
    const entities = new Map<string, EntityIn>();
    const relations: RelationIn[] = [];
    const use = (entity: EntityIn) => {
      if (!entities.has(entity.slug)) entities.set(entity.slug, { mentioned: true, ...entity });
      return entity.slug;
    };
    const outletSlug = use({ ...outlet(a % sizes.outlets), mentioned: false });
    const authorSlug = use({ ...journalist(int(0, sizes.journalists - 1)), mentioned: false });
    relations.push({ from: authorSlug, type: 'WORKS_FOR', to: outletSlug });

    const statements: StatementIn[] = [];
    const count = int(2, 7);
    const eventIndex = random() < 0.5 ? eventRank() : null;
    let eventSlug: string | undefined;
    if (eventIndex !== null) {
      const held = use(event(eventIndex));
      eventSlug = held;
      const p = eventIndex % sizes.places;
      const placeSlug = use(place(p));
      const countrySlug = use(country(p));
      relations.push(
        { from: held, type: 'HELD_AT', to: placeSlug },
        { from: placeSlug, type: 'WITHIN', to: countrySlug },
      );
    }
    for (let s = 0; s < count; s++) {
      const repeat = random() < 0.08 ? pick(famous) : null;
      const speakerIndex = repeat ? repeat.speaker : speakerRank();
      const speakerSlug = use(person(speakerIndex));
      const employer = use(org(speakerIndex % sizes.orgs));
      relations.push({
        from: speakerSlug,
        type: 'WORKS_FOR',
        to: employer,
        role: speakerIndex % 3 === 0 ? 'CEO' : 'Researcher',
      });
      const about = new Set<string>();
      const modelIndex = modelRank();
      const modelSlug = use(model(modelIndex));
      relations.push({ from: modelSlug, type: 'DEVELOPED_BY', to: use(org(modelIndex % sizes.orgs)) });
      about.add(modelSlug);
      if (random() < 0.7) about.add(use(topic(topicRank())));
      if (random() < 0.3) about.add(use(org(orgRank())));
      const de = language === 'de';
      const text = repeat
        ? repeat.text
        : `${pick(de ? WORDS_DE : WORDS_EN)} ${pick(de ? VERBS_DE : VERBS_EN)} ${pick(de ? ENDINGS_DE : ENDINGS_EN)} (${a}-${s})`;
      statements.push({
        speaker: speakerSlug,
        text,
        language: repeat ? 'de' : language,
        ...(language === 'de' || repeat ? { translation: `Translation of statement ${a}-${s}` } : {}),
        kind: random() < 0.5 ? 'QUOTE' : 'PARAPHRASE',
        about: [...about],
        ...(eventSlug && random() < 0.8 ? { event: eventSlug } : {}),
        saidOn: isoDay(published - int(0, 3) * 86_400_000),
      });
    }
    documents.push({
      article: {
        slug: `gen-article-${pad(a, 6)}`,
        title: `${pick(language === 'de' ? WORDS_DE : WORDS_EN)}: ${word(a)} ${a}`,
        url: `https://news.example/${a}`,
        language,
        publishedOn: isoDay(published),
        section: pick(['KI in der Praxis', 'Research', 'Business', 'Policy']),
        outlet: outletSlug,
        authors: [authorSlug],
      },
      entities: [...entities.values()],
      relations,
      statements,
    });
  }
  const entityCount =
    sizes.people +
    sizes.orgs +
    sizes.models +
    sizes.events +
    sizes.places +
    sizes.topics +
    sizes.outlets +
    sizes.journalists;
  return { documents, entities: entityCount };
}
