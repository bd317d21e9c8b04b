import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../src/extract/draft.js';
import type { KnownEntity } from '../../src/extract/known.js';

const KNOWN: KnownEntity[] = [
  { slug: 'google', kind: 'ORGANIZATION', name: 'Google', aliases: [] },
  { slug: 'openai', kind: 'ORGANIZATION', name: 'OpenAI', aliases: ['OpenAIs'] },
  { slug: 'sam-altman', kind: 'PERSON', name: 'Sam Altman', aliases: [] },
  { slug: 'whisper', kind: 'AI_MODEL', name: 'Whisper', aliases: [] },
  { slug: 'united-states', kind: 'PLACE', name: 'United States', aliases: ['US', 'USA'] },
];

const speakers = (text: string, language: 'de' | 'en') =>
  extractDraft(text, language, KNOWN).quotes.map((q) => [q.text, q.speaker]);
const newNames = (text: string, language: 'de' | 'en') =>
  Object.fromEntries(
    extractDraft(text, language, KNOWN)
      .mentions.filter((m) => !m.known)
      .map((m) => [m.name, m.kind]),
  );

describe('quote attribution rules', () => {
  it('German: inverted and separable cues, "so X", pronouns for the last person named', () => {
    const text =
      'Google hat am Montag neue Regeln vorgestellt. „Das ist ein guter Anfang“, so Markus Brandt. ' +
      'Der Ökonom sieht aber Lücken. „Das braucht Zeit“, fügte er hinzu.';
    expect(speakers(text, 'de')).toEqual([
      ['Das ist ein guter Anfang', 'markus-brandt'],
      ['Das braucht Zeit', 'markus-brandt'],
    ]);
  });

  it('English: the person of an apposition speaks, not the organization; she is the last woman named', () => {
    const text =
      'Priya Raman, a researcher at Stanford University, studied Whisper. "The errors are systematic," she said. ' +
      '"We need better data." According to Sam Altman, "the lag will shrink."';
    expect(speakers(text, 'en')).toEqual([
      ['The errors are systematic', 'priya-raman'],
      ['We need better data.', 'priya-raman'],
      ['the lag will shrink.', 'sam-altman'],
    ]);
    expect(newNames(text, 'en')).toEqual({ 'Priya Raman': 'PERSON', 'Stanford University': 'ORGANIZATION' });
  });

  it('a colon introduces speech; a spokesperson speaks for the organization; scare quotes are not statements', () => {
    const text =
      'Die Behörde prüft den „Datenhunger“ der Firma. Ein Sprecher von OpenAI sagte: „Wir halten uns an alle Gesetze.“';
    expect(speakers(text, 'de')).toEqual([['Wir halten uns an alle Gesetze.', 'openai']]);
  });
});

