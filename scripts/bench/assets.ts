/**
 * What a built page makes the browser load: its stylesheets, its module scripts with everything
 * they import statically, its inline scripts and styles, and the scripts it imports only on demand
 * (the search page loads Pagefind when the reader searches). Pure over the HTML and a file reader.
 */
import { parse } from 'node-html-parser';

export interface PageAssets {
  /** Site paths of linked stylesheets, such as "/_astro/BaseLayout.css". */
  stylesheets: string[];
  /** Site paths of the module scripts loaded up front, including static imports. */
  scripts: string[];
  /** Site paths of scripts imported with import(...), and what they import statically. */
  onDemandScripts: string[];
  /** Text of inline <script> elements that run (data blocks such as type="application/json" excluded). */
  inlineScripts: string[];
  /** Text of inline <style> elements. */
  inlineStyles: string[];
}

/** Script types a browser runs; any other type (application/json, ld+json) is data. */
const isExecutable = (type: string | undefined) => type === undefined || type === '' || type === 'module' || /javascript|ecmascript/i.test(type);

/** Local import specifiers of one script: static "import ... from" / "import '...'" and dynamic import(...). */
export function importsOf(code: string): { staticImports: string[]; dynamicImports: string[] } {
  const staticImports = [...code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{0,2}\/[^"']+)["']/g)].map((m) => m[1]);
  const dynamicImports = [...code.matchAll(/\bimport\(\s*["'`](\.{0,2}\/[^"'`$]+)["'`]\s*\)/g)].map((m) => m[1]);
  return { staticImports, dynamicImports };
}

const resolveFrom = (from: string, specifier: string) => new URL(specifier, `http://site${from}`).pathname;

/**
 * The assets of a page at `pagePath`. `read` returns a file's text by site path, or undefined when
 * it does not exist (then it is left out: the link checker reports missing files, not this).
 */
export function pageAssets(html: string, pagePath: string, read: (sitePath: string) => string | undefined): PageAssets {
  const root = parse(html);
  const stylesheets = root
    .querySelectorAll('link[rel~="stylesheet"][href]')
    .map((l) => resolveFrom(pagePath, l.getAttribute('href')!))
    .filter((href) => read(href) !== undefined);
  const inlineStyles = root.querySelectorAll('style').map((s) => s.text);
  const scripts = new Set<string>();
  const onDemand = new Set<string>();
  const visit = (path: string, into: Set<string>) => {
    if (scripts.has(path) || into.has(path)) return;
    const code = read(path);
    if (code === undefined) return;
    into.add(path);
    const { staticImports, dynamicImports } = importsOf(code);
    for (const s of staticImports) visit(resolveFrom(path, s), into);
    for (const d of dynamicImports) visit(resolveFrom(path, d), onDemand);
  };
  const inlineScripts: string[] = [];
  for (const script of root.querySelectorAll('script')) {
    if (!isExecutable(script.getAttribute('type'))) continue;
    const src = script.getAttribute('src');
    if (src !== undefined) {
      if (src.startsWith('/') || src.startsWith('.')) visit(resolveFrom(pagePath, src), scripts);
      continue;
    }
    inlineScripts.push(script.text);
    const { staticImports, dynamicImports } = importsOf(script.text);
    for (const s of staticImports) visit(resolveFrom(pagePath, s), scripts);
    for (const d of dynamicImports) visit(resolveFrom(pagePath, d), onDemand);
  }
  return { stylesheets, scripts: [...scripts], onDemandScripts: [...onDemand].filter((p) => !scripts.has(p)), inlineScripts, inlineStyles };
}
