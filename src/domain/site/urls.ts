/**
 * The address of every kind of page, in one place, so pages, links and tests agree.
 * All addresses end in "/" (the site is built with trailingSlash: 'always').
 */
export const urls = {
  home: () => '/',
  municipalities: () => '/kommuner/',
  municipality: (id: string) => `/kommuner/${id}/`,
  standards: () => '/standarder/',
  /** The version in force: /standarder/<kommune>/<standard>/. */
  standard: (municipality: string, standard: string) => `/standarder/${municipality}/${standard}/`,
  standardVersion: (municipality: string, standard: string, version: string) => `/standarder/${municipality}/${standard}/${version}/`,
  /** The changes between two versions; without them, between the two newest. */
  standardChanges: (municipality: string, standard: string, from?: string, to?: string) =>
    from && to ? `/standarder/${municipality}/${standard}/aendringer/${from}/${to}/` : `/standarder/${municipality}/${standard}/aendringer/`,
  /** A standard version's entry id is "<kommune>/<standard>/<version>". */
  standardVersionById: (id: string) => `/standarder/${id}/`,
  consultations: () => '/hoeringer/',
  consultation: (id: string) => `/hoeringer/${id}/`,
  consultationRow: (id: string, rowId: string) => `/hoeringer/${id}/#${rowId}`,
  catalogue: () => '/inspirationskatalog/',
  catalogueEntry: (id: string) => `/inspirationskatalog/${id}/`,
  /** Every practice example filed under one chapter, in pages. */
  chapterExamples: (chapterId: string) => `/inspirationskatalog/${chapterId}/eksempler/`,
  examples: () => '/inspirationskatalog/eksempler/',
  example: (id: string) => `/inspirationskatalog/eksempler/${id}/`,
  initiatives: () => '/initiativer/',
  initiative: (id: string) => `/initiativer/${id}/`,
  programmes: () => '/indsatser/',
  programme: (id: string) => `/indsatser/${id}/`,
  offers: () => '/tilbud/',
  offer: (id: string) => `/tilbud/${id}/`,
  laws: () => '/lovgrundlag/',
  law: (id: string) => `/lovgrundlag/${id}/`,
  glossary: () => '/ordliste/',
  glossaryTerm: (id: string) => `/ordliste/#${id}`,
  rules: () => '/regler/',
  rule: (id: string) => `/regler/${id}/`,
  intensity: () => '/behandlingsformer/',
  /** The citizen's rights in plain Danish, each from a law entry. */
  rights: () => '/dine-rettigheder/',
  rightsTopic: (id: string) => `/dine-rettigheder/#${id}`,
  complaints: () => '/klage/',
  /** A page of the complaint wizard: the answers so far, as option ids, carried in the address. */
  complaintStep: (answers: readonly string[]) => `/klage/sporgsmaal/${answers.map((a) => `${a}/`).join('')}`,
  complaintOutcome: (id: string) => `/klage/${id}/`,
  /** The complaint letter template of an outcome. */
  complaintLetter: (id: string) => `/klage/${id}/brev/`,
  sources: () => '/om/kilder/',
  source: (id: string) => `/om/kilder/#${id}`,
  accessibility: () => '/om/tilgaengelighed/',
  about: () => '/om/',
  authoringGuide: () => '/om/for-kommuner/',
  search: () => '/soeg/',
  az: () => '/a-aa/',
  azLetter: (anchor: string) => `/a-aa/${anchor}/`,
} as const;
