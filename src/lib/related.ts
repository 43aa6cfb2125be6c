/** Which pages relate to a page: the same municipality weighs 2, each shared law reference 1. */
import { danishCollator } from './format.ts';

export interface Relatable {
  title: string;
  url: string;
  type: string;
  municipality?: string;
  laws: string[];
}


export function rankRelated<P extends Relatable>(page: Pick<Relatable, 'url' | 'municipality' | 'laws'>, candidates: readonly P[], limit = 6): P[] {
  return candidates
    .filter((p) => p.url !== page.url && p.type !== 'municipality')
    .map((p) => ({ page: p, score: (page.municipality && p.municipality === page.municipality ? 2 : 0) + p.laws.filter((l) => page.laws.includes(l)).length }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || danishCollator.compare(a.page.title, b.page.title))
    .slice(0, limit)
    .map((s) => s.page);
}
