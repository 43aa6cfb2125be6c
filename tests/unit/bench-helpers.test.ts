/** The benchmark's pure helpers: random source, corpus plan, figures, log parsing, page assets, portable Markdown. */
import { describe, expect, it } from 'vitest';
import { pageAssets, importsOf } from '../../scripts/bench/assets.ts';
import { corpusPlan } from '../../scripts/bench/corpus-plan.ts';
import { formatBytes, formatDuration, formatRatio, formatTable, median } from '../../scripts/bench/figures.ts';
import { markdownTable, portableMarkdown } from '../../scripts/bench/markdown.ts';
import { astroPagesBuilt, maxRssFromTimeReport, pagefindFromLog, parentPidFromStat, processTree, starlightPagefindFromLog } from '../../scripts/bench/parse.ts';
import { intBetween, pickSome, seededRandom, seedFor, shuffled } from '../../scripts/bench/random.ts';

describe('seeded random source', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 1000 }, () => a());
    expect(first).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(first).size).toBeGreaterThan(990);
    expect(seededRandom(43)()).not.toBe(seededRandom(42)());
  });

  it('derives different streams per key', () => {
    expect(seedFor(1, 'odense')).toBe(seedFor(1, 'odense'));
    expect(seedFor(1, 'odense')).not.toBe(seedFor(1, 'aalborg'));
  });

  it('picks distinct items in their original order, and whole numbers within bounds', () => {
    const random = seededRandom(9);
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (let i = 0; i < 50; i++) {
      const some = pickSome(random, items, 3);
      expect(new Set(some).size).toBe(3);
      expect(some).toEqual([...some].sort((x, y) => items.indexOf(x) - items.indexOf(y)));
      const n = intBetween(random, 10, 15);
      expect(Number.isInteger(n) && n >= 10 && n <= 15).toBe(true);
    }
    expect(pickSome(random, items, 10)).toHaveLength(6);
    expect([...shuffled(random, items)].sort()).toEqual(items);
    expect(() => intBetween(random, 3, 2)).toThrow(/below min/);
  });
});

describe('corpus plan', () => {
  it('uses all 98 municipalities and several versions at 2,000 pages', () => {
    const plan = corpusPlan(2000);
    expect(plan.municipalitiesWithContent).toBe(98);
    expect(plan.versionsPerStandard).toBeGreaterThanOrEqual(3);
    expect(plan.pages).toBeGreaterThanOrEqual(2000);
    expect(plan.pages).toBeLessThan(2000 * 1.1);
  });

  it('never plans fewer pages than asked, and grows with the request', () => {
    let previous = 0;
    for (const pages of [1, 50, 99, 120, 500, 1000, 2000, 4000, 8000]) {
      const plan = corpusPlan(pages);
      expect(plan.pages).toBeGreaterThanOrEqual(pages);
      expect(plan.pages).toBeGreaterThanOrEqual(previous);
      previous = plan.pages;
    }
  });

  it('refuses a page count below 1', () => {
    expect(() => corpusPlan(0)).toThrow(/at least 1/);
    expect(() => corpusPlan(Number.NaN)).toThrow(/at least 1/);
  });
});

describe('figures', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('writes sizes with 1 KB = 1024 bytes, and durations', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(15 * 1024)).toBe('15.0 KB');
    expect(formatBytes(11_190_032)).toBe('10.7 MB');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_440)).toBe('12.4 s');
    expect(formatDuration(77_000)).toBe('1 min 17.0 s');
    expect(formatRatio(28, 122)).toBe('0.23');
    expect(formatRatio(1, 0)).toBe('n/a');
  });

  it('lines a table up, right-aligning columns of figures', () => {
    const table = formatTable(['page', 'HTML'], [['/a/', '4.9 KB'], ['/longer/path/', '12.0 KB']]).split('\n');
    expect(table).toHaveLength(4);
    expect(new Set(table.map((l) => l.length)).size).toBe(1);
    expect(table[1]).toMatch(/-:\s\|$/);
    expect(table[2]).toContain('|  4.9 KB |');
  });
});

