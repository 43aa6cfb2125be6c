/**
 * `npm run check:law`: lists every fact in content/ (law entries, the complaint guide's routes,
 * outcomes and contacts, rule files) last checked longer ago than content/rules/kontrol.yaml allows,
 * with what it was checked against. A report for editors, in Danish: it always exits 0.
 */
import { buildDate } from '../../src/data/build-date.ts';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { datedFacts, factsDue, factsDueReport } from '../../src/domain/law/freshness.ts';
import { contentDirectory } from '../../src/schemas/index.ts';
import { installCrashHandler } from '../lib/cli.ts';

installCrashHandler();

const { files } = readContentFiles(process.argv[2] ?? contentDirectory());
const interval = files.find((f) => f.collection === 'rules' && (f.data as { kind?: string }).kind === 'review-intervals');
const months = (interval?.data as { factsMonths?: number } | undefined)?.factsMonths;
if (months === undefined) {
  console.error('Der mangler en regelfil med kind: review-intervals (content/rules/kontrol.yaml), som siger, hvor ofte fakta skal kontrolleres.');
  process.exit(1);
}
console.log(factsDueReport(factsDue(datedFacts(files), buildDate(), months), months).join('\n'));
