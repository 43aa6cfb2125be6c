/**
 * The one YAML reader: the content check, the build's collections (src/integrations/content-loader.ts),
 * the importer and the scaffolding commands all read YAML with it, so what the check accepts is
 * exactly what the site publishes.
 *
 * YAML 1.2 core schema: a date stays the text written (so "2024-02-30" is reported, not rolled
 * over), and "<<" is an ordinary key. Anchors and aliases (&name, *name) are refused: content
 * never needs them, and an alias repeated many times multiplies a small file into a huge page.
 * Most texts are read by the quicker yaml-fast.ts, which gives the same data or leaves the text to
 * the `yaml` library.
 */
import { createHash } from 'node:crypto';
import { isAlias, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { ContentProblem } from './content-errors.ts';
import { fastYamlData } from './yaml-fast.ts';

export interface YamlResult {
  data?: unknown;
  problem?: ContentProblem;
}

const lineAndColumn = (counter: LineCounter, offset: number, lineOffset: number) => {
  const { line, col } = counter.linePos(offset);
  return ` (linje ${line + lineOffset}, kolonne ${col})`;
};

/** What usually goes wrong on a line, in Danish: the YAML library's own messages are English. */
const generalReason = 'linjen følger ikke reglerne for YAML. Tjek indrykningen, kolonerne og anførselstegnene';

/** A YAML error explained to an editor, from its code and the library's message. */
function yamlReason(code: YAMLError['code'], message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'et felt står to gange';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'der står et kolon og et mellemrum inde i en værdi, eller linjen er rykket for langt ind. Står der et kolon i teksten, så sæt teksten i anførselstegn, fx title: "Bilag 1: Høringsnotat"';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'linjen er ikke et felt. Skriv felter som "navn: værdi", og ryk en tekst, der fortsætter på næste linje, ind under feltet';
    case 'TAB_AS_INDENT':
      return 'linjen er rykket ind med tabulator. Ryk ind med mellemrum';
    case 'BAD_INDENT':
      if (message.startsWith('Flow sequence')) return 'en liste, der begynder med [, bliver ikke lukket med ]';
      if (message.startsWith('Flow map')) return 'en gruppe, der begynder med {, bliver ikke lukket med }';
      if (message.startsWith('All sequence items')) return 'punkterne i en liste (linjerne, der begynder med -) skal være rykket lige langt ind';
      return 'indrykningen passer ikke. Felter i samme gruppe skal være rykket lige langt ind med mellemrum';
    case 'MISSING_CHAR':
      if (message.includes('closing "quote')) return 'et anførselstegn (") bliver aldrig lukket';
      if (message.includes("closing 'quote")) return "en apostrof (') bliver aldrig lukket";
      if (/^Missing , /.test(message)) return 'der mangler et komma mellem punkterne';
      return generalReason;
    case 'BAD_SCALAR_START': {
      const character = /character (\S+)$/.exec(message)?.[1];
      return `en værdi må ikke begynde med ${character ? `tegnet ${character}` : 'det tegn'}. Sæt værdien i anførselstegn`;
    }
    case 'BAD_DQ_ESCAPE':
      return 'i en tekst i anførselstegn betyder \\ noget særligt. Skriv \\\\ for at få én \\, eller sæt teksten i apostroffer (\'…\') i stedet';
    case 'MULTIPLE_DOCS':
      return 'filen har en linje med "---" eller "..." inde i felterne. Slet linjen: en fil har kun ét sæt felter';
    case 'UNEXPECTED_TOKEN': {
      if (/^Unexpected , /.test(message)) return 'der står et komma for meget';
      if (message.startsWith('Block scalar header')) return 'efter | eller > må der ikke stå mere på linjen';
      const character = /: "(.+)"$/.exec(message)?.[1];
      return character ? `der står "${character}" et sted, hvor YAML ikke venter det` : generalReason;
    }
    default:
      return generalReason;
  }
}

