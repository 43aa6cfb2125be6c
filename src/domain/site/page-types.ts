/**
 * What kind of page something is, and who it is mainly for: shown in search results and used as
 * search filters (Pagefind), the A-Z index and related-page lists.
 */
export const pageTypes = {
  standard: 'Kvalitetsstandard',
  consultation: 'Høring',
  chapter: 'Kapitel i inspirationskataloget',
  annex: 'Bilag i inspirationskataloget',
  example: 'Praksiseksempel',
  initiative: 'Nationalt initiativ',
  programme: 'Indsats',
  offer: 'Lokalt tilbud',
  law: 'Lovgrundlag',
  glossary: 'Ordliste',
  rule: 'Regler',
  complaint: 'Klagevejviser',
  municipality: 'Kommune',
  page: 'Side',
} as const;
export type PageType = keyof typeof pageTypes;

export const audiences = { borger: 'Borgere og pårørende', medarbejder: 'Medarbejdere', kommune: 'Kommuner og råd' } as const;
export type Audience = keyof typeof audiences;

/** Who each kind of page is mainly for. */
export const audiencesOf: Record<PageType, Audience[]> = {
  standard: ['borger', 'medarbejder', 'kommune'],
  consultation: ['kommune', 'medarbejder'],
  chapter: ['medarbejder', 'kommune'],
  annex: ['medarbejder', 'kommune'],
  example: ['medarbejder', 'kommune'],
  initiative: ['kommune', 'medarbejder'],
  programme: ['medarbejder', 'borger'],
  offer: ['borger', 'medarbejder'],
  law: ['borger', 'medarbejder'],
  glossary: ['borger', 'medarbejder'],
  rule: ['borger', 'medarbejder'],
  complaint: ['borger'],
  municipality: ['borger', 'medarbejder', 'kommune'],
  page: ['borger', 'medarbejder', 'kommune'],
};

/** Page types that state today's rules (law, the complaint guide, rules, the standards in force), not documents from the past: weighted up in search. */
const currentRuleTypes: readonly PageType[] = ['law', 'complaint', 'rule', 'standard'];
export const statesCurrentRules = (type: PageType) => currentRuleTypes.includes(type);
