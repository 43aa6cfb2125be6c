/**
 * Runs the content check before Astro reads any content. In `astro build` a bad entry stops the
 * build with the friendly list of problems and exit code 1, and no stack trace (an editor reads
 * this); in `astro dev` the problems are reported and the server keeps running.
 */
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/content-errors.ts';
import { validateContent } from '../lib/validate-content.ts';
import { contentDirectory } from '../schemas/index.ts';
import { completenessReport } from '../lib/completeness-report.ts';
import { buildDate } from '../lib/build-date.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'rusmiddelguiden:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { index, problems } = validateContent(contentDirectory());
        if (problems.length === 0) {
          for (const line of completenessReport(index, buildDate())) logger.info(line);
          return;
        }
        const report = formatProblems(problems);
        if (command !== 'build') {
          logger.warn(report);
          return;
        }
        logger.error(`${report}\nThe build stopped. Fix the fields listed and build again.`);
        process.exit(1);
      },
    },
  };
}
