/**
 * The words the extraction rules read: reporting verbs, roles and titles, organization and place
 * cues, words that are capitalised for grammar. German and English. Lower case unless noted.
 */

export type Lang = 'de' | 'en';

/** Reporting verbs, including separable and inverted German forms ("fügte … hinzu", "so"). */
export const CUE_VERBS: Record<Lang, string[]> = {
  de: [
    'sagt',
    'sagte',
    'sagten',
    'sagen',
    'gesagt',
    'erklärt',
    'erklärte',
    'erklärten',
    'betont',
    'betonte',
    'meint',
    'meinte',
    'so',
    'warnt',
    'warnte',
    'ergänzt',
    'ergänzte',
    'schreibt',
    'schrieb',
    'fügt',
    'fügte',
    'fragt',
    'fragte',
    'kritisiert',
    'kritisierte',
    'sagt',
    'räumt',
    'räumte',
    'berichtet',
    'berichtete',
    'bestätigt',
    'bestätigte',
    'verspricht',
    'versprach',
    'mahnt',
    'mahnte',
    'fordert',
    'forderte',
    'sprach',
    'spricht',
    'urteilt',
    'urteilte',
    'resümiert',
    'resümierte',
    'lobt',
    'lobte',
    'heißt',
    'hieß',
    'teilte',
    'teilt',
    'zitiert',
    'antwortete',
    'antwortet',
    'entgegnete',
    'entgegnet',
    'widersprach',
    'widerspricht',
    'gab',
    'gibt',
    'stellte',
    'stellt',
    'unterstrich',
    'unterstreicht',
    'versicherte',
    'versichert',
    'argumentiert',
    'argumentierte',
    'glaubt',
    'glaubte',
    'findet',
    'fand',
    'befürchtet',
    'befürchtete',
    'sieht',
    'sah',
    'bilanziert',
    'bilanzierte',
    'klagt',
    'klagte',
    'beklagt',
    'beklagte',
    'ergänzt',
    'hofft',
    'hoffte',
    'erwartet',
    'erwartete',
    'zeigte',
    'zeigt',
    'äußerte',
    'äußert',
    'erläuterte',
    'erläutert',
    'beschreibt',
    'beschrieb',
    'nennt',
    'nannte',
    'rief',
    'ruft',
    'gestand',
    'räumte',
    'erinnerte',
    'erinnert',
    'verwies',
    'warf',
    'wirft',
    'vorgeworfen',
    'gesprochen',
    'gewarnt',
    'betont',
    'bezeichnet',
    'bezeichnete',
    'genannt',
    'verweist',
    'mahnte',
  ],
  en: [
    'said',
    'says',
    'say',
    'told',
    'tells',
    'added',
    'adds',
    'explained',
    'explains',
    'warned',
    'warns',
    'wrote',
    'writes',
    'asked',
    'asks',
    'stated',
    'states',
    'argued',
    'argues',
    'noted',
    'notes',
    'insisted',
    'insists',
    'acknowledged',
    'acknowledges',
    'admitted',
    'admits',
    'claimed',
    'claims',
    'replied',
    'replies',
    'responded',
    'responds',
    'recalled',
    'recalls',
    'cautioned',
    'cautions',
    'according',
    'conceded',
    'concedes',
    'countered',
    'counters',
    'continued',
    'continues',
    'posted',
    'tweeted',
    'remarked',
    'declared',
    'announced',
    'confirmed',
    'confirms',
    'predicted',
    'predicts',
    'described',
    'describes',
    'called',
    'calls',
    'urged',
    'urges',
    'stressed',
    'stresses',
    'emphasized',
    'emphasised',
    'believes',
    'believed',
    'thinks',
    'thought',
    'put',
    'puts',
    'quipped',
    'joked',
    'testified',
    'complained',
    'pointed',
    'suggested',
    'suggests',
    'agreed',
    'agrees',
  ],
};

/** Pronouns that stand for the last person named, with the gender they require. */
export const PRONOUNS: Record<Lang, Record<string, 'male' | 'female'>> = {
  de: { er: 'male', sie: 'female', sein: 'male', seine: 'male', ihr: 'female', ihre: 'female' },
  en: { he: 'male', she: 'female', his: 'male' },
};

