/** The benchmark at scale: versions per standard, the national preset, growth per page, build phases, search transfer sums. */
import { describe, expect, it } from 'vitest';
import { corpusPlan, MUNICIPALITY_COUNT, nationalPlan, planCounts, STANDARDS_PER_MUNICIPALITY } from '../../scripts/bench/corpus-plan.ts';
import { checkVersionCount, defaultYearsApart, FIRST_YEAR, LAST_YEAR, maxVersions, planVersions, versionLabel } from '../../scripts/bench/version-plan.ts';
import { growth } from '../../scripts/bench/growth.ts';
import { buildPhases } from '../../scripts/bench/phases.ts';
import { isCompressedInTransit, pagefindPart, summariseSearches, transferredBytes, type SearchRecord } from '../../scripts/bench/search-transfer.ts';

describe('versions of a generated standard', () => {
  it('labels versions two years apart while they fit since 2007, else a year apart', () => {
    expect(versionLabel(2023)).toBe('2023-24');
    expect(versionLabel(2099)).toBe('2099-00');
    expect(versionLabel(2023, 1)).toBe('2023');
    expect(maxVersions(2)).toBe(10);
    expect(maxVersions(1)).toBe(LAST_YEAR - FIRST_YEAR + 1);
    expect(defaultYearsApart(10)).toBe(2);
    expect(defaultYearsApart(11)).toBe(1);
  });

  it.each([1, 2, 4, 10, 19])('plans %i versions in order, each superseding the one before, the newest in force', (count) => {
    const versions = planVersions(count);
    expect(versions).toHaveLength(count);
    expect(versions.at(-1)!.year).toBe(LAST_YEAR);
    expect(versions[0].year).toBeGreaterThanOrEqual(FIRST_YEAR);
    expect(new Set(versions.map((v) => v.label)).size).toBe(count);
    versions.forEach((v, i) => {
      if (i > 0) {
        expect(v.year).toBeGreaterThan(versions[i - 1].year);
        expect(v.supersedes).toBe(versions[i - 1].label);
      } else expect(v.supersedes).toBeUndefined();
    });
    expect(versions.at(-1)!.status).toBe('vedtaget');
    expect(versions.slice(0, -1).every((v) => v.status === 'historisk' && v.adopted && v.validFrom === `${v.year}-07-01`)).toBe(true);
  });

  it('with the newest in consultation, the one before it is the adopted one, and the newest has no validity date', () => {
    const versions = planVersions(4, { latestInConsultation: true });
    expect(versions.map((v) => v.status)).toEqual(['historisk', 'historisk', 'vedtaget', 'i-hoering']);
    expect(versions[3].adopted).toBe(false);
    expect(versions[3].validFrom).toBeUndefined();
    // A single version cannot be both the only one and out for consultation with no version in force.
    expect(planVersions(1, { latestInConsultation: true })[0].status).toBe('vedtaget');
  });

  it('refuses a version count that is not whole, below 1, or does not fit since 2007', () => {
    expect(() => checkVersionCount(0)).toThrow(/at least 1/);
    expect(() => checkVersionCount(2.5)).toThrow(/whole number/);
    expect(() => checkVersionCount(LAST_YEAR - FIRST_YEAR + 2)).toThrow(/does not fit/);
    expect(() => planVersions(11, { yearsApart: 2 })).toThrow(/two years apart/);
  });
});

describe('corpus plan with versions and the national preset', () => {
  it.each([
    [2000, 4],
    [2000, 10],
    [4000, 10],
    [300, 3],
  ])('--pages %i --versions %i gives every standard exactly that many versions and at least the pages', (pages, versions) => {
    const plan = corpusPlan(pages, versions);
    expect(plan.versionsPerStandard).toBe(versions);
    expect(plan.pages).toBeGreaterThanOrEqual(pages);
    expect(plan.examplesPerMunicipality).toBeGreaterThanOrEqual(1);
    expect(plan.municipalitiesWithContent).toBeLessThanOrEqual(MUNICIPALITY_COUNT);
  });

  it('without --versions, keeps the plan it always made (two years apart)', () => {
    const plan = corpusPlan(2000);
    expect(plan.yearsApart).toBe(2);
    expect(plan.versionsPerStandard).toBe(4);
  });

  it('national: all 98 municipalities, 2 standards each, 10 yearly versions, one consultation per version', () => {
    const plan = nationalPlan();
    expect(plan.municipalitiesWithContent).toBe(98);
    expect(plan.versionsPerStandard).toBe(10);
    const counts = planCounts(plan);
    expect(counts.standards).toBe(98 * STANDARDS_PER_MUNICIPALITY);
    expect(counts.versions).toBe(98 * 2 * 10);
    expect(counts.consultations).toBe(counts.versions);
    expect(counts.examples).toBe(98 * corpusPlan(2000).examplesPerMunicipality);
    expect(plan.pages).toBeGreaterThan(corpusPlan(4000).pages);
  });
});

