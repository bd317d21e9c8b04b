import { isDistrict, isPlace, isTown } from './gazetteer.js';
import type { Span } from './text.js';

/**
 * Where a text leads a reader to expect a name of some kind ("in der Uckermark", "ein Sprecher der
 * Telekom", "Google, Vantoro und OpenAI"), and the written forms that extend a name ("Frankfurt am
 * Main", "Sepsis-Radar 2"). Evidence for the kinds of new names; see names.ts.
 */

/**
 * Words after which a place is expected: "in Lüneburg", "aus Schweinfurt", "in Lyon" (bare), "in der
 * Uckermark", "im Allgäu", "am Bodensee" (with an article). Also further on in a list: "in Kiel,
 * Magdeburg und Ravensburg".
 */
const PLACE_SLOT =
  /(?:^|[\s(])(?:(in|aus|nach|bei|from|near|outside|to) |((?:in|aus|nach|bei) (?:der|dem|den) |im |am |vom ))(?:\p{Lu}[\p{L}-]+(?:, \p{Lu}[\p{L}-]+)*(?:,| und| oder| sowie| and| or) )?$/iu;

export type PlaceSlot = 'bare' | 'article' | null;

export function placeExpected(text: string, start: number): PlaceSlot {
  const m = PLACE_SLOT.exec(text.slice(Math.max(0, start - 60), start));
  return m ? (m[2] ? 'article' : 'bare') : null;
}

/**
 * German place names end in a few dozen ways ("Immenstadt", "Kiefersfelden", "Oberried"); right
 * after a bare "in", "aus" or "nach" such a word is a town, since a common noun there would need an
 * article ("im Pflegeheim", never "in Pflegeheim"). After an article only landscapes qualify
 * ("im Dreisamtal", "am Bodensee", "im Allgäu"), and not the common nouns among them ("im Ausland").
 */
const DE_TOWN_ENDING =
  /\p{Ll}(stadt|dorf|hausen|heim|ingen|bach|berg|burg|feld|felden|ried|au|stein|hofen|kirchen|furt|brück|brücken|rode|leben|hagen|born|bronn|weiler|ow|itz|witz)$/u;
const DE_LANDSCAPE_ENDING = /\p{Ll}(tal|gau|gäu|see|land|mark|heide|ebene)$/u;
const NOT_PLACES = new Set(
  'Ausland Inland Umland Hinterland Festland Heimatland Neuland Flachland Bauland Hochsee Tiefsee Binnensee Stausee'.split(
    ' ',
  ),
);
const NOT_LANDSCAPES = /(portal|kapital|hospital|personal|material|potenzial|potential|signal|kanal)$/i;

/** Whether a single word in a place slot is a place: a town (bare slots only), a district or region, a place-name ending. */
export function placeInSlot(word: string, slot: PlaceSlot, lang: 'de' | 'en'): boolean {
  if (!slot) return false;
  if (slot === 'bare' && isTown(word)) return true;
  if (isDistrict(word)) return true;
  if (lang !== 'de' || NOT_PLACES.has(word)) return false;
  if (slot === 'bare' && DE_TOWN_ENDING.test(word)) return true;
  return DE_LANDSCAPE_ENDING.test(word) && !NOT_LANDSCAPES.test(word);
}

/** "Frankfurt am Main", "Halle (Saale)", "Newcastle upon Tyne": a place with its qualifier, when the lists know the whole. */
export function withQualifier(text: string, start: number, name: string): string | null {
  const after = text.slice(start + name.length, start + name.length + 30);
  const m = /^(?: (?:am|an der|ob der|upon|on) \p{Lu}\p{Ll}+| \(\p{Lu}\p{Ll}+\))/u.exec(after);
  if (!m) return null;
  const whole = name + m[0];
  return isPlace(whole) || isTown(whole) || isDistrict(whole) ? whole : null;
}

/**
 * "das Modell VoxForge 4", "Sepsis-Radar 2": a version number after a model's name belongs to it, when
 * the name is cued as a model or looks like a product name (inner capitals, capitalised parts).
 * Not for counts and amounts ("Halle 4", "Kapitel 3", "Nordwerk 40 Millionen").
 */
export function withVersion(text: string, start: number, name: string, cuedAsModel: boolean): string | null {
  const m =
    /^ \d{1,3}(?:\.\d{1,2})?(?=[\s,.;:!?)]|$)(?! ?(?:%|Prozent|Millionen|Milliarden|Mio|Mrd|Euro|Dollar|Jahre|Prozentpunkte))/u.exec(
      text.slice(start + name.length, start + name.length + 30),
    );
  if (!m) return null;
  const productLike = /^\p{Lu}\p{Ll}+\p{Lu}|^\p{Lu}\p{Ll}+-\p{Lu}/u.test(name) && !name.includes(' ');
  return cuedAsModel || productLike ? name + m[0] : null;
}

/** "ein Sprecher der Telekom", "Sprecherin von Mediscan": the organization a spokesperson speaks for. */
const SPOKESPERSON_OF =
  /\b(?:Sprecher|Sprecherin|Sprechers|Chef|Chefin|Vorstandschef|Vorstandschefin|Gründer|Gründerin|Mitgründer|Mitgründerin) (?:der|von) $/u;
const LIST_GAP = /^(?:, | und | oder | sowie )$/;

export function organizationExpected(
  text: string,
  start: number,
  end: number,
  organizations: Span[],
): boolean {
  if (SPOKESPERSON_OF.test(text.slice(Math.max(0, start - 30), start))) return true;
  // "Bosch, Infineon und NXP": listed right next to an organization.
  return organizations.some(
    (o) =>
      (o.end <= start && o.end >= start - 8 && LIST_GAP.test(text.slice(o.end, start))) ||
      (o.start >= end && o.start <= end + 8 && LIST_GAP.test(text.slice(end, o.start))),
  );
}