/** Phrases that stand for the last organization named. */
export const ORG_ANAPHORS: Record<Lang, string[]> = {
  de: [
    'das unternehmen',
    'der konzern',
    'die firma',
    'das start-up',
    'die behörde',
    'das ministerium',
    'der verband',
    'die stiftung',
    'die gewerkschaft',
    'das institut',
    'die universität',
    'das gericht',
    'die kommission',
  ],
  en: [
    'the company',
    'the firm',
    'the group',
    'the startup',
    'the lab',
    'the agency',
    'the ministry',
    'the union',
    'the association',
    'the council',
    'the university',
    'the court',
    'the commission',
    'the foundation',
  ],
};

/** Spokespeople speak for an organization. */
export const SPOKES: Record<Lang, string[]> = {
  de: [
    'sprecher',
    'sprecherin',
    'unternehmenssprecher',
    'unternehmenssprecherin',
    'regierungssprecher',
    'regierungssprecherin',
    'pressesprecher',
    'pressesprecherin',
    'ministeriumssprecher',
    'konzernsprecher',
    'konzernsprecherin',
    'stellungnahme',
    'mitteilung',
  ],
  en: ['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'statement', 'spokespeople'],
};

/** Titles and role nouns: never part of a name, and a sign that a person's name follows. */
export const ROLE_WORDS = new Set(
  (
    'dr dr. prof prof. sen sen. rep rep. mr mr. mrs mrs. ms ms. gov gov. president präsident präsidentin ' +
    'landwirt landwirtin winzer winzerin chef chefin ceo cto cfo coo gründer gründerin mitgründer mitgründerin co-founder cofounder founder ' +
    'informatiker informatikerin forscher forscherin wissenschaftler wissenschaftlerin ökonom ökonomin ' +
    'professor professorin minister ministerin bundesminister bundesministerin kanzler kanzlerin ' +
    'staatssekretär staatssekretärin abgeordneter abgeordnete senator senatorin analyst analystin ' +
    'direktor direktorin leiter leiterin vorstand vorständin vorsitzender vorsitzende geschäftsführer ' +
    'geschäftsführerin expertin experte partner partnerin investor investorin anwalt anwältin sprecher ' +
    'sprecherin juristin jurist ingenieur ingenieurin entwickler entwicklerin managerin manager ' +
    'bürgermeister bürgermeisterin präsidentin vizepräsident vizepräsidentin kommissar kommissarin ' +
    'datenschützer datenschützerin ethikerin ethiker soziologin soziologe physiker physikerin ' +
    'chief executive officer director researcher scientist economist analyst senator representative ' +
    'secretary chairman chairwoman chair head professor lawyer engineer minister commissioner ' +
    'spokesperson spokesman spokeswoman founder cofounder co-founder executive vice sir lady lord ' +
    'councilmember councilwoman councilman judge justice attorney general governor mayor chancellor premier king queen prince mitarbeiter ' +
    'mitarbeiterin vorstand vorstandschef vorstandschefin finanzvorstand chefökonom chefökonomin ' +
    'beauftragter beauftragte referent referentin europaabgeordnete europaabgeordneter'
  ).split(/\s+/),
);

/** Words inside an organization's name that mark it as one. */
export const ORG_HEADS = new Set(
  (
    'universität university syndicat gewerkschaft union verein institutes hospital klinik klinikum krankenhaus liga league museum musée theater orchestra diagnostics healthcare health medical pharmaceuticals biosciences insurance centre center centres centers universitat hochschule institut institute institution ministerium ministry ' +
    'bundesministerium bundesamt amt agentur agency kommission commission stiftung foundation verband ' +
    'association gesellschaft society council rat polizei sparkasse volksbank raiffeisenbank gericht gerichtshof bundesgerichtshof rechnungshof court bank zentralbank notenbank landesbank förderbank partners ventures capital group ' +
    'holding holdings labs lab laboratory laboratories technologies systems solutions ' +
    'networks robotics analytics dynamics industries coalition alliance allianz party partei ' +
    'union committee komitee ausschuss parliament parlament bundestag senat senate congress department ' +
    'office büro behörde authority regulator board centre center zentrum school college academy ' +
    'akademie corporation company inc inc. ltd ltd. llc gmbh ag se plc corp corp. co co. kg sa nv bv ' +
    'media medien verlag news times post journal zeitung press presse network fund fonds consulting ' +
    'energy motors airlines pharma therapeutics biotech semiconductor semiconductors electronics ' +
    'platforms forschungszentrum max-planck-institut fraunhofer'
  ).split(/\s+/),
);

/** Suffixes that end an organization's name ("Helix Data AG", "Acme Inc."). */
export const ORG_SUFFIXES = new Set(
  'ag gmbh se kg kgaa eg ggmbh inc inc. ltd ltd. llc plc corp corp. co. sa nv bv ab asa oy spa s.a. e.v. ev sas'.split(
    ' ',
  ),
);

/** Nouns right before a name that say it is an organization ("das Start-up Kontorwerk"). */
export const ORG_CUES = new Set(
  (
    'start-up startup unternehmen konzern firma hersteller anbieter investor wagniskapitalgeber ' +
    'risikokapitalgeber zeitung magazin sender plattform softwarehaus chipkonzern chiphersteller ' +
    'versicherer bank dienstleister zulieferer softwarefirma techkonzern tech-konzern internetkonzern ' +
    'branchenverband verband verein mutterkonzern rivale konkurrent wettbewerber ' +
    'company firm startup start-up maker provider rival lender insurer investor outlet newspaper ' +
    'broadcaster platform retailer carmaker chipmaker developer lab regulator watchdog'
  ).split(/\s+/),
);

/**
 * Nouns right after a name that make it a product or a material rather than an entity of the graph:
 * "Blackwell processors", "its H20 chip", "PET plastic", "Grafikkarten der Serie".
 */
export const PRODUCT_NOUNS = new Set(
  (
    'chip chips processor processors gpu gpus accelerator accelerators plastic plastics resin ' +
    'scan scans scanner scanners phone phones smartphone smartphones laptop laptops headset headsets ' +
    'console consoles battery batteries prozessor prozessoren grafikkarte grafikkarten beschleuniger ' +
    'kunststoff handy handys akku akkus'
  ).split(/\s+/),
);

/** Words before a unit's name: "60 degrees Celsius", "40 Grad Fahrenheit". */
export const UNIT_CUES = new Set(['degree', 'degrees', 'grad']);

/** Nouns right before a name that say it is an AI model ("das Modell Eulora-13B"). */
export const MODEL_CUES = new Set(
  'modell modells sprachmodell ki-modell chatbot model models chatbot assistant assistent'.split(' '),
);

/** Capitalised for grammar, never a name on their own. */
export const NOT_NAMES = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines er sie es wir ihr ich und oder aber doch ' +
    'denn wenn als wie mit bei von vom vor nach für auf in im am an zu zur zum über unter auch diese dieser ' +
    'dieses jener jede jeder jedes man nur noch schon so dass ob weil da dort hier nun jetzt heute gestern ' +
    'morgen mehr viele einige alle beide kein keine seit bis durch gegen ohne um zwischen während trotz ' +
    'andere anderen weitere weiteren manche mehrere wenige sämtliche beim ins ab deren dessen denen ' +
    'laut zudem damit dabei daher dennoch allerdings außerdem bereits erst immer nie sein seine ihre ihr ' +
    'unser mein dein welche welcher welches was wer wo warum wann anders einer zwar gerade derzeit ' +
    'the a an he she it we they i you and or but if when as with at from for on in to of by this that ' +
    'these those its their his her our my your there here now then today yesterday tomorrow more many ' +
    'some all both no not after before during since until while though although because however also ' +
    'still yet so such what who where why how which one two three first last next new other another ' +
    'every each most few several only even just once mr mrs ms dr prof sen rep gov ' +
    'januar februar märz april mai juni juli august september oktober november dezember ' +
    'january february march april may june july august september october november december ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday ' +
    'friday saturday sunday euro euros dollar dollars prozent percent millionen milliarden million ' +
    'billion us-dollar eu-weit ende anfang mitte manche ob lawmakers others democrat democrats republican ' +
    'republicans analysts experts officials critics investors executives researchers scientists users'
  ).split(/\s+/),
);

