/**
 * What changed between two versions of a quality standard, section by section, with a word-level
 * diff of the text a reader sees (src/domain/standards/reader-text.ts) and the recorded reasons
 * (consultation responses) for each change. Works on versions already split and turned into
 * reader text (ExtractedVersion), so it needs no Markdown parser and runs in the browser too
 * (src/islands/version-compare.ts); src/domain/standards/diff.ts extracts versions from MDX.
 *
 * Sections are matched by id. When an editor renumbers (section 7 becomes 6 because 6 was removed),
 * matching by id alone would pair unrelated sections, so two corrections apply:
 * - an id pair whose titles differ and whose texts have little in common (similarity below
 *   UNRELATED_SIMILARITY) is split when either side has a near-identical section elsewhere (and
 *   joined again if neither side then finds that partner);
 * - an unmatched old section and an unmatched new section whose texts are near-identical
 *   (similarity at least RENUMBER_SIMILARITY) are paired as one renumbered section.
 * Texts too short to judge (fewer than MIN_TOKENS_TO_COMPARE words and signs) count as
 * near-identical only when both text and title are the same. Renumbering that these rules do not
 * recognise shows as one section removed and another added, which is still a true account.
 */
import { diffArrays } from 'diff';
import type { ReaderText } from './reader-text-model.ts';

/** Texts at least this similar (0 to 1) are taken to be one section under a new id. */
export const RENUMBER_SIMILARITY = 0.9;
/** Below this similarity, a section under the same id with another title is taken to be a different section. */
export const UNRELATED_SIMILARITY = 0.5;
/** Texts with fewer tokens than this are too short for a similarity to mean anything. */
export const MIN_TOKENS_TO_COMPARE = 12;

/** Text for comparison: every run of whitespace as one space, trimmed. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One section of a version, split and turned into reader text (diff.ts extractVersion makes these). */
export interface ExtractedSection {
  id: string;
  title: string;
  /** The heading's anchor on the version's page, such as "afsnit-4-4-5". */
  anchor: string;
  text: ReaderText;
  /** The changes this version records for the section. */
  changes: SectionChange[];
}

/** A version as the comparison takes it; small enough to send to the browser as JSON. */
export interface ExtractedVersion {
  version: string;
  /** The text before the first section heading. */
  intro: ReaderText;
  sections: ExtractedSection[];
}

/** A piece of a word-level diff. */
export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  /** The text, from the newer version for "same" and "added", from the older for "removed". */
  text: string;
  /** On "same" only, when the older version's text differs from `text` in whitespace. */
  oldText?: string;
}

/** A consultation row that caused a change, split for linking (urls.consultationRow). */
export interface ResponseRef {
  /** As written: "<consultation id>#<row id>". */
  ref: string;
  consultation: string;
  row: string;
  /** The name of the party that gave the response, when known. */
  party?: string;
}

export interface SectionChange {
  description: string;
  cause: 'hoeringssvar' | 'forvaltningen';
  responses: ResponseRef[];
}

export type SectionStatus = 'added' | 'removed' | 'changed' | 'unchanged' | 'moved' | 'renumbered';
export const sectionStatuses: readonly SectionStatus[] = ['added', 'removed', 'changed', 'unchanged', 'moved', 'renumbered'];

/**
 * One section in either version.
 * - added / removed: only in the newer / older version;
 * - changed: the text (beyond whitespace) or the title differs; `moved` and `renumbered` say if it also moved or got a new id;
 * - renumbered: same text and title under a new id (`moved` says if it also moved);
 * - moved: same id, text and title, but out of order relative to the other sections;
 * - unchanged: same id, text, title and place.
 */
