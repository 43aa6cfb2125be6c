/**
 * The checks a command that starts a draft standard makes of its options and the content folder
 * (npm run new:standard, npm run import:standard): each fails with a Danish message.
 */
import { join } from 'node:path';
import type { ContentFile, IdsByCollection } from '../../src/content-check/content-files.ts';
import { validateFiles } from '../../src/content-check/validate-content.ts';
import { isId, toId } from '../../src/schemas/ids.ts';
import { danishList, fail, shown } from '../lib/cli.ts';
import type { StandardElementsRule } from './scaffold.ts';

/** A clear line for an id option that is not an id, with the id it probably should be. */
export function checkId(option: string, value: string, example: string): void {
  if (isId(value)) return;
  const suggestion = toId(value);
  fail(
    2,
    `--${option}: skal være et id af små bogstaver, tal og bindestreger (skriv æ som ae, ø som oe og å som aa), fx "${example}"; der står "${value}"${suggestion ? `. Mente du "${suggestion}"?` : ''}`,
  );
}

/**
 * The valid rule file of kind standard-elements, or exit 1 saying what the command needs it for
 * (`usedFor`) and, in the command's own words, that nothing was saved.
 */
export function standardElementsRule(files: readonly ContentFile[], foundIds: IdsByCollection, contentDir: string, usedFor: string, nothingSaved: string): StandardElementsRule {
  const rule = validateFiles(files, foundIds).index.rules.flatMap((e) => (e.data.kind === 'standard-elements' ? [e.data] : []))[0];
  if (rule === undefined) {
    fail(1, `Der er ingen gyldig regelfil med kind: standard-elements i ${shown(join(contentDir, 'rules'))}/: ${usedFor}. Kør npm run check:content for at se, hvad der er galt. ${nothingSaved}`);
  }
  return rule;
}

/** Exit 2 when the municipality has no file in content/municipalities/, showing how to make one. */
export function requireMunicipality(foundIds: IdsByCollection, contentDir: string, municipality: string): void {
  if (foundIds.municipalities.has(municipality)) return;
  const known = [...foundIds.municipalities].sort();
  fail(
    2,
    [
      `Der er ingen kommune med id'et "${municipality}" i ${shown(join(contentDir, 'municipalities'))}/ (de kendte er ${danishList(known.map((k) => `"${k}"`)) || 'ingen'}).`,
      `Opret den først: lav filen ${shown(join(contentDir, 'municipalities', `${municipality}.yaml`))} med kommunens navn, dens officielle`,
      'kommunekode på tre cifre i anførselstegn og dens region, fx',
      '',
      '  name: Ishøj Kommune',
      '  code: "183"',
      '  region: Region Hovedstaden',
      '',
      '(felterne er beskrevet i src/schemas/municipality.ts). Tjek den med npm run check:content, og kør så kommandoen igen.',
    ].join('\n'),
  );
}