/** Determiners, prepositions with articles and similar words: a German noun follows them, rarely a name. */
export const DE_DETERMINERS = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner ' +
    'sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem unserer ' +
    'dieser diese dieses diesen diesem jeder jede jedes jeden jedem beim im am zum zur vom ins ans aufs ' +
    'welche welcher welches viele mehrere einige alle manche solche'
  ).split(/\s+/),
);

/** Month names for dates in the text (German and English), to their number. */
export const MONTHS: Record<string, number> = {
  januar: 1,
  jänner: 1,
  january: 1,
  februar: 2,
  february: 2,
  märz: 3,
  march: 3,
  april: 4,
  mai: 5,
  may: 5,
  juni: 6,
  june: 6,
  juli: 7,
  july: 7,
  august: 8,
  september: 9,
  oktober: 10,
  october: 10,
  november: 11,
  dezember: 12,
  december: 12,
};

/** Descriptive nouns before a name ("Digitalverband Bitkom", "Fachkonferenz ICML"), also as compound endings. */
export const DESCRIPTORS: Array<{ ending: string; kind: 'ORGANIZATION' | 'EVENT' | 'AI_MODEL' | 'PLACE' }> = [
  ...'start-up startup verband vereinigung konzern geber hersteller anbieter betreiber agentur spezialist zeitung magazin sender unternehmen firma partei dienstleister versicherer plattform gewerkschaft behörde tochter fertiger fonds regulierer spedition nachrichtenagentur'
    .split(' ')
    .map((ending) => ({ ending, kind: 'ORGANIZATION' as const })),
  ...'konferenz gipfel messe kongress tagung festival'
    .split(' ')
    .map((ending) => ({ ending, kind: 'EVENT' as const })),
  ...'modell sprachmodell chatbot'.split(' ').map((ending) => ({ ending, kind: 'AI_MODEL' as const })),
  // "die Gemeinde Wustermark", "der Kanton Tessin", "die Universitätsstadt Tübingen".
  ...'stadt gemeinde kanton bundesland dorf ortschaft region'
    .split(' ')
    .map((ending) => ({ ending, kind: 'PLACE' as const })),
];

