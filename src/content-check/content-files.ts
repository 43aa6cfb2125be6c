/**
 * Reads the files under content/ the way the site's collections do, without Astro, so that the
 * content check, the tests and the importers see exactly what the build will see.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describePath, type ContentProblem } from './content-errors.ts';
import { decodeContentFile, invisibleCharactersIn, lineOfInvisible, invisibleCharacter } from './text-file.ts';
import { mdxSafetyProblems } from './mdx-safety.ts';
import { useKeptMdxParts } from './mdx-cache.ts';
import { parseYamlOnce } from './yaml-reader.ts';
import { mdxParts } from '../domain/site/mdx-tree.ts';
import { collectionDefinitions, collectionNames, entryIdFromPath, type CollectionName } from '../schemas/index.ts';
import { idPattern } from '../schemas/ids.ts';

export interface ContentFile {
  collection: CollectionName;
  /** The entry id, as the site uses it: the path under the collection folder without extension. */
  id: string;
  /** Path from the project root, for messages. */
  file: string;
  /** The YAML data or the MDX frontmatter. */
  data: unknown;
  /** The MDX body; empty for YAML. */
  body: string;
}

/** What the MDX reader's (English) message means, in Danish; a message not known here gets a general explanation. */
function mdxReason(message: string): string {
  const tag = (name: string) => (name.startsWith('<') ? name : `<${name}>`);
  let m: RegExpExecArray | null;
  if (/^Unexpected end of file in expression/.test(message)) return 'en { bliver aldrig lukket med }';
  if (/^Could not parse expression/.test(message)) return 'teksten mellem { og } kan ikke læses';
  if ((m = /^Expected a closing tag for `(<[^`]+>)`/.exec(message))) return `${m[1]} bliver aldrig lukket. Slut elementet med />, fx <br />`;
  if ((m = /^Unexpected closing tag `(<\/[^`]+>)`, expected corresponding closing tag for `(<[^`]+>)`/.exec(message))) return `${m[1]} passer ikke til ${m[2]}`;
  if ((m = /^Unexpected closing tag `(<\/[^`]+>)`/.exec(message))) return `${tag(m[1])} lukker noget, der aldrig er åbnet`;
  if (/to create a comment in MDX/.test(message)) return 'en kommentar skrives som {/* … */} i MDX, ikke som <!-- … -->';
  if (/^Unexpected character after `<`/.test(message) || /before name/.test(message)) return 'efter et < venter MDX et element som <br />';
  return 'teksten følger ikke reglerne for MDX';
}

/** Parses an MDX body; a syntax error becomes a problem with its line in the whole file. */
export function checkMdxBody(body: string, file: string, bodyStartLine: number): ContentProblem | undefined {
  try {
    // mdxParts remembers what it read, so the safety check after this one does not parse the body again;
    // a body an earlier build read from the same text is not parsed at all (mdx-cache.ts).
    useKeptMdxParts(body);
    mdxParts(body);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
    const where = match ? ` (linje ${Number(match[1]) + bodyStartLine - 1}, kolonne ${match[2]})` : '';
    const reason = mdxReason((match ? match[3] : message).replace(/\s*\([a-z-]+:[a-z-]+\)$/, ''));
    return {
      file,
      field: '',
      message: `har tekst, der ikke kan læses som MDX${where}: ${reason}. I MDX skriver du et < som &lt; og en { som \\{`,
    };
  }
}

/**
 * Everything wrong with an MDX body: MDX it cannot be read as, then what it may not contain
 * (code, HTML, components and addresses outside the allowlist: mdx-safety.ts) and invisible characters.
 */
export function mdxBodyProblems(body: string, file: string, bodyStartLine: number): ContentProblem[] {
  const syntax = checkMdxBody(body, file, bodyStartLine);
  const problems = syntax ? [syntax] : mdxSafetyProblems(body, file, bodyStartLine);
  const invisibleLine = lineOfInvisible(body);
  if (invisibleLine !== undefined) {
    problems.push({ file, field: '', message: `har et usynligt tegn i teksten på linje ${invisibleLine + bodyStartLine - 1}: ${invisibleCharacter(body)}. Slet det (skriv ordene omkring det igen)` });
  }
  return problems;
}

