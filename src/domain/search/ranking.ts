/**
 * The order of search results: Pagefind's own ranking, with pages that state today's rules (law
 * entries, the complaint guide, rights, treatment types) weighted up, so a citizen's words find
 * today's rule before a 2009 document that uses the same word many times. Pagefind's element
 * weights saturate, and a page gains most from rare words that start with the query (a 2009 text
 * full of "misbrugsbehandlingsinstitutionerne" wins "misbrug"), so the weight is applied to the
 * page's score. Older pages are never hidden: staff still find them, only further down.
 */

/** The Pagefind filter, and its value, that marks a page stating today's rules (SearchMeta writes it). */
export const currentRulesFilter = { name: 'grundlag', value: 'Reglerne i dag' } as const;

/** How much a page stating today's rules counts against other pages. */
export const currentRulesWeight = 1.6;

export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * All results in their order on the page: `all` is Pagefind's search, `current` the same search
 * filtered to pages stating today's rules. Each current page's score is multiplied by the weight.
 */
export function rankResults<R extends ScoredResult>(all: readonly R[], current: readonly ScoredResult[], weight = currentRulesWeight): R[] {
  const isCurrent = new Set(current.map((r) => r.id));
  const boosted = (r: R) => (isCurrent.has(r.id) ? r.score * weight : r.score);
  return [...all].sort((a, b) => boosted(b) - boosted(a));
}
