/**
 * /standarder/<kommune>/<standard>/aendringer/versioner.json: every version of a standard as the
 * comparison takes it (the text a reader sees, section by section, with the recorded changes), for
 * the island that compares any two versions in the browser (src/islands/version-compare.ts).
 * Read only when a reader asks for a pair without a page of its own.
 */
import type { APIRoute } from 'astro';
import { urls } from '../../../../../domain/site/urls.ts';
import { changeGroups, extracted, formData, type ChangeGroup } from './_changes.ts';
import { pageCacheKey, siteKey } from '../../../../../data/cache-keys.ts';

export async function getStaticPaths() {
  const site = await siteKey();
  return (await changeGroups())
    .filter((group) => group.versions.length > 2)
    .map((group) => ({ params: { kommune: group.municipality, standard: group.standard }, props: { group }, cacheKey: pageCacheKey(site, ...group.versions) }));
}

export const GET: APIRoute = async ({ props }) => {
  const { group } = props as { group: ChangeGroup };
  const data = {
    versions: await Promise.all(group.versions.map(async (v) => ({ url: urls.standardVersionById(v.id), data: await extracted(v) }))),
    pages: formData(group).pages,
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