export interface SectionDiff {
  status: SectionStatus;
  /** The newer version's id, or the older's for a removed section. */
  id: string;
  /** The id in the older version; absent for an added section. */
  oldId?: string;
  /** The id in the newer version; absent for a removed section. */
  newId?: string;
  /** The anchor of the section on the newer (or, for a removed section, the older) version's page. */
  anchor: string;
  oldTitle?: string;
  newTitle?: string;
  /** 0-based place among the older / newer version's sections, in the order of the text. */
  oldPosition?: number;
  newPosition?: number;
  /** The reader text under the heading (ReaderText.text), and with its blocks and links. */
  oldText?: string;
  newText?: string;
  oldReader?: ReaderText;
  newReader?: ReaderText;
  /** Out of order relative to the sections both versions have. */
  moved: boolean;
  /** Paired across different ids by the renumbering rules. */
  renumbered: boolean;
  titleChanged: boolean;
  textChanged: boolean;
  /** The words are the same, but a link points somewhere else (or a link was added or removed). */
  linksChanged: boolean;
  /** For a renumbered pair: how similar the texts are, 0 to 1. */
  similarity?: number;
  /** Word-level diff of the text, when textChanged. */
  segments?: DiffSegment[];
  /** The changes the newer version records for the section, with the responses that caused them. */
  changes: SectionChange[];
}

/** The text before the first section heading. */
export interface IntroDiff {
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  oldText: string;
  newText: string;
  oldReader: ReaderText;
  newReader: ReaderText;
  segments?: DiffSegment[];
}

export interface VersionDiff {
  older: string;
  newer: string;
  /** Absent when neither version has text before its first section. */
  intro?: IntroDiff;
  /** In the newer version's order; a removed section follows the section it followed in the older version. */
  sections: SectionDiff[];
  /** Number of sections per status. */
  summary: Record<SectionStatus, number>;
}

// ---------------------------------------------------------------------------------------------
// Word-level diff

interface Unit {
  /** Whitespace before the token. */
  space: string;
  token: string;
}

/** A word (letters, digits, marks), or a single other sign such as "|", "§" or ",". */
const tokenPattern = /\s+|[\p{L}\p{N}\p{M}_]+|[^\s\p{L}\p{N}\p{M}_]/gu;

function toUnits(text: string): { units: Unit[]; trailing: string } {
  const units: Unit[] = [];
  let space = '';
  for (const [piece] of text.matchAll(tokenPattern)) {
    if (/^\s/.test(piece)) space += piece;
    else {
      units.push({ space, token: piece });
      space = '';
    }
  }
  return { units, trailing: space };
}

const tokensOf = (text: string) => toUnits(text).units.map((u) => u.token);

interface Op {
  kind: DiffSegment['kind'];
  count: number;
}

/**
 * Work one alignment may do, in token steps (tokens times edit length). Aligning two texts word
 * by word costs time in proportion to their length times how much differs, so a long section
 * rewritten from end to end is aligned line by line instead, and beyond that shown as replaced
 * whole. The result is still a true diff, only coarser.
 */
const ALIGNMENT_BUDGET = 1_000_000;

/**
 * The shortest edit script between two token lists (jsdiff's Myers O((N+M)·D) diffArrays), or
 * undefined when it needs more than maxEditLength insertions and deletions.
 */
function align(a: readonly string[], b: readonly string[], maxEditLength: number): Op[] | undefined {
  const changes = diffArrays(a as string[], b as string[], { maxEditLength });
  return changes?.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', count: c.count }));
}

const replaced = (a: number, b: number): Op[] => [{ kind: 'removed' as const, count: a }, { kind: 'added' as const, count: b }].filter((op) => op.count > 0);

/** Units grouped by the line they start on. */
function linesOf(units: readonly Unit[]): Unit[][] {
  const lines: Unit[][] = [];
  units.forEach((u, k) => {
    if (k === 0 || u.space.includes('\n')) lines.push([u]);
    else lines[lines.length - 1].push(u);
  });
  return lines;
}

function alignMiddle(a: readonly Unit[], b: readonly Unit[], byLines: boolean): Op[] {
  if (a.length === 0 || b.length === 0) return replaced(a.length, b.length);
  const words = align(a.map((u) => u.token), b.map((u) => u.token), Math.ceil(ALIGNMENT_BUDGET / (a.length + b.length)));
  if (words) return words;
  if (!byLines) return replaced(a.length, b.length);
  const la = linesOf(a);
  const lb = linesOf(b);
  const key = (line: Unit[]) => line.map((u) => u.token).join(' ');
  const lineOps = align(la.map(key), lb.map(key), Math.ceil(ALIGNMENT_BUDGET / (la.length + lb.length)));
  if (!lineOps) return replaced(a.length, b.length);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  let runA: Unit[] = [];
  let runB: Unit[] = [];
  const flush = () => {
    // A run as long as the whole has already failed word by word above.
    const whole = runA.length === a.length && runB.length === b.length;
    ops.push(...(whole ? replaced(runA.length, runB.length) : alignMiddle(runA, runB, false)));
    runA = [];
    runB = [];
  };
  for (const op of lineOps) {
    for (let k = 0; k < op.count; k++) {
      if (op.kind === 'removed') runA.push(...la[i++]);
      else if (op.kind === 'added') runB.push(...lb[j++]);
      else {
        flush();
        ops.push({ kind: 'same', count: la[i++].length });
        j++;
      }
    }
  }
  flush();
  return ops;
}

