/**
 * Danish building blocks for the synthetic benchmark corpus: the sections a quality standard has,
 * sentences per topic, parties heard in a consultation, remarks and responses. The text is
 * plausible but invented; every generated entry says it is synthetic. No "<", "{" or "}" appear,
 * so the text is valid MDX as written.
 */
import { intBetween, pick, pickSome, type Random } from './random.ts';

export interface Topic {
  /** Stable key, used to keep a topic's section id the same across versions. */
  key: string;
  title: string;
  /** Statutory element ids (content/rules/kvalitetsstandard-elementer.yaml) the section covers. */
  elements: string[];
  /** Sentences about the topic; {P} is the place name, {K} the municipality's name. */
  sentences: string[];
  /** Items for a list in the section. */
  items?: string[];
  /** A table the section may carry. */
  table?: (random: Random) => string[][];
  subsections?: { key: string; title: string; elements: string[]; sentences: string[] }[];
}

export const topics: Topic[] = [
  {
    key: 'indledning',
    title: 'Indledning',
    elements: ['opgaver'],
    sentences: [
      '{K} har ansvaret for at tilbyde social behandling til borgere med problematisk brug af rusmidler.',
      'Kvalitetsstandarden beskriver det serviceniveau, som byrådet har vedtaget for behandlingen i {P}.',
      'Standarden er skrevet til borgere, pårørende, samarbejdspartnere og medarbejdere.',
      'Behandlingen tager udgangspunkt i borgerens egne mål og ønsker for fremtiden.',
      'Kvalitetsstandarden revideres mindst hvert andet år og offentliggøres på kommunens hjemmeside.',
      'Teksten på denne side er syntetisk testindhold, lavet til at måle, hvor hurtigt siden bygges.',
    ],
    subsections: [
      {
        key: 'formaal',
        title: 'Formålet med kvalitetsstandarden',
        elements: [],
        sentences: [
          'Formålet er at give borgeren et klart billede af, hvad kommunen tilbyder, og hvad borgeren kan forvente.',
          'Standarden skal også gøre det lettere for medarbejdere at give ensartet og gennemskuelig hjælp.',
          'Standarden beskriver desuden, hvordan kommunen følger op på kvaliteten af behandlingen.',
        ],
      },
    ],
  },
  {
    key: 'maalgruppe',
    title: 'Målgruppe',
    elements: ['maalgruppe'],
    sentences: [
      'Målgruppen er borgere over 18 år med bopæl i {P}, som har et problematisk forbrug af rusmidler.',
      'Borgere med samtidig psykisk sygdom hører også til målgruppen, og behandlingen koordineres med regionen.',
      'Pårørende kan få rådgivning, også når borgeren ikke selv er i behandling.',
      'Unge under 18 år får tilbud efter barnets lov, og kommunen har en særlig ungeindsats.',
      'Borgere, der er gravide eller har børn under 18 år boende, får en skærpet opmærksomhed.',
    ],
    items: ['borgere over 18 år', 'unge mellem 18 og 25 år', 'gravide og familier med små børn', 'borgere med samtidig psykisk sygdom', 'borgere i hjemløshed', 'pårørende'],
    subsections: [
      {
        key: 'boern',
        title: 'Skærpet opmærksomhed, når børn bor hjemme',
        elements: ['skaerpet-tilsyn-boern'],
        sentences: [
          'Når der bor børn under 18 år i hjemmet, taler behandleren med borgeren om børnenes trivsel.',
          'Kommunen har pligt til at underrette, hvis et barn kan have behov for særlig støtte.',
          'Familien kan få tilbud om samtaler, hvor både voksne og børn deltager.',
        ],
      },
    ],
  },
  {
    key: 'maal',
    title: 'Mål og værdier',
    elements: ['maal-og-vaerdier'],
    sentences: [
      'Behandlingen skal hjælpe borgeren til at stoppe eller nedsætte sit forbrug og få et bedre liv.',
      'Vi møder borgeren med respekt og tager udgangspunkt i borgerens egne ressourcer.',
      'Indsatsen bygger på en recovery-orienteret tilgang, hvor borgerens mål er styrende.',
      'Skadesreduktion er en del af tilbuddet for borgere, der ikke ønsker at stoppe deres forbrug.',
      'Behandlingen er helhedsorienteret og omfatter bolig, beskæftigelse, helbred og netværk.',
    ],
    items: ['respekt for borgerens valg', 'åbenhed og tilgængelighed', 'helhed i indsatsen', 'faglighed og dokumenteret viden', 'inddragelse af pårørende'],
  },
  {
    key: 'organisering',
    title: 'Organisering og behandlingsformer',
    elements: ['organisering-og-behandlingsformer'],
    sentences: [
      'Rusmiddelcentret i {P} samler rådgivning, udredning og behandling ét sted.',
      'Behandlingen gives som ambulant behandling, dagbehandling eller døgnbehandling.',
      'Ambulant behandling er samtaler mindst hver 14. dag og højst to gange om ugen.',
      'Dagbehandling foregår 3 til 5 dage om ugen i mere end 2 timer ad gangen.',
      'Døgnbehandling gives på et godkendt behandlingssted med ophold om natten.',
    ],
    table: (random) => [
      ['Behandlingsform', 'Hyppighed', 'Typisk varighed'],
      ['Ambulant behandling', 'hver 14. dag til 2 gange om ugen', `${intBetween(random, 3, 9)} måneder`],
      ['Ambulant dagbehandling', '3 til 5 dage om ugen, højst 2 timer', `${intBetween(random, 6, 14)} uger`],
      ['Dagbehandling', '3 til 5 dage om ugen, over 2 timer', `${intBetween(random, 8, 16)} uger`],
      ['Døgnbehandling', 'hver dag med overnatning', `${intBetween(random, 8, 26)} uger`],
    ],
    subsections: [
      {
        key: 'ambulant',
        title: 'Ambulant behandling',
        elements: [],
        sentences: [
          'Ambulant behandling består af individuelle samtaler og gruppeforløb.',
          'Der er åbent for samtaler mandag til torsdag og efter aftale om aftenen.',
          'Samtalerne kan foregå i centret, i borgerens hjem eller ved gåture i nærområdet.',
        ],
      },
      {
        key: 'doegn',
        title: 'Døgnbehandling',
        elements: ['kvalitetskrav-doegn'],
        sentences: [
          'Døgnbehandling gives kun, når ambulant behandling eller dagbehandling ikke er tilstrækkelig.',
          'Kommunen køber døgnbehandling hos behandlingssteder, som Socialtilsynet har godkendt.',
          'Kommunen følger op på kvaliteten af døgnbehandlingen mindst én gang under forløbet.',
        ],
      },
    ],
  },
  {
    key: 'visitation',
    title: 'Visitation',
    elements: ['visitation'],
    sentences: [
      'Borgeren kan henvende sig direkte til rusmiddelcentret uden henvisning fra læge.',
      'Ved den første samtale afdækker vi borgerens situation, forbrug og ønsker.',
      'Visitationen bygger på en konkret og individuel vurdering af borgerens behov.',
      'Borgeren får en skriftlig afgørelse med begrundelse og klagevejledning.',
      'Udredningen sker med et anerkendt redskab, så vurderingen er ensartet.',
    ],
    items: ['forsamtale', 'udredning med et anerkendt redskab', 'drøftelse på visitationsmøde', 'skriftlig afgørelse', 'start på behandlingen'],
  },
  {
    key: 'garanti',
    title: 'Behandlingsgaranti',
    elements: ['behandlingsgaranti'],
    sentences: [
      'Behandlingen starter senest 14 dage efter, at borgeren har henvendt sig.',
      'Hvis kommunen ikke kan starte behandlingen inden for fristen, kan borgeren vælge et andet sted.',
      'Fristen gælder fra den dag, borgeren beder om behandling.',
      'Kommunen registrerer ventetiden og følger op hver måned.',
    ],
    table: (random) => [
      ['Trin', 'Frist'],
      ['Første kontakt', `inden for ${intBetween(random, 1, 3)} hverdage`],
      ['Forsamtale', `inden for ${intBetween(random, 4, 7)} dage`],
      ['Start på behandling', 'senest 14 dage efter henvendelsen'],
      ['Behandlingsplan', `inden for ${intBetween(random, 3, 6)} uger`],
    ],
  },
  {
    key: 'frit-valg',
    title: 'Frit valg',
    elements: ['frit-valg'],
    sentences: [
      'Borgeren kan vælge et andet offentligt eller privat behandlingssted, hvis tilbuddet svarer til det visiterede.',
      'Frit valg af døgnbehandling forudsætter, at borgeren er visiteret til døgnbehandling.',
      'Når borgeren bruger sit frie valg, kan fristen på 14 dage fraviges.',
      'Information om behandlingssteder findes på Tilbudsportalen.',
    ],
  },
  {
    key: 'behandlingsplan',
    title: 'Behandlingsplan og opfølgning',
    elements: ['behandlingsplan'],
    sentences: [
      'Borgeren og behandleren laver sammen en skriftlig behandlingsplan med mål og delmål.',
      'Planen justeres løbende, og mindst hver tredje måned gennemgås den sammen med borgeren.',
      'Kommunen følger op 1 og 6 måneder efter, at behandlingen er afsluttet.',
      'Opfølgningen sker ved en samtale eller et telefonopkald efter borgerens ønske.',
    ],
    items: ['mål for forbruget', 'mål for bolig og økonomi', 'mål for arbejde eller uddannelse', 'mål for helbred', 'mål for netværk og fritid'],
  },
  {
    key: 'handleplaner',
    title: 'Handleplaner',
    elements: ['handleplaner'],
    sentences: [
      'Borgeren får tilbud om en handleplan, når flere forvaltninger er involveret.',
      'Handleplanen koordineres af en fast tovholder i kommunen.',
      'Behandlingsplanen og handleplanen hænger sammen, så borgeren ikke skal fortælle sin historie flere gange.',
    ],
  },
  {
    key: 'inddragelse',
    title: 'Inddragelse af borgeren',
    elements: ['brugerinddragelse'],
    sentences: [
      'Borgeren er med til at beslutte mål, metoder og tempo i behandlingen.',
      'Rusmiddelcentret har et brugerråd, som mødes fire gange om året.',
      'Vi spørger hvert år borgerne om deres tilfredshed med behandlingen.',
      'Pårørende kan inddrages, når borgeren giver samtykke.',
    ],
  },
  {
    key: 'egenbetaling',
    title: 'Egenbetaling',
    elements: ['egenbetaling'],
    sentences: [
      'Behandlingen er gratis for borgeren.',
      'Ved døgnbehandling kan kommunen opkræve betaling for kost og logi efter gældende regler.',
      'Betalingen fastsættes ud fra borgerens økonomi og kan nedsættes.',
    ],
  },
  {
    key: 'klage',
    title: 'Sagsbehandling og klageadgang',
    elements: ['sagsbehandling-og-klage'],
    sentences: [
      'Borgeren kan klage over en afgørelse inden for 4 uger efter at have fået den.',
      'Klagen sendes til kommunen, som genvurderer afgørelsen.',
      'Fastholder kommunen afgørelsen, sendes sagen videre til Ankestyrelsen.',
      'Klager over sundhedsfaglig behandling sendes til Styrelsen for Patientklager.',
      'Kommunen hjælper gerne med at skrive klagen.',
    ],
    table: () => [
      ['Klage over', 'Send klagen til', 'Frist'],
      ['Afgørelse om social behandling', 'Kommunen, derefter Ankestyrelsen', '4 uger'],
      ['Sundhedsfaglig behandling', 'Styrelsen for Patientklager', '2 år'],
      ['Personalets optræden', 'Behandlingsstedets ledelse', 'ingen frist'],
    ],
  },
  {
    key: 'personale',
    title: 'Personalets kvalifikationer',
    elements: ['personale'],
    sentences: [
      'Personalet består af socialrådgivere, pædagoger, sygeplejersker, psykologer og læger.',
      'Alle behandlere har en relevant uddannelse og efteruddannelse i behandlingsmetoder.',
      'Behandlerne får løbende supervision.',
    ],
    table: (random) => [
      ['Faggruppe', 'Antal årsværk'],
      ['Socialrådgivere', String(intBetween(random, 2, 14))],
      ['Pædagoger', String(intBetween(random, 1, 9))],
      ['Sygeplejersker', String(intBetween(random, 1, 6))],
      ['Psykologer', String(intBetween(random, 1, 4))],
    ],
  },
  {
    key: 'monitorering',
    title: 'Monitorering',
    elements: ['monitorering'],
    sentences: [
      'Kommunen indberetter til de nationale registre for stofmisbrugsbehandling.',
      'Ventetider, frafald og resultater gennemgås hvert halve år.',
      'Resultaterne indgår i den næste revision af kvalitetsstandarden.',
    ],
    table: (random) => [
      ['Indikator', 'Mål', 'Sidste måling'],
      ['Behandling startet inden for 14 dage', '95 pct.', `${intBetween(random, 80, 99)} pct.`],
      ['Behandlingsplan inden for 6 uger', '90 pct.', `${intBetween(random, 70, 98)} pct.`],
      ['Opfølgning efter 6 måneder', '75 pct.', `${intBetween(random, 40, 90)} pct.`],
    ],
  },
  {
    key: 'gavekort',
    title: 'Gavekort',
    elements: ['gavekort'],
    sentences: [
      'Borgeren kan få et gavekort til et privat behandlingssted, når kommunen har godkendt det.',
      'Gavekortet dækker det forløb, borgeren er visiteret til.',
    ],
  },
  {
    key: 'fremtid',
    title: 'Kommunens fremtidige indsats',
    elements: ['fremtidige-planer'],
    sentences: [
      'Kommunen vil styrke den tidlige indsats for unge og samarbejdet med uddannelsesstederne.',
      'Der arbejdes på fremskudt behandling, hvor borgeren er.',
      'Samarbejdet med psykiatrien udbygges med faste møder.',
    ],
    items: ['fremskudt behandling i boligområder', 'styrket samarbejde med psykiatrien', 'flere gruppetilbud om aftenen', 'bedre overgang fra døgnbehandling'],
  },
];

