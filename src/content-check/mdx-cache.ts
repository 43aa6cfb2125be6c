/**
 * What the MDX parser read in one build, kept for the next (kept-readings.ts): a rebuild parses
 * only the bodies whose text changed (Sätteri takes about 0.45 s for the 2,000-page benchmark
 * corpus, docs/performance.md). A body's parts are found by the digest of its text and are what
 * mdxParts would return for it; all are dropped when the parser, its settings or Sätteri change.
 * Every check still runs on every body: only the parse is kept. Only bodies that parse are kept.
 */
import { createHash } from 'node:crypto';
import { readKept, writeKept } from './kept-readings.ts';
import { rememberedMdxParts, rememberMdxParts, type MdxPart } from '../domain/site/mdx-tree.ts';

const bodyKey = (body: string) => createHash('sha256').update(body).digest('base64url');

// Only the content check reads these; it hands each one to the parser's own memory (on globalThis) as it meets the body.
const kept = new Map<string, MdxPart[]>();

/** Loads the parts kept at `file` by a build with the same parser `version`; returns how many. */
export function loadKeptMdxParts(file: string, version: string): number {
  const readings = readKept<MdxPart[]>(file, version);
  for (const [key, parts] of readings) kept.set(key, parts);
  return readings.length;
}

/** Before parsing `body`: gives the parser what an earlier build read from the same text, if it kept it. */
export function useKeptMdxParts(body: string): void {
  if (kept.size === 0) return;
  const parts = kept.get(bodyKey(body));
  if (parts) rememberMdxParts(body, parts);
}

/** Keeps the parts of every body this process read at `file`. */
export function keepMdxParts(file: string, version: string): void {
  writeKept(file, version, [...rememberedMdxParts()].map(([body, parts]) => [bodyKey(body), parts]));
}