/** Aligns two unit lists: the common beginning and end directly, the rest within ALIGNMENT_BUDGET. */
function alignUnits(a: readonly Unit[], b: readonly Unit[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start].token === b[start].token) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end].token === b[b.length - 1 - end].token) end++;
  const middle = alignMiddle(a.slice(start, a.length - end), b.slice(start, b.length - end), true);
  return [{ kind: 'same' as const, count: start }, ...middle, { kind: 'same' as const, count: end }].filter((op) => op.count > 0);
}

function pushSegment(segments: DiffSegment[], kind: DiffSegment['kind'], text: string, oldText = text): void {
  if (text === '' && oldText === '') return;
  const last = segments.at(-1);
  if (last && last.kind === kind) {
    if (kind === 'same') {
      const merged = (last.oldText ?? last.text) + oldText;
      last.text += text;
      if (merged !== last.text) last.oldText = merged;
      else delete last.oldText;
    } else last.text += text;
    return;
  }
  segments.push(kind === 'same' && oldText !== text ? { kind, text, oldText } : { kind, text });
}

/** Each run of changes as one removed and one added segment, in that order. */
function regroup(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    pushSegment(out, 'removed', removed);
    pushSegment(out, 'added', added);
    removed = added = '';
  };
  for (const s of segments) {
    if (s.kind === 'removed') removed += s.text;
    else if (s.kind === 'added') added += s.text;
    else {
      flush();
      pushSegment(out, 'same', s.text, s.oldText ?? s.text);
    }
  }
  flush();
  return out;
}

/** Common pieces of at most this many words and signs may be folded into the changes around them. */
const SHORT_COMMON_TOKENS = 3;

/**
 * Turns short common pieces between two changes ("og", ", at") into part of the change, so a
 * rewritten sentence reads as old sentence, new sentence instead of confetti. The rule is
 * diff-match-patch's semantic cleanup (a common piece goes when it is no longer than the larger
 * side of the change before it and of the change after it), limited to pieces of at most
 * SHORT_COMMON_TOKENS tokens so that a shared sentence between two rewritten ones stays visible.
 * Folding lengthens a change, which can make an earlier piece eligible: repeat until stable.
 */
function absorbShortEqualities(segments: readonly DiffSegment[]): DiffSegment[] {
  let current = regroup(segments);
  for (let folded = true; folded; ) {
    folded = false;
    const out: DiffSegment[] = [];
    let runRemoved = 0;
    let runAdded = 0;
    current.forEach((s, k) => {
      if (s.kind !== 'same') {
        if (s.kind === 'removed') runRemoved += s.text.length;
        else runAdded += s.text.length;
        out.push(s);
        return;
      }
      const after = current.slice(k + 1, k + 3).filter((n) => n.kind !== 'same');
      const afterLength = Math.max(0, ...after.map((n) => n.text.length));
      const between = k > 0 && k < current.length - 1;
      if (between && tokensOf(s.text).length <= SHORT_COMMON_TOKENS && s.text.length <= Math.max(runRemoved, runAdded) && s.text.length <= afterLength) {
        out.push({ kind: 'removed', text: s.oldText ?? s.text }, { kind: 'added', text: s.text });
        runRemoved += (s.oldText ?? s.text).length;
        runAdded += s.text.length;
        folded = true;
        return;
      }
      out.push(s);
      runRemoved = runAdded = 0;
    });
    current = regroup(out);
  }
  return current;
}

