/**
 * `npm run check:content`: validates everything under content/ and prints one line per problem.
 * Exit code 1 when there is any problem, so the build and CI stop.
 */
import { formatProblems } from '../../src/content-check/content-errors.ts';
import { validateContent } from '../../src/content-check/validate-content.ts';
import { contentDirectory } from '../../src/schemas/index.ts';
import { installCrashHandler } from '../lib/cli.ts';

installCrashHandler();

const { index, problems } = validateContent(process.argv[2] ?? contentDirectory());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const counts = Object.entries(index).map(([name, entries]) => `${name} ${entries.length}`);
console.log(`Indholdet er i orden. Filer i hver mappe: ${counts.join(', ')}.`);
