/**
 * MDX as data: a body may hold Markdown, the site's components with fixed values, a line break and
 * comments, and nothing that runs code or loads anything from elsewhere. Checked on the syntax tree
 * (src/domain/site/mdx-tree.ts), so what is refused is what MDX would have compiled. Each problem
 * names the line in the whole file and says what is allowed, in Danish.
 */
import { isCommentOnly, literalStringList, mdxParts, type MdxAttribute, type MdxPart } from '../domain/site/mdx-tree.ts';
import { linkSchemes, mdxComponents, mdxHtmlElements, type MdxPropKind } from '../schemas/mdx.ts';
import { idPattern } from '../schemas/ids.ts';
import { linesMarkdownShowsAsCode } from '../domain/site/mdx-markdown.ts';
import type { ContentProblem } from './content-errors.ts';

const short = (text: string, max = 60) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

const componentExamples: Record<string, string> = {
  Example: '<Example id="solroed-case-management" />',
  TodaysRule: '<TodaysRule laws={["rsl-67"]} />',
};
const allowedComponents = Object.keys(mdxComponents).map((name) => componentExamples[name] ?? `<${name} />`).join(' og ');
const allowedHtml = Object.keys(mdxHtmlElements).map((name) => `<${name} />`).join(', ');

/** How a prop must be written, for the message. */
const propForm: Record<MdxPropKind, (name: string) => string> = {
  id: (name) => `${name}="…" med et id i anførselstegn`,
  'id-list': (name) => `${name}={["…"]} med en liste af id'er i anførselstegn`,
};

function propProblem(component: string, kind: MdxPropKind, attribute: MdxAttribute): string | undefined {
  if (attribute.kind === 'spread') return `{${short(attribute.expression)}} kan ikke bruges i <${component}>: skriv hver egenskab ud`;
  const name = attribute.name;
  if (kind === 'id') {
    if (attribute.kind === 'text' && idPattern.test(attribute.value)) return undefined;
    if (attribute.kind === 'text') return `${name}="${short(attribute.value)}" i <${component}> skal være et id (små bogstaver, tal og bindestreger)`;
  } else {
    const ids = attribute.kind === 'expression' ? literalStringList(attribute.expression) : undefined;
    if (ids !== undefined && ids.length > 0 && ids.every((id) => idPattern.test(id))) return undefined;
  }
  const written = attribute.kind === 'expression' ? `${name}={${short(attribute.expression)}}` : name;
  return `${written} i <${component}> skal have en fast værdi: skriv ${propForm[kind](name)}`;
}

function elementProblems(part: Extract<MdxPart, { kind: 'element' }>): string[] {
  const { name, attributes } = part;
  if (name === '') return ['tomme elementer (<>…</>) er ikke tilladt'];
  if (Object.hasOwn(mdxComponents, name)) {
    const props = mdxComponents[name as keyof typeof mdxComponents] as Record<string, MdxPropKind>;
    const problems: string[] = [];
    for (const attribute of attributes) {
      const propName = attribute.kind === 'spread' ? undefined : attribute.name;
      if (propName !== undefined && !Object.hasOwn(props, propName)) {
        problems.push(`<${name}> har ingen egenskab ${propName}; den har kun ${Object.keys(props).join(', ')}`);
        continue;
      }
      const problem = propProblem(name, propName ? props[propName] : 'id', attribute);
      if (problem) problems.push(problem);
    }
    for (const required of Object.keys(props)) {
      if (!attributes.some((a) => a.kind !== 'spread' && a.name === required)) problems.push(`<${name}> mangler ${propForm[props[required]](required)}`);
    }
    return problems;
  }
  if (/^[a-z]/.test(name) && Object.hasOwn(mdxHtmlElements, name)) {
    const allowed = mdxHtmlElements[name];
    return attributes
      .filter((a) => a.kind === 'spread' || !allowed.includes(a.name))
      .map((a) => `<${name}> må ikke have ${a.kind === 'spread' ? `{${short(a.expression)}}` : `attributten ${a.name}`}`);
  }
  if (/^[a-z]/.test(name)) return [`HTML-elementet <${name}> er ikke tilladt. Tilladt er kun ${allowedHtml}; skriv overskrifter, lister, links og tabeller i Markdown`];
  return [`komponenten <${name}> findes ikke. Tilladt er ${allowedComponents}`];
}

const schemePattern = /^([a-z][a-z0-9+.-]*):/i;

function urlProblem(part: Extract<MdxPart, { kind: 'link' | 'image' | 'definition' }>): string | undefined {
  // Browsers ignore tabs, line breaks and leading spaces in a scheme ("java\nscript:"), so the check does too.
  const url = part.url.replace(/[\u0000-\u0020]/g, '');
  const scheme = schemePattern.exec(url)?.[1]?.toLowerCase();
  if (part.kind === 'image') {
    if (scheme === undefined && !url.startsWith('//')) return undefined;
    return `billedet »${short(part.url)}« hentes fra et andet sted: billeder skal ligge på Rusmiddelguiden og have en adresse, der begynder med /`;
  }
  if (url.startsWith('//')) return `linket »${short(part.url)}« skal begynde med https://`;
  if (scheme === undefined || (linkSchemes as readonly string[]).includes(scheme)) return undefined;
  return `linket »${short(part.url)}« er ikke tilladt: et link skal begynde med ${linkSchemes.map((s) => `${s}:`).join(', ')} eller være en adresse på siden, fx /lovgrundlag/sel-101/`;
}

function partProblems(part: MdxPart): string[] {
  switch (part.kind) {
    case 'esm':
      return [`»${short(part.code)}« er ikke tilladt: en tekst må ikke importere eller eksportere kode. Komponenterne ${allowedComponents} kan bruges uden import`];
    case 'expression':
      return isCommentOnly(part.code)
        ? []
        : [`{${short(part.code)}} er ikke tilladt: krøllede parenteser bruges til kode. Skriv \\{ og \\} for at vise dem, og {/* … */} for en kommentar`];
    case 'element':
      return elementProblems(part);
    default: {
      const problem = urlProblem(part);
      return problem ? [problem] : [];
    }
  }
}

/**
 * Everything in an MDX body that is not allowed, as problems naming the line in the whole file
 * (`bodyStartLine` is the file line the body starts on). The body must already parse as MDX.
 */
export function mdxSafetyProblems(body: string, file: string, bodyStartLine: number): ContentProblem[] {
  const problems = mdxParts(body).flatMap((part) => partProblems(part).map((message) => ({ file, field: '', message: `linje ${part.line + bodyStartLine - 1}: ${message}` })));
  if (problems.length > 0) return problems;
  // The build renders a body as Markdown (src/domain/site/mdx-markdown.ts), where indented text is code.
  return linesMarkdownShowsAsCode(body).map((line) => ({
    file,
    field: '',
    message: `linje ${line + bodyStartLine - 1}: teksten er rykket ind med fire mellemrum eller en tabulator efter en tom linje, og siden ville vise den som kode. Fjern mellemrummene foran teksten (i en liste: ryk den ind som punktets tekst)`,
  }));
}
