/** What the consultation importer's tests check of the YAML it writes. */
import { expect } from 'vitest';
import { parse } from 'yaml';
import { consultationSchema, notImportedMarker } from '../../src/schemas/consultation.ts';

/**
 * The YAML passes the consultation schema, except that each note holding a row kept with
 * --allow-partial is refused (the content check refuses it until the editor resolves it).
 */
export function expectValidYaml(yaml: string | undefined) {
  expect(yaml).toBeDefined();
  const raw = parse(yaml!) as { notes?: string[] };
  const marked = (raw.notes ?? []).flatMap((note, i) => (note.includes(notImportedMarker) ? [i] : []));
  const result = consultationSchema().safeParse(raw);
  const issues = result.error?.issues ?? [];
  expect(issues.map((issue) => issue.path), JSON.stringify(issues)).toEqual(marked.map((i) => ['notes', i]));
  const resolved = consultationSchema().parse({ ...raw, notes: (raw.notes ?? []).map((note) => note.replaceAll(notImportedMarker, 'løst')) });
  return { ...resolved, notes: raw.notes ?? [] };
}
