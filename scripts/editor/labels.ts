/**
 * The Danish words the browser editor shows for each field the generator meets in the zod schemas.
 *
 * The schemas' JSDoc comments are English (developer documentation) and zod does not keep them at
 * run time; what zod does keep are the Danish error messages, which say what a field expects. So a
 * field's hint comes from its schema's message (scripts/editor/decap-config.ts), and its short
 * label comes from here. The generator stops with an error on a field that has no label, so a new
 * field in a schema cannot reach the editor without Danish words for it.
 */

export interface FieldWords {
  /** The field's name in the editor, in Danish. */
  label: string;
  /** Replaces the hint from the schema's message, when that message does not help an editor. */
  hint?: string;
  /** Shown as a larger text box (several lines) instead of one line. */
  long?: boolean;
  /** For a list: one item's name, as in "Tilføj afsnit". */
  singular?: string;
  /** For a list of groups: what a closed item shows, from its fields, such as "{{fields.id}} {{fields.title}}". */
  summary?: string;
}

/** Labels by "<collection>.<path>" (list items are not counted: "standards.sections.title"), or by field name for every collection. */
export const fieldWords: Record<string, FieldWords> = {
  // The same in every collection.
  title: { label: 'Titel' },
  municipality: { label: 'Kommune', hint: 'Kommunen, som standarden eller høringen hører til. Findes kommunen ikke i listen, så opret den først under »Kommuner«.' },
  summary: { label: 'Resumé', long: true },
  sources: { label: 'Kilder', singular: 'kilde', summary: '{{fields.source}} {{fields.locator}}', hint: 'Mindst én kilde: det dokument, indholdet bygger på.' },
  'sources.source': { label: 'Kilde' },
  'sources.locator': { label: 'Sted i kilden' },

  // Standards.
  'standards.standard': { label: 'Standardens id', hint: 'Standardens id i webadressen, det samme for alle versioner, fx "social-behandling-stoffer". Små bogstaver, tal og bindestreger.' },
  'standards.version': { label: 'Version', hint: 'Versionens navn i webadressen, fx "2026" eller "2025-26". Små bogstaver, tal og bindestreger.' },
  'standards.status': { label: 'Status' },
  'standards.area': { label: 'Område' },
  'standards.legalBases': { label: 'Lovgrundlag', hint: 'De love og paragraffer, standarden er udstedt efter.' },
  'standards.adoptedBy': { label: 'Vedtaget af', hint: 'Kommunalbestyrelsen eller det udvalg, der vedtog standarden, fx "Socialudvalget". Skal udfyldes, når status er "Vedtaget" eller "Historisk".' },
  'standards.adoptedOn': { label: 'Vedtaget den' },
  'standards.validFrom': { label: 'Gælder fra' },
  'standards.supersedes': { label: 'Afløser version', hint: 'Navnet på den version, denne version afløser, fx "2025". Tom for den første version.' },
  'standards.consultation': { label: 'Høring', hint: 'Høringen, som denne version blev sendt i. Indlæs høringssvarene først (under »Høringer«).' },
  'standards.example': { label: 'Eksempel', hint: 'Kun for undervisningseksempler (Eksempel Kommune): siden siger tydeligt, at det er et eksempel.' },
  'standards.partialRecord': { label: 'Kun nogle afsnit', hint: 'Slå til, når siden kun kender nogle af standardens afsnit (dem, et høringsnotat nævner).' },
  'standards.sections': { label: 'Afsnit', singular: 'afsnit', summary: '{{fields.id}} {{fields.title}}', hint: 'Afsnittene i rækkefølge. Hvert afsnit har en overskrift i teksten herunder, der slutter med {#afsnit-<id>}, fx {#afsnit-3-4} for afsnit 3.4.' },
  'standards.sections.id': { label: 'Afsnittets nummer' },
  'standards.sections.title': { label: 'Overskrift' },
  'standards.sections.titleIsDescription': { label: 'Overskriften er vores beskrivelse', hint: 'Slå til, når kilden ikke har en overskrift, og overskriften er en beskrivelse af afsnittet.' },
  'standards.sections.elements': { label: 'Emner i bekendtgørelsen', hint: 'De emner fra bekendtgørelsens § 4 (og vejledningen), afsnittet dækker. Tjeklisten på siden tæller dem.' },
  'standards.sections.changes': { label: 'Ændringer i denne version', singular: 'ændring', summary: '{{fields.description}}', hint: 'Hvad der er ændret i afsnittet i forhold til den forrige version, og hvorfor.' },
  'standards.sections.changes.description': { label: 'Hvad er ændret', long: true },
  'standards.sections.changes.cause': { label: 'Hvorfor' },
  'standards.sections.changes.responses': { label: 'Høringssvar', singular: 'høringssvar', hint: 'De rækker i høringen, der førte til ændringen, skrevet som "<høringens id>#<rækkens id>", fx "koebenhavn/hoeringsnotat-2023-24#dialogforum-titel".' },
  'standards.body': {
    label: 'Tekst',
    hint: 'Standardens tekst. Hvert afsnit begynder med en overskrift som »## 3 Målgruppe {#afsnit-3}«: lad slutningen {#afsnit-3} stå, den binder teksten til afsnittet. Tekst mellem {/* og */} er vejledning, som siden ikke viser; slet den, når afsnittet er skrevet.',
  },

  // Consultations.
  'consultations.standard': { label: 'Version i høring', hint: 'Den version af standarden, der blev sendt i høring.' },
  'consultations.year': { label: 'År' },
  'consultations.period': { label: 'Høringsperiode' },
  'consultations.period.from': { label: 'Fra' },
  'consultations.period.to': { label: 'Til' },
  'consultations.parties': { label: 'Høringsparter', singular: 'høringspart', summary: '{{fields.name}}' },
  'consultations.parties.id': { label: 'Id', hint: 'Et kort id for høringsparten, som rækkerne bruger, fx "udsatteraadet".' },
  'consultations.parties.name': { label: 'Navn' },
  'consultations.rows': { label: 'Høringssvar', singular: 'række', summary: '{{fields.party}}: {{fields.remark}}', hint: 'Én række pr. bemærkning, i høringsnotatets rækkefølge.' },
  'consultations.rows.id': { label: 'Rækkens id', hint: 'Et kort id for rækken, som bruges i links, fx "udsatteraadet-doegn".' },
  'consultations.rows.party': { label: 'Høringspart', hint: 'Id\'et på en høringspart fra listen »Høringsparter«.' },
  'consultations.rows.alsoFrom': { label: 'Også fra', singular: 'høringspart', hint: 'Andre høringsparter, der gav bemærkningen sammen med høringsparten ovenfor, som id\'er fra listen »Høringsparter«.' },
  'consultations.rows.remark': { label: 'Bemærkning', long: true },
  'consultations.rows.response': { label: 'Forvaltningens kommentar', long: true },
  'consultations.rows.changed': { label: 'Førte til en ændring' },
  'consultations.rows.change': { label: 'Ændringen', long: true, hint: 'Den ændring, bemærkningen førte til. Skal udfyldes, når »Førte til en ændring« er slået til.' },
  'consultations.rows.sections': { label: 'Afsnit', singular: 'afsnit', hint: 'Numrene på de afsnit i standarden, bemærkningen handler om, fx "3.4".' },
  'consultations.notes': { label: 'Noter', singular: 'note', hint: 'Tekst i høringsnotatet, som ikke hører til en høringspart, fx en indledning.' },

  // Municipalities.
  'municipalities.name': { label: 'Navn' },
  'municipalities.code': { label: 'Kommunekode' },
  'municipalities.region': { label: 'Region' },
  'municipalities.website': { label: 'Hjemmeside' },
  'municipalities.fictional': { label: 'Opdigtet eksempel', hint: 'Kun for Eksempel Kommune, som bruges som skabelon.' },
};

