/**
 * The Content-Security-Policy (scripts/security-headers/headers.ts) allows no inline code: every built page
 * loads its scripts and styles from files. A data block (<script type="application/json">) is
 * never run, so it needs no permission.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/browser/dist.ts';

const dataTypes = new Set(['application/json', 'application/ld+json']);

describe('no inline code on any page', () => {
  it.each(builtPages().map((p) => [p.path, p] as const))('%s', (_, page) => {
    const root = parse(page.html);
    const inline = [
      ...root.querySelectorAll('script:not([src])').filter((s) => !dataTypes.has(s.getAttribute('type') ?? '')).map((s) => `<script>${s.text.slice(0, 80)}`),
      ...root.querySelectorAll('style').map((s) => `<style>${s.text.slice(0, 80)}`),
      ...root.querySelectorAll('[style]').map((e) => `<${e.tagName.toLowerCase()} style="${e.getAttribute('style')}">`),
      ...root.querySelectorAll('*').flatMap((e) => Object.keys(e.attributes).filter((a) => /^on/i.test(a)).map((a) => `<${e.tagName.toLowerCase()} ${a}>`)),
      ...root.querySelectorAll('[href^="javascript:"]').map((e) => `<${e.tagName.toLowerCase()} href="${e.getAttribute('href')}">`),
    ];
    expect(inline).toEqual([]);
  });
});