describe('names and kinds', () => {
  it('datelines are places, roles are not part of names, headlines make no names', () => {
    const text =
      'Offene Modelle im Aufwind\nLEIPZIG. Die Informatikerin Lena Hoffmann von der Universität Leipzig forscht an Whisper.';
    const draft = extractDraft(text, 'de', KNOWN);
    expect(newNames(text, 'de')).toEqual({
      Leipzig: 'PLACE',
      'Lena Hoffmann': 'PERSON',
      'Universität Leipzig': 'ORGANIZATION',
    });
    expect(draft.relations).toEqual([
      { from: 'lena-hoffmann', type: 'WORKS_FOR', to: 'universitat-leipzig', role: 'Informatikerin' },
    ]);
    expect(draft.place).toBe('leipzig');
  });

  it('known names match in the genitive, as abbreviations and by surname after the full name', () => {
    const text = 'Sam Altman leads OpenAI. OpenAIs Modelle und U.S. Regeln: Altman bleibt.';
    const known = extractDraft(text, 'en', KNOWN).mentions.filter((m) => m.known);
    expect(known.map((m) => [m.slug, m.count])).toEqual([
      ['sam-altman', 2],
      ['openai', 2],
      ['united-states', 1],
    ]);
  });

  it('a surname alone is the person named before; an acronym in brackets is the organization before it', () => {
    const text =
      'Die Hamburger Hafen und Logistik AG (HHLA) testet das System. Mitgründerin Merle Thiessen ist zufrieden. ' +
      '„Es läuft“, sagte Thiessen. „Wir sind zufrieden“, teilte die HHLA mit.';
    expect(speakers(text, 'de')).toEqual([
      ['Es läuft', 'merle-thiessen'],
      ['Wir sind zufrieden', 'hamburger-hafen-und-logistik-ag'],
    ]);
  });

  it('places from a mixed-case dateline, a district after "in der", a town with its qualifier, a place noun', () => {
    const text =
      'Neues Rechenzentrum geplant\nPrenzlau – Die Firma Nordwerk GmbH aus Offenbach am Main will in der Uckermark bauen. ' +
      'Die Gemeinde Gramzow stimmte zu. Getestet wird in Halle 3.';
    const draft = extractDraft(text, 'de', KNOWN);
    expect(newNames(text, 'de')).toEqual({
      Prenzlau: 'PLACE',
      'Nordwerk GmbH': 'ORGANIZATION',
      'Offenbach am Main': 'PLACE',
      Uckermark: 'PLACE',
      Gramzow: 'PLACE',
    });
    expect(draft.place).toBe('prenzlau');
  });

  it('descriptive nouns go, also in the genitive; a bare "Verband" before a registered name stays', () => {
    const text =
      'Ein Modell des britischen Anbieters Kestrel Analytics Ltd. rechnet mit. ' +
      'Der Verband Freier Entwickler e.V. und die Fanvereinigung Nordkurve e.V. protestieren. ' +
      'Am Ende entscheidet der Europäische Gerichtshof.';
    expect(newNames(text, 'de')).toEqual({
      'Kestrel Analytics Ltd.': 'ORGANIZATION',
      'Verband Freier Entwickler e.V.': 'ORGANIZATION',
      'Nordkurve e.V.': 'ORGANIZATION',
      'Europäische Gerichtshof': 'ORGANIZATION',
    });
  });

  it("a city at the end of an organization's name is still the city when it stands alone", () => {
    const text = 'Die TU Dresden hat ein Labor eröffnet. Forscher der TU arbeiten in Dresden und in Leipzig.';
    expect(newNames(text, 'de')).toMatchObject({
      'TU Dresden': 'ORGANIZATION',
      Dresden: 'PLACE',
      Leipzig: 'PLACE',
    });
  });

  it('names with versions, lists inside institution names, places further on in a list', () => {
    const text =
      'Das Modell mit dem Namen Lumen-Scan 3 wertet Bilder aus. Gefördert wird es vom Bundesministerium für Bildung, Wissenschaft und Kultur ' +
      'und vom Zentrum für Daten- und Netzforschung. Rund 800 Beschäftigte der Vertriebstochter Orbis Handel GmbH arbeiten in Kiel, Passau und Ingolstadt. ' +
      'Nach zwei Tagen Verhandlungen stimmte die Gewerkschaft der Polizei zu.';
    expect(newNames(text, 'de')).toEqual({
      'Lumen-Scan 3': 'AI_MODEL',
      'Bundesministerium für Bildung, Wissenschaft und Kultur': 'ORGANIZATION',
      'Zentrum für Daten- und Netzforschung': 'ORGANIZATION',
      'Orbis Handel GmbH': 'ORGANIZATION',
      Kiel: 'PLACE',
      Passau: 'PLACE',
      Ingolstadt: 'PLACE',
      'Gewerkschaft der Polizei': 'ORGANIZATION',
    });
  });

  it('an organization is expected after "ein Sprecher der" and next to organizations in a list', () => {
    const text =
      'Der Markt wächst. Google, Vantoro und OpenAI investieren. „Wir prüfen das“, sagte ein Sprecher von Kestrion. ' +
      'Ein Sprecher des Unternehmens schwieg.';
    expect(newNames(text, 'de')).toEqual({ Vantoro: 'ORGANIZATION', Kestrion: 'ORGANIZATION' });
    expect(speakers(text, 'de')).toEqual([['Wir prüfen das', 'kestrion']]);
  });

  it('institution names with their fields, surnames that end like roles, hyphenated first names', () => {
    const text =
      'Die Gewerkschaft Handel und Logistik warnt. Die Sächsische Landesanstalt für Umwelt prüft, die Gesellschaft für Medizin (GfM) auch. ' +
      'Der Landwirt Markus Bergleiter und Bürgermeisterin Eva-Maria Kolb sind dafür. Deren Modell Talon-5 rechnet.';
    expect(newNames(text, 'de')).toEqual({
      'Gewerkschaft Handel und Logistik': 'ORGANIZATION',
      'Sächsische Landesanstalt für Umwelt': 'ORGANIZATION',
      'Gesellschaft für Medizin': 'ORGANIZATION',
      'Markus Bergleiter': 'PERSON',
      'Eva-Maria Kolb': 'PERSON',
      'Talon-5': 'AI_MODEL',
    });
  });

  it('places by their endings after a bare "in" or "aus", landscapes after "im" and "am", never a common noun', () => {
    const text =
      'Die Firma zieht aus Birkenfelden nach Oberwiesenried. Getestet wird im Lindental und am Mittersee, ' +
      'die Technik steht im Keller und im Pflegeheim. Kunden gibt es in Süddeutschland. Das Öko-Zentrum hilft.';
    expect(newNames(text, 'de')).toEqual({
      Birkenfelden: 'PLACE',
      Oberwiesenried: 'PLACE',
      Lindental: 'PLACE',
      Mittersee: 'PLACE',
      Süddeutschland: 'PLACE',
      'Öko-Zentrum': 'ORGANIZATION',
    });
  });

  it('English: language names and a legal form alone are not names; "A.I." is the technology', () => {
    const text =
      'The tool now speaks Breton and Welsh. Its maker, Quillfeather Labs Corp., said A.I. helps. Analysts at Corp. doubt it.';
    expect(newNames(text, 'en')).toEqual({ 'Quillfeather Labs Corp.': 'ORGANIZATION' });
  });

  it('English: a topic in capitals after a name is part of that name; the possessive is not part of a surname', () => {
    const known: KnownEntity[] = [
      { slug: 'ai-safety', kind: 'TOPIC', name: 'AI safety', aliases: ['AI Safety'] },
    ];
    const text =
      'Harrow AI Safety, a lab in Leeds, agrees. The AI Safety debate goes on. Priya Nair’s team left. "It works," Nair said.';
    const draft = extractDraft(text, 'en', known);
    expect(draft.mentions.filter((m) => !m.known).map((m) => m.name)).toEqual(
      expect.arrayContaining(['Harrow AI Safety', 'Priya Nair']),
    );
    expect(draft.mentions.find((m) => m.known)?.slug).toBe('ai-safety');
    expect(draft.quotes.map((q) => q.speaker)).toEqual(['priya-nair']);
  });

  it('products, materials and units are not entities; an organization named elsewhere stays one', () => {
    const text =
      'Google said demand for its Tessaro processors and the Kv9 chip keeps rising. The enzyme breaks down PET plastic ' +
      "above 60 degrees Celsius. Analysts at Google Corp.'s rival Brightwell Systems expect more Brightwell chips.";
    expect(newNames(text, 'en')).toEqual({ 'Brightwell Systems': 'ORGANIZATION' });
  });
});
