/** The rule files of content/rules/, read and validated as the build reads them, for the unit tests. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { intensityDefinitionsSchema } from '../../src/schemas/rule.ts';

export const intensityDefinitions = intensityDefinitionsSchema().parse(parse(readFileSync('content/rules/behandlingsintensitet.yaml', 'utf8')));
export const intensityThresholds = intensityDefinitions.thresholds;