/** Splits an MDX file into its YAML frontmatter (between the first two "---" lines) and its body. */
export function splitFrontmatter(source: string): { frontmatter?: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { body: source };
  return { frontmatter: match[1], body: source.slice(match[0].length) };
}

/** How a file is named in messages: its path from displayRoot (the working directory), such as "content/law/sel-101.yaml". */
function displayPath(contentDir: string, directory: string, relativePath: string, displayRoot = process.cwd()): string {
  return relative(displayRoot, join(resolve(contentDir), directory, relativePath)).split('\\').join('/');
}

export function readContentFile(contentDir: string, collection: CollectionName, relativePath: string, displayRoot?: string): { file?: ContentFile; problems: ContentProblem[] } {
  const { directory, extension } = collectionDefinitions[collection];
  const file = displayPath(contentDir, directory, relativePath, displayRoot);
  const problems: ContentProblem[] = [];
  const segments = entryIdFromPath(relativePath).split('/');
  const badSegment = segments.find((segment) => !idPattern.test(segment));
  if (badSegment !== undefined) {
    problems.push({ file, field: '', message: `har et navn, som ikke kan bruges i en webadresse: navnet må kun have små bogstaver, tal og bindestreger (skriv æ som ae, ø som oe og å som aa); der står "${badSegment}"` });
  }
  const decoded = decodeContentFile(readFileSync(join(contentDir, directory, relativePath)));
  if (decoded.problem !== undefined) return { problems: [...problems, { file, field: '', message: decoded.problem }] };
  const source = decoded.text;
  let data: unknown;
  let body = '';
  if (extension === 'mdx') {
    const split = splitFrontmatter(source);
    if (split.frontmatter === undefined) {
      problems.push({ file, field: '', message: 'har ingen felter i toppen: filen skal begynde med en linje med "---", så felterne og så en linje med "---" igen' });
      return { problems };
    }
    const parsed = parseYamlOnce(split.frontmatter, file, 1);
    if (parsed.problem) return { problems: [...problems, parsed.problem] };
    data = parsed.data;
    body = split.body;
    const bodyStartLine = source.slice(0, source.length - body.length).split('\n').length;
    problems.push(...mdxBodyProblems(body, file, bodyStartLine));
  } else {
    const parsed = parseYamlOnce(source, file);
    if (parsed.problem) return { problems: [...problems, parsed.problem] };
    data = parsed.data;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, field: '', message: 'skal have felter skrevet som "navn: værdi" uden indrykning; der står ingen felter' });
    return { problems };
  }
  for (const [path, found] of invisibleCharactersIn(data)) {
    problems.push({ file, field: describePath(path), message: `har et usynligt tegn: ${found}. Slet det (skriv ordene omkring det igen)` });
  }
  return { file: { collection, id: entryIdFromPath(relativePath), file, data, body }, problems };
}

export type IdsByCollection = Record<CollectionName, Set<string>>;

/**
 * Every file of every collection under contentDir (or of the collections in `only`), and a problem
 * for each file that a collection would silently skip. `foundIds` lists every entry file found,
 * also those that could not be read.
 */
export function readContentFiles(contentDir: string, displayRoot?: string, only: readonly CollectionName[] = collectionNames): { files: ContentFile[]; problems: ContentProblem[]; foundIds: IdsByCollection } {
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  const foundIds = Object.fromEntries(collectionNames.map((name) => [name, new Set<string>()])) as IdsByCollection;
  for (const collection of only) {
    const { directory, extension } = collectionDefinitions[collection];
    const base = join(contentDir, directory);
    for (const path of globSync('**/*', { cwd: base, withFileTypes: true })) {
      if (!path.isFile() || path.name.startsWith('.')) continue;
      const relativePath = relative(base, join(path.parentPath, path.name)).split('\\').join('/');
      if (!relativePath.endsWith(`.${extension}`)) {
        problems.push({ file: displayPath(contentDir, directory, relativePath, displayRoot), field: '', message: `bliver ikke læst af siden: filer i ${directory}/ skal ende på .${extension}` });
        continue;
      }
      foundIds[collection].add(entryIdFromPath(relativePath));
      const result = readContentFile(contentDir, collection, relativePath, displayRoot);
      problems.push(...result.problems);
      if (result.file) files.push(result.file);
    }
  }
  files.sort((a, b) => a.file.localeCompare(b.file));
  return { files, problems, foundIds };
}
