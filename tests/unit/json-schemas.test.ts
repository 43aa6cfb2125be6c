/**
 * The JSON Schemas in json-schema/ and the "yaml.schemas" setting in .vscode/settings.json
 * (`npm run schemas`): up to date with the zod schemas, and saying what the content check says.
 * Validation runs with ajv, which html-validate already installs; the structural checks run always.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectionJsonSchema, jsonSchemaFiles, schemaFileOf, settingsFile, settingsText, yamlSchemaSettings } from '../../scripts/json-schemas/cli.ts';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { collectionDefinitions, collectionNames, type CollectionName } from '../../src/schemas/index.ts';
import { standardAreas, standardStatuses } from '../../src/schemas/standard.ts';

type JsonSchema = { type?: string; properties?: Record<string, JsonSchema>; required?: string[]; enum?: unknown[]; pattern?: string; items?: JsonSchema; additionalProperties?: boolean; description?: string; default?: unknown };

interface Validator {
  (data: unknown): boolean;
  errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] | null;
}
/** ajv, when it is installed (it comes with html-validate); undefined otherwise. */
const ajv = await import('ajv')
  .then((m) => {
    const Ajv = (m.default as { default?: unknown }).default ?? m.default;
    return new (Ajv as new (options: object) => { compile: (schema: object) => Validator })({ allErrors: true, validateFormats: false });
  })
  .catch(() => undefined);

describe('the generated files', () => {
  it('are up to date with src/schemas/ (run npm run schemas when this fails)', () => {
    const files = jsonSchemaFiles();
    expect([...files.keys()].sort()).toEqual(collectionNames.map(schemaFileOf).sort());
    for (const [path, text] of files) {
      expect(existsSync(path), `${path} is missing`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${path} is out of date`).toBe(text);
    }
    expect(JSON.parse(readFileSync(settingsFile, 'utf8'))['yaml.schemas']).toEqual(yamlSchemaSettings());
  });

  it('map each YAML collection to its folder, and no MDX collection', () => {
    const settings = yamlSchemaSettings();
    const yamlCollections = collectionNames.filter((name) => collectionDefinitions[name].extension === 'yaml');
    expect(Object.keys(settings).sort()).toEqual(yamlCollections.map((name) => `./${schemaFileOf(name)}`).sort());
    for (const name of yamlCollections) expect(settings[`./${schemaFileOf(name)}`]).toEqual([`content/${collectionDefinitions[name].directory}/**/*.yaml`]);
  });

  it('keep the other settings in .vscode/settings.json', () => {
    const merged = JSON.parse(settingsText('{ "editor.tabSize": 2, "yaml.schemas": { "old.json": ["x.yaml"] } }'));
    expect(merged['editor.tabSize']).toBe(2);
    expect(merged['yaml.schemas']).toEqual(yamlSchemaSettings());
  });
});

describe('the schemas, read as JSON Schema', () => {
  const schema = (name: CollectionName) => collectionJsonSchema(name) as JsonSchema;
  const standards = schema('standards');
  const sections = standards.properties!.sections.items!;

  it('require the fields the zod schema requires, and leave fields with a default optional', () => {
    expect(standards.required).toEqual(['title', 'municipality', 'standard', 'version', 'status', 'area', 'legalBases', 'summary', 'sections', 'sources']);
    expect(standards.properties!.example).toMatchObject({ type: 'boolean', default: false });
    expect(sections.required).toEqual(['id', 'title']);
    expect(schema('consultations').properties!.rows.items!.required).toEqual(['id', 'party', 'remark', 'changed']);
  });
  it('list the allowed values of the enums, and refuse unknown fields', () => {
    expect(standards.properties!.status.enum).toEqual([...standardStatuses]);
    expect(standards.properties!.area.enum).toEqual([...standardAreas]);
    expect(standards.additionalProperties).toBe(false);
    expect(sections.additionalProperties).toBe(false);
  });
  it('describe dates by their pattern, and fields by what the content check expects', () => {
    expect(standards.properties!.adoptedOn).toEqual({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'En dato skrevet som år-måned-dag, fx 2024-03-31.' });
    expect(schema('municipalities').properties!.code.description).toBe('En kommunekode på tre cifre i anførselstegn, fx "101".');
  });
});

describe.runIf(ajv)('validating YAML with the schemas (ajv)', () => {
  const validators = new Map(collectionNames.map((name) => [name, ajv!.compile(collectionJsonSchema(name))]));
  const { files } = readContentFiles('content');

  it.each(files.map((f) => [f.file, f] as const))('%s is valid', (_, file) => {
    const validate = validators.get(file.collection)!;
    expect(validate(file.data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('finds the mistakes an editor makes in a YAML file', () => {
    const validate = validators.get('municipalities')!;
    expect(validate(parse('name: Ishøj Kommune\ncode: "183"\nregion: Region Hovedstaden\n'))).toBe(true);
    const mistakes: [string, { instancePath: string; keyword: string }][] = [
      ['name: Ishøj Kommune\ncode: 183\nregion: Region Hovedstaden\n', { instancePath: '/code', keyword: 'type' }],
      ['name: Ishøj Kommune\ncode: "18"\nregion: Region Hovedstaden\n', { instancePath: '/code', keyword: 'pattern' }],
      ['name: Ishøj Kommune\ncode: "183"\nregion: Hovedstaden\n', { instancePath: '/region', keyword: 'enum' }],
      ['name: Ishøj Kommune\nregion: Region Hovedstaden\n', { instancePath: '', keyword: 'required' }],
      ['name: Ishøj Kommune\ncode: "183"\nregion: Region Hovedstaden\nkomune: x\n', { instancePath: '', keyword: 'additionalProperties' }],
    ];
    for (const [yaml, expected] of mistakes) {
      expect(validate(parse(yaml)), yaml).toBe(false);
      expect(validate.errors, yaml).toContainEqual(expect.objectContaining(expected));
    }
  });

  it('finds a wrong date and an unknown status in a standard\'s frontmatter', () => {
    const validate = validators.get('standards')!;
    const data = files.find((f) => f.id === 'eksempel/social-behandling-stoffer/2026')!.data as Record<string, unknown>;
    expect(validate({ ...data, adoptedOn: '03.03.2026' })).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: '/adoptedOn', keyword: 'pattern' }));
    expect(validate({ ...data, status: 'gyldig' })).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: '/status', keyword: 'enum' }));
  });
});