export const genericSentences = [
  'Borgeren er altid velkommen til at kontakte rusmiddelcentret med spørgsmål.',
  'Indsatsen tilrettelægges i tæt samarbejde med borgeren.',
  'Kommunen lægger vægt på, at der er sammenhæng mellem de forskellige indsatser.',
  'Medarbejderne har tavshedspligt og oplyser kun noget videre med borgerens samtykke.',
  'Rusmiddelcentret har åben anonym rådgivning én eftermiddag om ugen.',
  'Beskrivelsen gælder både for borgere, der selv henvender sig, og for borgere, der henvises.',
  'Det er muligt at få tolk til samtalerne.',
  'Borgeren kan tage en bisidder med til samtalerne.',
];

/** Parties a municipality's consultations hear, with their ids. */
export const parties: { id: string; name: string }[] = [
  { id: 'udsatteraadet', name: 'Udsatterådet' },
  { id: 'handicapraadet', name: 'Handicaprådet' },
  { id: 'aeldreraadet', name: 'Ældrerådet' },
  { id: 'brugerraadet', name: 'Brugerrådet for rusmiddelcentret' },
  { id: 'paaroerenderaadet', name: 'Pårørenderådet' },
  { id: 'frivilligraadet', name: 'Frivilligrådet' },
  { id: 'ungeraadet', name: 'Ungerådet' },
  { id: 'integrationsraadet', name: 'Integrationsrådet' },
  { id: 'lokal-med', name: 'Lokal-MED for rusmiddelområdet' },
  { id: 'dialogforum', name: 'Dialogforum' },
];