/** Words in a name that make it an event or a place. */
export const EVENT_HEADS = new Set(
  'summit conference konferenz gipfel forum expo hearing anhörung olympics games cup messe kongress'.split(
    ' ',
  ),
);
export const PLACE_HEADS = new Set(
  'north south east west northwest northeast southwest southeast valley county state province region coast bay river island islands mountains lake landkreis kreis bezirk tal see insel hafen'.split(
    ' ',
  ),
);

/** German institutions named in one word: "Bundestag", "Bundesnetzagentur", "Landesamt". */
export const DE_INSTITUTION =
  /^(Bundes|Landes|Europa)\p{L}*(tag|rat|amt|agentur|ministerium|gericht|bank|kammer|regierung|behörde|anstalt|verband|kommission|parlament)$/u;

/**
 * News outlets and agencies: organizations wherever they stand ("sagte sie dem Handelsblatt"). Titles
 * that are everyday words ("Zeit", "Welt", "Bild", "Standard", "Independent", "Times") are left out:
 * alone they are far more often the word than the paper.
 */
export const OUTLETS = new Set(
  (
    'dpa AFP Reuters AP Bloomberg KNA epd Handelsblatt Spiegel FAZ SZ taz Tagesspiegel ' +
    'heise Golem netzpolitik.org ARD ZDF WDR NDR BR SWR MDR RBB Deutschlandfunk NZZ Tages-Anzeiger ORF ' +
    'Guardian BBC CNN NPR Politico Axios Wired TechCrunch Economist Telegraph ' +
    'CNBC Forbes Semafor'
  ).split(' '),
);

/** Political parties that a single word names. */
export const PARTIES = new Set(
  'CDU CSU SPD FDP Grüne Grünen AfD Linke BSW Volt ÖVP SPÖ FPÖ NEOS SVP FDP.Die'.split(' '),
);
