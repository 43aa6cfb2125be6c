/**
 * Byte budgets from the design notes, on the real build: HTML per content page at most 15 KB
 * gzipped, all CSS at most 30 KB gzipped, and at most 10 KB of gzipped JavaScript per island page.
 * And no page's size grows with the number of pages: what every page repeats around its own content
 * (head, header, breadcrumbs, footer) is small and the same on every page, so it lists no other pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtFiles, builtPages, distDir, isIslandPage } from '../../scripts/browser/dist.ts';

const KB = 1024;
const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const pages = builtPages();

/** The JavaScript a page loads up front: its module scripts and everything they import statically. */
function scriptBytes(html: string): number {
  const seen = new Set<string>();
  const visit = (src: string) => {
    if (seen.has(src) || !src.startsWith('/')) return;
    seen.add(src);
    const code = readFileSync(join(distDir, src), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) visit(new URL(m[1], `http://x${src}`).pathname);
  };
  const root = parse(html);
  for (const s of root.querySelectorAll('script[src]')) visit(s.getAttribute('src')!);
  let inline = 0;
  for (const s of root.querySelectorAll('script:not([src])')) inline += gzipped(s.text);
  return [...seen].reduce((sum, src) => sum + gzipped(readFileSync(join(distDir, src))), inline);
}

/** A page without its own content: the head without title, description and address; header; footer. */
function frame(html: string): string {
  return html
    .replace(/<main[\s\S]*<\/main>/, '')
    .replace(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/, '')
    .replace(/<title>[\s\S]*?<\/title>|<meta name="(?:description|robots)"[^>]*>|<link rel="canonical"[^>]*>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '');
}

describe('byte budgets', () => {
  it('every page repeats the same small frame around its content, whatever the size of the site', () => {
    const sizes = pages.map((page) => ({ path: page.path, bytes: frame(page.html).length, gz: gzipped(frame(page.html)) }));
    const smallest = Math.min(...sizes.map((s) => s.bytes));
    // The frame differs only by which menu item is marked current and by island pages' own styles.
    for (const s of sizes) {
      expect(s.bytes - smallest, s.path).toBeLessThanOrEqual(256);
      expect(s.gz, s.path).toBeLessThanOrEqual(3 * KB);
    }
  });

  it('breadcrumbs grow with a page\'s depth only', () => {
    for (const page of pages) {
      const crumbs = parse(page.html).querySelectorAll('.breadcrumbs__list-item');
      expect(crumbs.length, page.path).toBeLessThanOrEqual(page.path.split('/').filter(Boolean).length + 1);
    }
  });

  it.each(pages.filter((p) => !isIslandPage(p.path)).map((p) => [p.path, p] as const))('%s: HTML at most 15 KB gzipped', (_, page) => {
    expect(gzipped(page.html)).toBeLessThanOrEqual(15 * KB);
  });

  it('all CSS together at most 30 KB gzipped', () => {
    const total = builtFiles('css').reduce((sum, file) => sum + gzipped(readFileSync(join(distDir, file))), 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(30 * KB);
  });

  it.each(pages.filter((p) => isIslandPage(p.path)).map((p) => [p.path, p] as const))('%s: JavaScript at most 10 KB gzipped', (_, page) => {
    expect(scriptBytes(page.html)).toBeLessThanOrEqual(10 * KB);
  });
});