/**
 * A word-level diff of two Markdown texts. Whitespace that differs only in kind or amount (a
 * reflowed line, table padding) is not a change: the "same" segment carries the newer text and,
 * in `oldText`, the older. Joining "same" texts and "added" texts gives `newText` exactly;
 * joining "same" `oldText ?? text` and "removed" texts gives `oldText` exactly. There are added or
 * removed segments exactly when the texts differ after normalizeWhitespace.
 */
export function wordDiff(oldText: string, newText: string): DiffSegment[] {
  const a = toUnits(oldText);
  const b = toUnits(newText);
  const segments: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  for (const op of alignUnits(a.units, b.units)) {
    for (let k = 0; k < op.count; k++) {
      if (op.kind === 'removed') {
        pushSegment(segments, 'removed', a.units[i].space + a.units[i].token);
        i++;
      } else if (op.kind === 'added') {
        pushSegment(segments, 'added', b.units[j].space + b.units[j].token);
        j++;
      } else {
        const before = a.units[i];
        const after = b.units[j];
        // Leading whitespace never counts; elsewhere, space against no space is a change ("a,b" to "a, b").
        const spaceAlike = (i === 0 && j === 0) || (before.space === '') === (after.space === '');
        if (spaceAlike) pushSegment(segments, 'same', after.space + after.token, before.space + before.token);
        else {
          pushSegment(segments, 'removed', before.space);
          pushSegment(segments, 'added', after.space);
          pushSegment(segments, 'same', after.token);
        }
        i++;
        j++;
      }
    }
  }
  pushSegment(segments, 'same', b.trailing, a.trailing);
  return absorbShortEqualities(segments);
}

// ---------------------------------------------------------------------------------------------
// Similarity

/** An upper bound of the similarity from the shared tokens regardless of order: cheap, to skip hopeless pairs. */
function bagSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * The similarity of two token lists when it is at least `threshold`, else undefined. The work is
 * bounded by the threshold: similarity s allows (1 - s) × (tokens in both) insertions and deletions.
 */
function similarityAtLeast(a: readonly string[], b: readonly string[], threshold: number): number | undefined {
  const size = a.length + b.length;
  if (size === 0) return 1;
  if (bagSimilarity(a, b) < threshold) return undefined;
  const ops = align(a, b, Math.floor((1 - threshold) * size + 1e-9));
  if (!ops) return undefined;
  const similarity = (2 * ops.reduce((n, op) => (op.kind === 'same' ? n + op.count : n), 0)) / size;
  return similarity >= threshold ? similarity : undefined;
}

/**
 * How alike two texts are, 0 to 1: twice the number of words and signs they share in order,
 * divided by the number of words and signs in both (Dice coefficient over the longest common
 * subsequence of tokens). Whitespace does not count. Exact, so its cost grows with length times
 * difference; the pairing of sections uses bounded checks instead.
 */
