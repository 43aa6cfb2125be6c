/**
 * Runs one `astro build` as a child process and measures it: wall time, peak memory (GNU time's
 * largest process when /usr/bin/time exists, and the whole process tree sampled from /proc), and
 * the full log, which is also written to a file for reading later.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { maxRssFromTimeReport, parentPidFromStat, processTree } from './parse.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const binDir = join(projectRoot, 'node_modules/.bin');
const gnuTime = '/usr/bin/time';
const pageSize = 4096;

export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  /** Time until the build printed its first line: Node and Astro starting, the config, and the content check that runs in it. */
  firstOutputMs?: number;
  /** The largest single process's resident memory, from GNU time, in bytes. */
  peakRssLargestProcess?: number;
  /** The highest sum of resident memory over the build's process tree, sampled every 100 ms, in bytes. */
  peakRssTree: number;
  log: string;
  /** Each line of the log with the time it arrived, in ms since the build started (for phases.ts). */
  lines: TimedLine[];
  logFile: string;
}

export interface TimedLine {
  ms: number;
  text: string;
}

function parentsNow(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = parentPidFromStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (ppid !== undefined) parents.set(Number(name), ppid);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return parents;
}

function treeRss(root: number): number {
  let total = 0;
  for (const pid of processTree(root, parentsNow())) {
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize;
    } catch {
      // Gone already.
    }
  }
  return total;
}

/** `astro build <args>` in cwd with extra environment, measured; resolves when the build ends. */
export async function runAstroBuild(options: { cwd: string; args: string[]; env?: Record<string, string>; logFile: string; label: string; binDir?: string }): Promise<BuildRun> {
  const bin = options.binDir ?? binDir;
  const astro = join(bin, 'astro');
  const timeReport = `${options.logFile}.time`;
  const useTime = existsSync(gnuTime);
  const [command, args] = useTime ? [gnuTime, ['-v', '-o', timeReport, astro, 'build', ...options.args]] : [astro, ['build', ...options.args]];
  // node_modules/.bin first: astro's "#!/usr/bin/env node" must find the project's Node 24, not the system's.
  const env = { ...process.env, ...options.env, PATH: `${bin}:${process.env.PATH ?? ''}`, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: string[] = [];
  const lines: TimedLine[] = [];
  let firstOutputMs: number | undefined;
  const collect = (d: Buffer) => {
    const ms = performance.now() - started;
    firstOutputMs ??= ms;
    const text = d.toString();
    chunks.push(text);
    for (const line of text.split('\n')) if (line.trim() !== '') lines.push({ ms, text: line });
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peakRssTree = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peakRssTree = Math.max(peakRssTree, treeRss(child.pid));
  }, 100);
  const progress = setInterval(() => process.stderr.write(`  … ${options.label}: ${Math.round((performance.now() - started) / 1000)} s\n`), 30_000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  clearInterval(progress);
  const log = chunks.join('');
  writeFileSync(options.logFile, log);
  const peakRssLargestProcess = useTime && existsSync(timeReport) ? maxRssFromTimeReport(readFileSync(timeReport, 'utf8')) : undefined;
  return { ok: exitCode === 0, exitCode, wallMs, firstOutputMs, peakRssLargestProcess, peakRssTree, log, lines, logFile: options.logFile };
}