describe('build logs', () => {
  const log = [
    '09:42:09 [rusmiddelguiden:pagefind] Indexed 2161 pages for search in 24364 ms.',
    '09:42:09 [build] 2187 page(s) built in 1m 17s',
    '\u001b[34m09:47:41 [starlight:pagefind]\u001b[39m Found 2059 HTML files.',
    '09:47:44 [starlight:pagefind] Finished building search index in 3.21s.',
  ].join('\n');

  it('reads the Pagefind figures and the page count', () => {
    expect(pagefindFromLog(log)).toEqual({ pages: 2161, ms: 24364 });
    expect(starlightPagefindFromLog(log)).toEqual({ pages: 2059, ms: 3210 });
    expect(starlightPagefindFromLog('Finished building search index in 420ms.')).toEqual({ ms: 420 });
    expect(astroPagesBuilt(log)).toBe(2187);
    expect(pagefindFromLog('no such line')).toBeUndefined();
    expect(pagefindFromLog('[rusmiddelguiden:pagefind] Indexed 1500 of 3559 pages for search in 9600 ms.')).toEqual({ pages: 1500, read: 3559, ms: 9600 });
  });

  it('reads GNU time\'s peak memory in bytes', () => {
    expect(maxRssFromTimeReport('\tMaximum resident set size (kbytes): 725440\n')).toBe(725440 * 1024);
    expect(maxRssFromTimeReport('')).toBeUndefined();
  });

  it('reads the parent pid even when the command name holds spaces and parentheses', () => {
    expect(parentPidFromStat('4242 (node (astro) x) S 4100 4242 4100 0 -1')).toBe(4100);
  });

  it('finds every descendant of a process, and nothing else', () => {
    const parents = new Map([[2, 1], [3, 2], [4, 3], [5, 1], [6, 5], [7, 2]]);
    expect(processTree(2, parents).sort()).toEqual([2, 3, 4, 7]);
    expect(processTree(9, parents)).toEqual([9]);
  });
});

describe('page assets', () => {
  const files: Record<string, string> = {
    '/_astro/site.css': 'body{color:red}',
    '/_astro/island.js': 'import{f}from"./format.js";f()',
    '/_astro/format.js': 'export const f=()=>1',
    '/pagefind/pagefind.js': 'import "./pagefind-worker.js";export const search=()=>[]',
    '/pagefind/pagefind-worker.js': 'self.x=1',
  };
  const read = (path: string) => files[path];

  it('follows static imports and leaves data blocks out of the JavaScript', () => {
    const html = '<link rel="stylesheet" href="/_astro/site.css"><script type="application/json" id="d">{"a":1}</script><script type="module" src="/_astro/island.js"></script>';
    const assets = pageAssets(html, '/behandlingsformer/', read);
    expect(assets.stylesheets).toEqual(['/_astro/site.css']);
    expect(assets.scripts.sort()).toEqual(['/_astro/format.js', '/_astro/island.js']);
    expect(assets.inlineScripts).toEqual([]);
    expect(assets.onDemandScripts).toEqual([]);
  });

  it('counts what an inline script imports on demand separately', () => {
    const html = '<script type="module">var a;function o(){return a??=import(`/pagefind/pagefind.js`)}</script>';
    const assets = pageAssets(html, '/soeg/', read);
    expect(assets.scripts).toEqual([]);
    expect(assets.inlineScripts).toHaveLength(1);
    expect(assets.onDemandScripts.sort()).toEqual(['/pagefind/pagefind-worker.js', '/pagefind/pagefind.js']);
  });

  it('finds nothing to load on a page without scripts, and skips files that do not exist', () => {
    const assets = pageAssets('<link rel="stylesheet" href="/missing.css"><p>Hej</p>', '/', read);
    expect(assets).toEqual({ stylesheets: [], scripts: [], onDemandScripts: [], inlineScripts: [], inlineStyles: [] });
    expect(importsOf('import("./a.js");import b from "../b.js";export * from "/c.js"')).toEqual({ staticImports: ['../b.js', '/c.js'], dynamicImports: ['./a.js'] });
  });
});

describe('portable Markdown for the Starlight comparison', () => {
  it('drops heading ids and replaces the site\'s components with text', () => {
    const body = '## 3.4 Frit valg {#afsnit-3-4}\n\nTekst {med} klammer.\n\n<TodaysRule laws={["sel-101-stk-4", "sel-101-stk-5"]} />\n\n<Example id="odense-udredning" />';
    expect(portableMarkdown(body)).toBe('## 3.4 Frit valg\n\nTekst {med} klammer.\n\n> Reglen i dag: sel-101-stk-4, sel-101-stk-5\n\nPraksiseksempel: odense-udredning');
  });

  it('keeps a table one row per line when cells hold pipes or line breaks', () => {
    expect(markdownTable(['a', 'b'], [['x | y', 'line\n\nbreak']])).toBe('| a | b |\n| --- | --- |\n| x \\| y | line break |');
  });
});