export function textSimilarity(a: string, b: string): number {
  return similarityAtLeast(tokensOf(a), tokensOf(b), 0) ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Sections

interface SideSection {
  id: string;
  title: string;
  anchor: string;
  reader: ReaderText;
  text: string;
  normalized: string;
  /** The link addresses in order, to see a changed link behind unchanged words. */
  links: string;
  tokens: string[];
  position: number;
  changes: readonly SectionChange[];
}

/**
 * A site compares each version with several others, so each version's sections are prepared once
 * and kept for reuse, by the version object (never changed by its users).
 */
const sidesCache = new WeakMap<ExtractedVersion, SideSection[]>();

const linksOf = (reader: ReaderText) => reader.marks.filter((m) => m.href !== undefined).map((m) => `${reader.text.slice(m.start, m.end)}\u0000${m.href}`).join('\u0001');

function sidesOf(version: ExtractedVersion): SideSection[] {
  const cached = sidesCache.get(version);
  if (cached) return cached;
  const sides = version.sections.map((s, position) => ({
    id: s.id,
    title: s.title,
    anchor: s.anchor,
    reader: s.text,
    text: s.text.text,
    normalized: normalizeWhitespace(s.text.text),
    links: linksOf(s.text),
    tokens: tokensOf(s.text.text),
    position,
    changes: s.changes,
  }));
  sidesCache.set(version, sides);
  return sides;
}

/**
 * The indexes of the longest run of `sequence` that is in increasing order: the longest common
 * subsequence of the sequence and itself sorted (positions are distinct).
 */
function longestIncreasing(sequence: readonly number[]): Set<number> {
  const kept = new Set<number>();
  let index = 0;
  for (const change of diffArrays([...sequence], [...sequence].sort((x, y) => x - y))) {
    if (change.added) continue;
    if (!change.removed) for (let k = 0; k < change.count; k++) kept.add(index + k);
    index += change.count;
  }
  return kept;
}

interface Pair {
  older: SideSection;
  newer: SideSection;
  similarity?: number;
}

/** Pairs the sections of two versions: by id, corrected for renumbering (see the file comment). */
function pairSections(olds: SideSection[], news: SideSection[]): Pair[] {
  const cache = new Map<string, number | undefined>();
  const short = (o: SideSection, n: SideSection) => o.tokens.length < MIN_TOKENS_TO_COMPARE || n.tokens.length < MIN_TOKENS_TO_COMPARE;
  const sameTitle = (o: SideSection, n: SideSection) => normalizeWhitespace(o.title) === normalizeWhitespace(n.title);
  /** The similarity of a near-identical pair, else undefined. Short texts must match exactly, title included. */
  const strong = (o: SideSection, n: SideSection): number | undefined => {
    if (short(o, n)) return sameTitle(o, n) && o.normalized === n.normalized ? 1 : undefined;
    const key = `${o.position}:${n.position}`;
    if (!cache.has(key)) cache.set(key, o.normalized === n.normalized ? 1 : similarityAtLeast(o.tokens, n.tokens, RENUMBER_SIMILARITY));
    return cache.get(key);
  };
  /** Different titles and little text in common: not the same section, whatever the ids say. */
  const unrelated = (o: SideSection, n: SideSection) =>
    !sameTitle(o, n) && strong(o, n) === undefined && (short(o, n) || similarityAtLeast(o.tokens, n.tokens, UNRELATED_SIMILARITY) === undefined);

  const newById = new Map(news.map((n) => [n.id, n]));
  const idPairs: Pair[] = olds.flatMap((o) => {
    const n = newById.get(o.id);
    return n ? [{ older: o, newer: n }] : [];
  });
  const fixed = idPairs.filter((p) => strong(p.older, p.newer) !== undefined);
  const fixedOld = new Set(fixed.map((p) => p.older));
  const fixedNew = new Set(fixed.map((p) => p.newer));
  const openOld = olds.filter((o) => !fixedOld.has(o));
  const openNew = news.filter((n) => !fixedNew.has(n));

  const hasBetterPartner = (p: Pair) =>
    openNew.some((n) => n !== p.newer && strong(p.older, n) !== undefined) || openOld.some((o) => o !== p.older && strong(o, p.newer) !== undefined);
  // Cheapest test first; the similarity below UNRELATED_SIMILARITY is the costly one.
  const broken = idPairs.filter((p) => !fixedOld.has(p.older) && !sameTitle(p.older, p.newer) && hasBetterPartner(p) && unrelated(p.older, p.newer));
  const brokenOld = new Set(broken.map((p) => p.older));
  const kept = idPairs.filter((p) => !brokenOld.has(p.older));
  const keptOld = new Set(kept.map((p) => p.older));
  const keptNew = new Set(kept.map((p) => p.newer));
  const poolOld = olds.filter((o) => !keptOld.has(o));
  const poolNew = news.filter((n) => !keptNew.has(n));

  const candidates = poolOld
    .flatMap((o) => poolNew.flatMap((n) => {
      const score = strong(o, n);
      return score === undefined ? [] : [{ older: o, newer: n, similarity: score }];
    }))
    .sort((x, y) => y.similarity - x.similarity || x.older.position - y.older.position || x.newer.position - y.newer.position);
  const taken = new Set<SideSection>();
  const renumbered: Pair[] = [];
  for (const c of candidates) {
    if (taken.has(c.older) || taken.has(c.newer)) continue;
    taken.add(c.older).add(c.newer);
    renumbered.push(c);
  }
  // A split id pair whose sections found no better partner is an id pair after all.
  const restored = broken.filter((p) => !taken.has(p.older) && !taken.has(p.newer));
  return [...kept, ...restored, ...renumbered];
}

function entryForPair(pair: Pair, moved: boolean): SectionDiff {
  const { older: o, newer: n } = pair;
  const textChanged = o.normalized !== n.normalized;
  const linksChanged = !textChanged && o.links !== n.links;
  const titleChanged = normalizeWhitespace(o.title) !== normalizeWhitespace(n.title);
  const renumbered = o.id !== n.id;
  const status: SectionStatus = textChanged || titleChanged || linksChanged ? 'changed' : renumbered ? 'renumbered' : moved ? 'moved' : 'unchanged';
  return {
    status,
    id: n.id,
    oldId: o.id,
    newId: n.id,
    anchor: n.anchor,
    oldTitle: o.title,
    newTitle: n.title,
    oldPosition: o.position,
    newPosition: n.position,
    oldText: o.text,
    newText: n.text,
    oldReader: o.reader,
    newReader: n.reader,
    moved,
    renumbered,
    titleChanged,
    textChanged,
    linksChanged,
    ...(renumbered ? { similarity: pair.similarity ?? textSimilarity(o.text, n.text) } : {}),
    ...(textChanged ? { segments: wordDiff(o.text, n.text) } : {}),
    changes: [...n.changes],
  };
}

function introDiff(oldReader: ReaderText, newReader: ReaderText): IntroDiff | undefined {
  const oldText = oldReader.text;
  const newText = newReader.text;
  const base = { oldText, newText, oldReader, newReader };
  if (oldText === '' && newText === '') return undefined;
  if (oldText === '') return { status: 'added', ...base };
  if (newText === '') return { status: 'removed', ...base };
  if (normalizeWhitespace(oldText) === normalizeWhitespace(newText) && linksOf(oldReader) === linksOf(newReader)) return { status: 'unchanged', ...base };
  return { status: 'changed', ...base, segments: wordDiff(oldText, newText) };
}

/** Compares two extracted versions of a standard section by section (see SectionDiff for the statuses). */
export function compareVersions(older: ExtractedVersion, newer: ExtractedVersion): VersionDiff {
  const a = { sections: sidesOf(older), intro: older.intro };
  const b = { sections: sidesOf(newer), intro: newer.intro };
  const pairs = pairSections(a.sections, b.sections);

  // Moved: not in the longest run of paired sections that keeps its order in both versions.
  const inNewOrder = [...pairs].sort((x, y) => x.newer.position - y.newer.position);
  const inOrder = longestIncreasing(inNewOrder.map((p) => p.older.position));
  const pairByNew = new Map(inNewOrder.map((p, k) => [p.newer, { pair: p, moved: !inOrder.has(k) }]));

  const sections: SectionDiff[] = b.sections.map((n) => {
    const paired = pairByNew.get(n);
    if (paired) return entryForPair(paired.pair, paired.moved);
    return {
      status: 'added',
      id: n.id,
      newId: n.id,
      anchor: n.anchor,
      newTitle: n.title,
      newPosition: n.position,
      newText: n.text,
      newReader: n.reader,
      moved: false,
      renumbered: false,
      titleChanged: false,
      textChanged: false,
      linksChanged: false,
      changes: [...n.changes],
    };
  });
  const pairedOld = new Set(pairs.map((p) => p.older));
  for (const o of a.sections) {
    if (pairedOld.has(o)) continue;
    const after = sections.findIndex((s) => s.oldPosition === o.position - 1);
    sections.splice(after + 1, 0, {
      status: 'removed',
      id: o.id,
      oldId: o.id,
      anchor: o.anchor,
      oldTitle: o.title,
      oldPosition: o.position,
      oldText: o.text,
      oldReader: o.reader,
      moved: false,
      renumbered: false,
      titleChanged: false,
      textChanged: false,
      linksChanged: false,
      changes: [],
    });
  }

  const summary = Object.fromEntries(sectionStatuses.map((s) => [s, 0])) as Record<SectionStatus, number>;
  for (const s of sections) summary[s.status]++;
  const intro = introDiff(a.intro, b.intro);
  return { older: older.version, newer: newer.version, ...(intro ? { intro } : {}), sections, summary };
}