describe('growth between corpora', () => {
  const points = [
    { label: 'a', pages: 2000, buildMs: 40_000, rebuildMs: 30_000, peakBytes: 2e9 },
    { label: 'b', pages: 4000, buildMs: 100_000, rebuildMs: 60_000, peakBytes: 3e9 },
    { label: 'c', pages: 5000, buildMs: 120_000, rebuildMs: 70_000, peakBytes: 2.9e9 },
  ];

  it('gives time and memory per page, and what each added page cost against the corpus before', () => {
    const rows = growth(points);
    expect(rows[0].buildMsPerPage).toBe(20);
    expect(rows[0].peakBytesPerPage).toBe(1e6);
    expect(rows[0].sincePrevious).toBeUndefined();
    expect(rows[1].sincePrevious).toEqual({ pagesAdded: 2000, buildMsPerAddedPage: 30, peakBytesPerAddedPage: 500_000, buildMsPerPageRatio: 1.25 });
    expect(rows[2].sincePrevious!.peakBytesPerAddedPage).toBeCloseTo(-100_000);
    expect(rows[2].rebuildMsPerPage).toBe(14);
  });

  it('refuses a corpus that built no pages', () => {
    expect(() => growth([{ ...points[0], pages: 0 }])).toThrow(/no pages/);
  });
});

describe('build phases from the log', () => {
  const lines = [
    [100, '00:53:58 [rusmiddelguiden:content-check] 2 standarder tjekket'],
    [3000, '00:53:59 [content] Syncing content'],
    [4500, '\u001b[32m00:54:00 [content] Synced content\u001b[39m'],
    [5000, '00:54:00 [build] Building static entrypoints...'],
    [9000, '00:54:04 [build] Rearranging server assets...'],
    [9100, ' generating static routes '],
    [20_000, '00:54:07 ✓ Completed in 10.9s.'],
    [20_050, '00:54:07 [build] ✓ Completed in 15.2s.'],
    [22_000, '00:54:07 [rusmiddelguiden:pagefind] Indexed 135 of 211 pages for search in 1900 ms.'],
  ].map(([ms, text]) => ({ ms: ms as number, text: text as string }));

  it('splits the wall time at the lines Astro logs', () => {
    expect(buildPhases(lines, 23_000)).toEqual({
      'startup and content check': 3000,
      'content layer': 1500,
      'types and build info': 500,
      bundling: 4000,
      rendering: 10_900,
      pagefind: 1900,
      rest: 1100,
    });
  });

  it('leaves out phases whose lines are missing', () => {
    expect(buildPhases(lines.slice(0, 3))).toEqual({ 'startup and content check': 3000, 'content layer': 1500 });
    expect(buildPhases([])).toEqual({});
  });
});

describe('search transfer', () => {
  it('names each part of Pagefind a search loads', () => {
    expect(pagefindPart('/pagefind/pagefind.js')).toBe('script');
    expect(pagefindPart('/pagefind/pagefind-worker.js')).toBe('script');
    expect(pagefindPart('/pagefind/pagefind-entry.json')).toBe('script');
    expect(pagefindPart('/pagefind/wasm.da.pagefind')).toBe('webassembly');
    expect(pagefindPart('/pagefind/pagefind.da_1a2b.pf_meta')).toBe('metadata');
    expect(pagefindPart('/pagefind/index/da_1a2b.pf_index')).toBe('index');
    expect(pagefindPart('/pagefind/fragment/da_1a2b.pf_fragment')).toBe('fragment');
    expect(pagefindPart('/pagefind/filter/da_1a2b.pf_filter')).toBe('filter');
    expect(pagefindPart('/pagefind/other.bin')).toBe('other');
  });

  it('counts text gzipped, as nginx sends it, and Pagefind\'s compressed files as they are', () => {
    const text = Buffer.from('søg '.repeat(500));
    expect(isCompressedInTransit('application/javascript; charset=utf-8')).toBe(true);
    expect(isCompressedInTransit('application/octet-stream')).toBe(false);
    expect(transferredBytes('text/javascript', text)).toBeLessThan(text.length / 10);
    expect(transferredBytes('application/octet-stream', text)).toBe(text.length);
  });

  it('sums the first search and what each further one adds, from /pagefind/ only', () => {
    const searches: SearchRecord[] = [
      { query: 'klage', status: '3 sider fundet for "klage".', transfers: [{ path: '/soeg/', bytes: 1500 }, { path: '/pagefind/pagefind.js', bytes: 25_000 }, { path: '/pagefind/wasm.da.pagefind', bytes: 56_000 }, { path: '/pagefind/index/da_1.pf_index', bytes: 30_000 }, { path: '/pagefind/fragment/da_1.pf_fragment', bytes: 5000 }] },
      { query: 'ventetid', status: '', transfers: [{ path: '/pagefind/index/da_2.pf_index', bytes: 20_000 }, { path: '/pagefind/fragment/da_2.pf_fragment', bytes: 4000 }] },
      { query: 'frit valg', status: '', transfers: [] },
    ];
    const summary = summariseSearches(searches);
    expect(summary.firstSearch).toBe(116_000);
    expect(summary.searchPage).toBe(1500);
    expect(summary.furtherSearches).toEqual([24_000, 0]);
    expect(summary.rows[1].cumulative).toBe(140_000);
    expect(summary.rows[0].byPart).toEqual({ script: 25_000, webassembly: 56_000, index: 30_000, fragment: 5000 });
    expect(summary.withinBudget).toBe(true);
    expect(summariseSearches(searches, 100_000).withinBudget).toBe(false);
  });
});