/** The words for an enum's values, by "<collection>.<path>". A value without words is shown as written. */
export const optionWords: Record<string, Record<string, string>> = {
  'standards.area': { stoffer: 'Stoffer', alkohol: 'Alkohol', begge: 'Både stoffer og alkohol' },
  'standards.sections.changes.cause': { hoeringssvar: 'Et høringssvar', forvaltningen: 'Forvaltningens egen revision' },
};

/** The collections in the editor: their Danish names. */
export const collectionWords = {
  standards: { label: 'Kvalitetsstandarder', singular: 'Kvalitetsstandard', description: 'En fil for hver version af en kommunes kvalitetsstandard. Ny standard: »Ny Kvalitetsstandard« giver et udkast med et afsnit for hvert emne, loven kræver. Ny version: åbn den gældende version, vælg »Kopiér« i menuen ved knappen »Gemt«, skift »Version«, sæt »Status« til Udkast og »Afløser version« til den gamle version, og gem.' },
  consultations: { label: 'Høringer', singular: 'Høring', description: 'Høringsnotater: hvem der blev hørt, hvad de sagde, og hvad forvaltningen gjorde. Et notat fra Word eller Excel indlæses bedst med npm run import:hoering.' },
  municipalities: { label: 'Kommuner', singular: 'Kommune', description: 'De kommuner, der har indhold på siden.' },
} as const;
