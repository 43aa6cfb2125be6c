/** Which pages relate to a page: the same municipality weighs 2, each shared law reference 1. */
import { danishCollator } from '../format.ts';

export interface Relatable {
  title: string;
  url: string;
  type: string;
  municipality?: string;
  laws: string[];
}

type Subject = Pick<Relatable, 'url' | 'municipality' | 'laws'>;

/**
 * Indexes candidate pages once by municipality and by law, so that finding one page's related
 * pages looks only at pages sharing something with it (a site of thousands of pages would
 * otherwise compare every page with every other). Ties are broken by title in Danish order.
 */
export function relatedIndex<P extends Relatable>(candidates: readonly P[]): (page: Subject, limit?: number) => P[] {
  const eligible = candidates.filter((p) => p.type !== 'municipality').sort((a, b) => danishCollator.compare(a.title, b.title));
  const rank = new Map(eligible.map((p, i) => [p, i]));
  const byMunicipality = new Map<string, P[]>();
  const byLaw = new Map<string, P[]>();
  const add = (index: Map<string, P[]>, key: string, p: P) => {
    const list = index.get(key);
    if (list) list.push(p);
    else index.set(key, [p]);
  };
  for (const p of eligible) {
    if (p.municipality) add(byMunicipality, p.municipality, p);
    for (const law of p.laws) add(byLaw, law, p);
  }
  return (page, limit = 6) => {
    const scores = new Map<P, number>();
    if (page.municipality) for (const p of byMunicipality.get(page.municipality) ?? []) scores.set(p, 2);
    for (const law of new Set(page.laws)) for (const p of byLaw.get(law) ?? []) scores.set(p, (scores.get(p) ?? 0) + 1);
    const closer = (a: [P, number], b: [P, number]) => b[1] - a[1] || rank.get(a[0])! - rank.get(b[0])!;
    const best: [P, number][] = [];
    for (const scored of scores) {
      if (scored[0].url === page.url) continue;
      if (best.length === limit && closer(scored, best[limit - 1]) >= 0) continue;
      const at = best.findIndex((b) => closer(scored, b) < 0);
      best.splice(at === -1 ? best.length : at, 0, scored);
      if (best.length > limit) best.pop();
    }
    return best.map(([p]) => p);
  };
}

export function rankRelated<P extends Relatable>(page: Subject, candidates: readonly P[], limit = 6): P[] {
  return relatedIndex(candidates)(page, limit);
}
