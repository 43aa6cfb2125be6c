/**
 * Runs the content check before Astro reads any content. In `astro build` a bad entry stops the
 * build with the friendly list of problems and exit code 1, and no stack trace (an editor reads
 * this); in `astro dev` the problems are reported and the server keeps running.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { keepReadings, loadKeptReadings } from '../content-check/yaml-cache.ts';
import { keepMdxParts, loadKeptMdxParts } from '../content-check/mdx-cache.ts';
import { formatProblems } from '../content-check/content-errors.ts';
import { validateContent } from '../content-check/validate-content.ts';
import { contentDirectory } from '../schemas/index.ts';
import { completenessReport } from '../content-check/completeness-report.ts';
import { buildDate } from '../data/build-date.ts';
import { datedFacts, factsDue, factsDueReport } from '../domain/law/freshness.ts';

/** A reader as it is now: its code and its packages' versions. Kept readings of another version are not used. */
function readerVersion(root: URL, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(new URL(file, root))).update('\0');
  return hash.digest('base64url');
}
const yamlReaderFiles = ['src/content-check/yaml-reader.ts', 'node_modules/yaml/package.json'];
// The MDX parser's settings (markdownFeatures) are in sections.ts.
const mdxReaderFiles = ['src/domain/site/mdx-tree.ts', 'src/domain/standards/sections.ts', 'node_modules/satteri/package.json'];

export function contentCheck(): AstroIntegration {
  return {
    name: 'rusmiddelguiden:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const keptYaml = fileURLToPath(new URL('rusmiddelguiden/yaml-readings.bin', config.cacheDir));
        const keptMdx = fileURLToPath(new URL('rusmiddelguiden/mdx-readings.bin', config.cacheDir));
        const yamlVersion = readerVersion(config.root, yamlReaderFiles);
        const mdxVersion = readerVersion(config.root, mdxReaderFiles);
        loadKeptReadings(keptYaml, yamlVersion);
        loadKeptMdxParts(keptMdx, mdxVersion);
        const { index, problems } = validateContent(contentDirectory());
        try {
          keepReadings(keptYaml, yamlVersion);
          keepMdxParts(keptMdx, mdxVersion);
        } catch (error) {
          logger.warn(`Det læste blev ikke gemt til næste bygning (${(error as Error).message}). Næste bygning læser alle filer igen.`);
        }
        if (problems.length === 0) {
          for (const line of completenessReport(index, buildDate())) logger.info(line);
          const months = index.rules.find((r) => r.data.kind === 'review-intervals')?.data;
          if (months?.kind === 'review-intervals') {
            const due = factsDue(datedFacts(Object.entries(index).flatMap(([collection, entries]) => entries.map((e) => ({ collection, file: e.file, data: e.data })))), buildDate(), months.factsMonths);
            const report = factsDueReport(due, months.factsMonths);
            if (due.length > 0) logger.warn(report.join('\n'));
            else logger.info(report[0]);
          }
          return;
        }
        const report = formatProblems(problems);
        if (command !== 'build') {
          logger.warn(report);
          return;
        }
        logger.error(`${report}\nSiden blev ikke bygget. Ret fejlene i listen, og byg siden igen.`);
        process.exit(1);
      },
    },
  };
}