/** The first alias or anchor in a document, as its offset in the text. */
function firstAliasOrAnchor(document: Document): { offset: number; kind: 'alias' | 'anchor'; name: string } | undefined {
  let found: { offset: number; kind: 'alias' | 'anchor'; name: string } | undefined;
  visit(document, (_, node) => {
    if (isAlias(node)) found = { offset: node.range?.[0] ?? 0, kind: 'alias', name: node.source };
    else if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string' && node.anchor) {
      found = { offset: (node as { range?: [number] }).range?.[0] ?? 0, kind: 'anchor', name: node.anchor };
    }
    return found ? visit.BREAK : undefined;
  });
  return found;
}

/**
 * Parses YAML text; a syntax error, a field written twice or an alias becomes a problem with its
 * line and column. `lineOffset` is added to line numbers (1 for MDX frontmatter after its "---").
 */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlResult {
  return fastYamlData(text) ?? parseYamlWithPositions(text, file, lineOffset);
}

/** parseYaml with the `yaml` library alone, which knows where each part of the text is. */
export function parseYamlWithPositions(text: string, file: string, lineOffset = 0): YamlResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter, merge: false });
  const [error] = document.errors;
  if (error) {
    const where = lineAndColumn(lineCounter, error.pos[0], lineOffset);
    const reason = yamlReason(error.code, error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
    return { problem: { file, field: '', message: `kan ikke læses som YAML${where}: ${reason}` } };
  }
  const reference = firstAliasOrAnchor(document);
  if (reference) {
    const written = reference.kind === 'alias' ? `*${reference.name}` : `&${reference.name}`;
    return {
      problem: {
        file,
        field: '',
        message: `kan ikke læses som YAML${lineAndColumn(lineCounter, reference.offset, lineOffset)}: "${written}" er ${reference.kind === 'alias' ? 'et YAML-alias' : 'et YAML-anker'}, og indholdsfiler kan ikke bruge ankre og aliasser. Skriv værdien helt ud`,
      },
    };
  }
  return { data: document.toJS() ?? null };
}

/**
 * parseYaml, remembered by text: `astro build` runs the content check and then loads the
 * collections, and both read every file; the second reading costs nothing. A build also keeps
 * what it read for the next one (yaml-cache.ts), so a rebuild parses only the files that changed.
 */
// On globalThis: Astro loads the integrations and the collections' loader as separate module instances.
const rememberedKey = Symbol.for('rusmiddelguiden.parsedYaml');
const remembered: Map<string, YamlResult> = ((globalThis as Record<symbol, unknown>)[rememberedKey] ??= new Map()) as Map<string, YamlResult>;
const usedKey = Symbol.for('rusmiddelguiden.usedYaml');
const used: Set<string> = ((globalThis as Record<symbol, unknown>)[usedKey] ??= new Set()) as Set<string>;
const maxRemembered = 20_000;

/** The key a text is remembered by: a digest, so a kept reading can be stored without its text. */
export const yamlKey = (text: string, lineOffset: number) => createHash('sha256').update(`${lineOffset}\u0000${text}`).digest('base64url');

export function parseYamlOnce(text: string, file: string, lineOffset = 0): YamlResult {
  const key = yamlKey(text, lineOffset);
  used.add(key);
  const known = remembered.get(key);
  if (known) return known;
  const result = parseYaml(text, file, lineOffset);
  // Only data is remembered: a problem names the file, and is read again to name the right one.
  if (result.problem) return result;
  if (remembered.size >= maxRemembered) remembered.clear();
  remembered.set(key, result);
  return result;
}

/** Every reading remembered in this process, by key. */
export const rememberedReadings = (): ReadonlyMap<string, YamlResult> => remembered;

/** The keys of the texts this process asked for: what a build keeps for the next one. */
export const readingsUsed = (): ReadonlySet<string> => used;

/** Readings kept by an earlier build, remembered as if this process had read them. */
export function rememberReadings(readings: Iterable<[string, unknown]>): void {
  for (const [key, data] of readings) if (remembered.size < maxRemembered) remembered.set(key, { data });
}
