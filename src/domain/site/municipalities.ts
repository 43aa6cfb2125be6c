/**
 * Which municipalities get a page: those with content of their own on the site (a standard, a
 * consultation, an offer, a programme, an example or an annex), and those the site's texts name,
 * such as Svendborg in Odense's practice examples. A page with only a code and a region tells a
 * reader nothing, so a municipality with neither is not published.
 */

/** Official names whose place name is a genitive ("Københavns Kommune" is the municipality of København). */
const genitiveNames: Record<string, string> = {
  'Københavns Kommune': 'København',
  'Bornholms Regionskommune': 'Bornholm',
  'Nordfyns Kommune': 'Nordfyn',
  'Vesthimmerlands Kommune': 'Vesthimmerland',
};

/** The place a municipality is named after: "Københavns Kommune" is København, "Høje-Taastrup Kommune" Høje-Taastrup. */
export function placeName(officialName: string): string {
  return genitiveNames[officialName] ?? officialName.replace(/ (Regions)?[Kk]ommune$/, '');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern of a place named as a word of its own or in the genitive ("Svendborg", "Svendborgs",
 * "Københavns"), not inside another word or an id ("odense-svendborg-videokonference").
 * Line breaks inside the name (PDF hyphenation such as "Svend-\nborg") are not matched.
 */
function placePattern(place: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(place)}s?(?![\\p{L}\\p{N}-])`, 'u');
}

/** True when `text` names the place (see placePattern). */
export function mentionsPlace(text: string, place: string): boolean {
  return placePattern(place).test(text);
}

export interface MentioningPage {
  title: string;
  url: string;
  /** The text the reader sees on the page, or its source. */
  text: string;
}

/** The pages whose text names the municipality's place, in the order given. */
export function pagesNaming<P extends MentioningPage>(officialName: string, pages: readonly P[]): P[] {
  const pattern = placePattern(placeName(officialName));
  return pages.filter((page) => pattern.test(page.text) || pattern.test(page.title));
}

/** True when a municipality has something to show: content of its own, or pages that name it. */
export function hasMunicipalityPage(ownEntries: number, namingPages: number): boolean {
  return ownEntries > 0 || namingPages > 0;
}
