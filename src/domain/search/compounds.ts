/**
 * Danish writes compounds as one word, and Pagefind does not split them: a search for
 * "behandling" would not find a page that only says "døgnbehandling". For the site's key compounds,
 * the layout writes the parts into a hidden paragraph inside the indexed body: Pagefind reads it,
 * a reader (or a screen reader) never meets it.
 */
export const keyCompounds: Record<string, string[]> = {
  stofmisbrugsbehandling: ['stofmisbrug', 'misbrug', 'behandling'],
  misbrugsbehandling: ['misbrug', 'behandling'],
  alkoholbehandling: ['alkohol', 'behandling'],
  rusmiddelbehandling: ['rusmiddel', 'behandling'],
  substitutionsbehandling: ['substitution', 'behandling'],
  døgnbehandling: ['døgn', 'behandling'],
  dagbehandling: ['dag', 'behandling'],
  gruppebehandling: ['gruppe', 'behandling'],
  behandlingsgaranti: ['behandling', 'garanti'],
  behandlingsplan: ['behandling', 'plan'],
  behandlingstilbud: ['behandling', 'tilbud'],
  behandlingssted: ['behandling', 'sted'],
  kvalitetsstandard: ['kvalitet', 'standard'],
  høringsnotat: ['høring', 'notat'],
  høringssvar: ['høring', 'svar'],
  handleplan: ['handle', 'plan'],
  klagevejledning: ['klage', 'vejledning'],
  klagefrist: ['klage', 'frist'],
  klageadgang: ['klage', 'adgang'],
  patientklager: ['patient', 'klage'],
  botilbud: ['bo', 'tilbud'],
  ungeindsats: ['unge', 'indsats'],
  sagsbehandling: ['sag', 'behandling'],
  alkoholambulatorium: ['alkohol', 'ambulatorium'],
  samarbejdsaftale: ['samarbejde', 'aftale'],
  pårørende: ['pårørende'],
};

/** The parts of every key compound that occurs in the text (as a word or inside a longer word), once each. */
export function compoundPartsIn(text: string): string[] {
  const lower = text.toLocaleLowerCase('da-DK');
  const parts = new Set<string>();
  for (const [compound, split] of Object.entries(keyCompounds)) {
    if (lower.includes(compound)) for (const part of split) parts.add(part);
  }
  return [...parts];
}

/** The compound parts of a piece of rendered HTML: its text only, tags and attributes left out. */
export function compoundPartsInHtml(html: string): string[] {
  return compoundPartsIn(withoutIgnored(html).replace(/<[^>]+>/g, ' '));
}

/**
 * The HTML without the elements Pagefind leaves out (data-pagefind-ignore), so their words do not
 * come back as compound parts: a list of links to other pages would otherwise make a page match
 * their words. An ignored element must not hold another element of its own tag name.
 */
function withoutIgnored(html: string): string {
  return html.replace(/<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore(?:="[^"]*")?[^>]*>[\s\S]*?<\/\1>/g, ' ');
}