export const remarks = [
  'Rådet ønsker, at det fremgår tydeligere, hvordan borgeren kommer i kontakt med rusmiddelcentret.',
  'Det bør beskrives, hvordan pårørende kan inddrages i behandlingen.',
  'Rådet finder, at fristen for behandlingsplanen er for lang.',
  'Der mangler en beskrivelse af samarbejdet med psykiatrien.',
  'Rådet foreslår, at ordet misbruger udgår af teksten og erstattes af borger.',
  'Det er uklart, hvornår en borger kan få døgnbehandling.',
  'Rådet ønsker flere tilbud om aftenen for borgere i arbejde.',
  'Afsnittet om frit valg bør forklare, hvad et sammenligneligt tilbud er.',
  'Rådet savner mål for, hvor mange borgere der skal have opfølgning efter 6 måneder.',
  'Det bør fremgå, at borgeren kan tage en bisidder med.',
  'Rådet ønsker, at standarden nævner tilbud til unge mellem 18 og 25 år.',
  'Beskrivelsen af klageadgangen bør være lettere at forstå.',
];

export const responses = [
  'Forvaltningen takker for bemærkningen.',
  'Forvaltningen er enig i, at afsnittet kan gøres tydeligere.',
  'Forvaltningen vurderer, at beskrivelsen allerede dækker forholdet.',
  'Forvaltningen vil inddrage bemærkningen i det videre arbejde med standarden.',
  'Forvaltningen er ikke enig i vurderingen, men præciserer teksten.',
];

