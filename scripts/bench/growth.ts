/**
 * How the build grows with the corpus (`npm run bench -- --growth`): for each corpus its time and
 * memory per page, and between one corpus and the next the cost of each page added (the change in
 * time or memory divided by the change in pages). Flat per-page figures mean linear growth.
 */

export interface GrowthPoint {
  /** The corpus, such as "--pages 2000" or "--national". */
  label: string;
  /** HTML pages built. */
  pages: number;
  buildMs: number;
  rebuildMs: number;
  /** Peak resident memory of the build, in bytes. */
  peakBytes: number;
}

export interface GrowthRow extends GrowthPoint {
  buildMsPerPage: number;
  rebuildMsPerPage: number;
  peakBytesPerPage: number;
  /** Against the corpus before it in the list; absent for the first. */
  sincePrevious?: {
    pagesAdded: number;
    /** Build time each added page cost. */
    buildMsPerAddedPage: number;
    /** Peak memory each added page cost (negative when the bigger corpus peaked lower). */
    peakBytesPerAddedPage: number;
    /** Time per page here divided by time per page there: 1.00 is linear, above 1 worse than linear. */
    buildMsPerPageRatio: number;
  };
}

/** Per-page figures for each point, and the growth from each point to the next, in the order given. */
export function growth(points: readonly GrowthPoint[]): GrowthRow[] {
  return points.map((p, i) => {
    if (!(p.pages > 0)) throw new Error(`growth: ${p.label} built no pages`);
    const row: GrowthRow = { ...p, buildMsPerPage: p.buildMs / p.pages, rebuildMsPerPage: p.rebuildMs / p.pages, peakBytesPerPage: p.peakBytes / p.pages };
    const before = points[i - 1];
    if (before) {
      const pagesAdded = p.pages - before.pages;
      row.sincePrevious = {
        pagesAdded,
        buildMsPerAddedPage: pagesAdded === 0 ? Number.NaN : (p.buildMs - before.buildMs) / pagesAdded,
        peakBytesPerAddedPage: pagesAdded === 0 ? Number.NaN : (p.peakBytes - before.peakBytes) / pagesAdded,
        buildMsPerPageRatio: p.buildMs / p.pages / (before.buildMs / before.pages),
      };
    }
    return row;
  });
}
