/**
 * Finds every address a built page refers to, and checks internal ones against dist/: the file
 * exists and any #anchor is an id on the target page. Pure over the HTML given, for unit tests too.
 */
import type { HTMLElement } from 'node-html-parser';
import { siteUrl } from '../../src/domain/site/site.ts';

const ownOrigins = [new URL(siteUrl).origin, /* the test server */ 'http://127.0.0.1', 'http://localhost'];

export interface Reference {
  /** The element and attribute, such as "a[href]". */
  via: string;
  value: string;
}

const referenceAttributes: [selector: string, attribute: string][] = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
  ['video', 'src'],
  ['audio', 'src'],
  ['object', 'data'],
  ['embed', 'src'],
];

export function referencesIn(root: HTMLElement): Reference[] {
  const found: Reference[] = [];
  for (const [selector, attribute] of referenceAttributes) {
    for (const element of root.querySelectorAll(`${selector}[${attribute}]`)) {
      found.push({ via: `${selector}[${attribute}]`, value: element.getAttribute(attribute)! });
    }
  }
  for (const element of root.querySelectorAll('[srcset]')) {
    for (const candidate of element.getAttribute('srcset')!.split(',')) found.push({ via: 'srcset', value: candidate.trim().split(/\s+/)[0] });
  }
  for (const element of root.querySelectorAll('[style]')) {
    for (const url of cssUrls(element.getAttribute('style')!)) found.push({ via: 'style', value: url });
  }
  return found;
}

export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g), ...css.matchAll(/@import\s+(['"])([^'"]+)\1/g)].map((m) => m[2]);
}

export function idsIn(root: HTMLElement): Set<string> {
  return new Set([...root.querySelectorAll('[id]').map((e) => e.getAttribute('id')!), ...root.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!)]);
}

/** True for addresses on another origin: absolute http(s) URLs and protocol-relative "//host" URLs. */
export function isOtherOrigin(value: string): boolean {
  if (!/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(value)) return false;
  const origin = new URL(value, siteUrl).origin;
  return !ownOrigins.some((own) => origin === own || origin.startsWith(`${own}:`));
}

/** Addresses that are not requests to a server: mail, phone and in-page data. */
export function isNonRequest(value: string): boolean {
  return /^(?:mailto:|tel:|data:|javascript:)/i.test(value);
}