export const changes = [
  'Afsnittet er omskrevet, så kontaktoplysningerne står øverst.',
  'Der er tilføjet en beskrivelse af, hvordan pårørende inddrages.',
  'Fristen for behandlingsplanen er ændret fra 8 til 6 uger.',
  'Samarbejdet med psykiatrien er beskrevet i et nyt underafsnit.',
  'Ordet misbruger er erstattet af borger i hele standarden.',
  'Kriterierne for døgnbehandling er gjort tydeligere.',
  'Der er tilføjet et mål for opfølgning efter 6 måneder.',
  'Klageadgangen er beskrevet i en tabel.',
];

export const exampleTopics: { slug: string; title: string; themes: string[]; chapter: string }[] = [
  { slug: 'tidlig-indsats-unge', title: 'Tidlig indsats for unge i {P}', themes: ['unge', 'tidlig-indsats'], chapter: 'kapitel-5' },
  { slug: 'faelles-indgang', title: 'Fælles indgang til behandlingen i {P}', themes: ['tilgaengelighed', 'koordinering'], chapter: 'kapitel-4' },
  { slug: 'udredning', title: 'Ensartet udredning i {P}', themes: ['udredning', 'kvalitet'], chapter: 'kapitel-4' },
  { slug: 'job-og-behandling', title: 'Job og behandling på samme tid i {P}', themes: ['beskaeftigelse', 'koordinering'], chapter: 'kapitel-5' },
  { slug: 'paaroerende', title: 'Samtaler for pårørende i {P}', themes: ['paaroerende'], chapter: 'kapitel-5' },
  { slug: 'psykiatri-samarbejde', title: 'Samarbejde med psykiatrien i {P}', themes: ['psykiatri', 'samarbejdsaftaler'], chapter: 'kapitel-4' },
  { slug: 'maaling', title: 'Måling af resultater i {P}', themes: ['maaling-og-dokumentation', 'kvalitet'], chapter: 'kapitel-3' },
  { slug: 'tovholder', title: 'Fast tovholder for borgeren i {P}', themes: ['tovholder', 'handleplan'], chapter: 'kapitel-4' },
  { slug: 'brugerraad', title: 'Brugerrådet i {P}', themes: ['brugerinddragelse'], chapter: 'kapitel-5' },
  { slug: 'gravide', title: 'Familieambulatorium i {P}', themes: ['gravide-og-familier', 'somatik'], chapter: 'kapitel-5' },
];

/** `count` sentences drawn from the pools, with the municipality filled in. */
export function sentencesFrom(random: Random, pool: readonly string[], count: number, fill: (s: string) => string): string[] {
  const chosen = pickSome(random, pool, count);
  while (chosen.length < count) chosen.push(pick(random, genericSentences));
  return chosen.map(fill);
}
