/** Reading what a benchmark build leaves behind: its log, GNU time's report, the process tree. */

/** Colour and cursor codes a terminal program may print. */
export const withoutAnsi = (text: string) => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

/**
 * The Pagefind integration's line "Indexed N of M pages for search in X ms." (src/integrations/pagefind.ts;
 * older builds wrote "Indexed N pages ..."), or undefined. `pages` is N, the pages in the index.
 */
export function pagefindFromLog(log: string): { pages: number; read?: number; ms: number } | undefined {
  const match = /Indexed (\d+)(?: of (\d+))? pages for search in (\d+(?:\.\d+)?) ms/.exec(withoutAnsi(log));
  if (!match) return undefined;
  return { pages: Number(match[1]), ...(match[2] ? { read: Number(match[2]) } : {}), ms: Number(match[3]) };
}

/** Starlight's Pagefind lines "Found N HTML files." and "Finished building search index in 1.23s." (or "420ms"), or undefined. */
export function starlightPagefindFromLog(log: string): { pages?: number; ms: number } | undefined {
  const clean = withoutAnsi(log);
  const time = /Finished building search index in (\d+(?:\.\d+)?)\s*(ms|s)\b/.exec(clean);
  if (!time) return undefined;
  const found = /Found (\d+) HTML files/.exec(clean);
  return { ...(found ? { pages: Number(found[1]) } : {}), ms: Number(time[1]) * (time[2] === 's' ? 1000 : 1) };
}

/** Astro's closing line "2187 page(s) built in 1m 17s": the page count, or undefined. */
export function astroPagesBuilt(log: string): number | undefined {
  const match = /(\d+) page\(s\) built in/.exec(withoutAnsi(log));
  return match ? Number(match[1]) : undefined;
}

/** The largest resident set of any process in GNU time's -v report, in bytes, or undefined. */
export function maxRssFromTimeReport(report: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** Parent pid from the text of /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parentPidFromStat(stat: string): number | undefined {
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(afterName[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** The pid and every descendant of it, given each process's parent. */
export function processTree(root: number, parentOf: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentOf) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (found.includes(pid)) continue;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}
