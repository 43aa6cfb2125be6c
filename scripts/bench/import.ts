/**
 * `npm run bench -- --import [--rows N]`: generates a consultation table of N rows (100,000 by
 * default) as CSV, imports it with `npm run import:hoering` under GNU time, and prints the time
 * and the peak memory (it asserts nothing). The design's budget for 100,000 rows: 30 s and 1 GB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatBytes, formatDuration } from './figures.ts';
import { maxRssFromTimeReport } from './parse.ts';
import { seededRandom } from './random.ts';
import { binDir, projectRoot } from './build-runner.ts';

const parties = ['Udsatterådet', 'Ældrerådet', 'Handicaprådet', 'Brugerrådet', 'SAND', 'Dansk Socialrådgiverforening'];

/** A table as a council's Excel writes it: a header row, then party ; remark ; response, in UTF-8. */
export function consultationCsv(rows: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const lines = ['Høringspart;Bemærkning;Forvaltningens kommentar'];
  for (let i = 0; i < rows; i++) {
    const section = `${1 + Math.floor(random() * 15)}.${1 + Math.floor(random() * 9)}`;
    lines.push(`${pick(parties)};"Bemærkning nr. ${i} om afsnit ${section}: borgeren skal have bedre information om ventetid og frit valg";"Forvaltningen takker for bemærkningen. Ændring på baggrund af bemærkning: teksten i afsnit ${section} er præciseret."`);
  }
  return `${lines.join('\n')}\n`;
}

export function benchImport(rows: number, say: (line: string) => void): void {
  const work = mkdtempSync(join(tmpdir(), 'rusmiddelguiden-import-'));
  try {
    const csv = join(work, 'hoeringsnotat.csv');
    writeFileSync(csv, consultationCsv(rows));
    const timeReport = join(work, 'time.txt');
    const started = performance.now();
    const result = spawnSync(
      '/usr/bin/time',
      ['-v', '-o', timeReport, join(binDir, 'node'), join(projectRoot, 'scripts/hoering-import/cli.ts'), csv, '--municipality', 'koebenhavn', '--standard', 'koebenhavn/social-behandling-stoffer/2023-24', '--title', 'Høringsnotat', '--year', '2023', '--source', 'koebenhavn-hoeringsnotat-2023-24', '--out', join(work, 'out.yaml')],
      { cwd: projectRoot, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 },
    );
    const wallMs = performance.now() - started;
    const rss = maxRssFromTimeReport(readFileSync(timeReport, 'utf8'));
    say(`Consultation import, ${rows.toLocaleString('en')} CSV rows (${formatBytes(statSync(csv).size)})`);
    say(`  exit code ${result.status}, ${formatDuration(wallMs)}, peak memory ${rss === undefined ? 'unknown' : formatBytes(rss)} (budget: 30 s, 1 GB for 100,000 rows)`);
    say(`  YAML written: ${formatBytes(statSync(join(work, 'out.yaml')).size)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
