/**
 * Where a build's time goes, from the arrival time of the lines Astro and our integrations log:
 * startup and the content check (until "[content] Syncing content"), the content layer (until
 * "Synced content"), types and build info (until "Building static entrypoints"), bundling with
 * Vite (until "Rearranging server assets"), rendering every page (until the "✓ Completed in"
 * after "generating static routes"), Pagefind (its own "in N ms"), and the rest (sitemap, the
 * build-complete marker, Node exiting) until the build ended.
 */
import type { TimedLine } from './build-runner.ts';
import { withoutAnsi } from './parse.ts';

export type Phase = 'startup and content check' | 'content layer' | 'types and build info' | 'bundling' | 'rendering' | 'pagefind' | 'rest';

const markers: [RegExp, Phase][] = [
  [/\[content\] Syncing content/, 'startup and content check'],
  [/\[content\] Synced content/, 'content layer'],
  [/\[build\] Building static entrypoints/, 'types and build info'],
  [/\[build\] Rearranging server assets/, 'bundling'],
];

/** Durations of each phase found, in ms, in build order; phases whose markers are missing are left out. */
export function buildPhases(lines: readonly TimedLine[], wallMs?: number): Partial<Record<Phase, number>> {
  const clean = lines.map((l) => ({ ms: l.ms, text: withoutAnsi(l.text) }));
  const at = (re: RegExp, from = 0) => {
    const i = clean.findIndex((l, index) => index >= from && re.test(l.text));
    return i < 0 ? undefined : { index: i, ms: clean[i].ms };
  };
  const phases: Partial<Record<Phase, number>> = {};
  let previous: { index: number; ms: number } | undefined = { index: 0, ms: 0 };
  for (const [re, phase] of markers) {
    const found = at(re, previous?.index ?? 0);
    if (found && previous) phases[phase] = found.ms - previous.ms;
    previous = found;
  }
  const generating = at(/generating static routes/);
  const rendered = generating ? at(/✓ Completed in/, generating.index) : undefined;
  if (generating && rendered) phases.rendering = rendered.ms - generating.ms;
  const pagefind = at(/Indexed \d+(?: of \d+)? pages for search in \d+/);
  const pagefindMs = pagefind ? Number(/in (\d+(?:\.\d+)?) ms/.exec(clean[pagefind.index].text)?.[1]) : undefined;
  if (pagefindMs !== undefined && Number.isFinite(pagefindMs)) phases.pagefind = pagefindMs;
  if (wallMs !== undefined && rendered) phases.rest = Math.max(0, wallMs - rendered.ms - (phases.pagefind ?? 0));
  return phases;
}
