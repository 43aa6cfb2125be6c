/**
 * The browser editor's configuration (Decap CMS's config.yml), generated from the zod schemas in
 * src/schemas/: one Decap collection per content collection the editor offers (standards,
 * consultations, municipalities), one Decap field per schema field, walked through zod 4's
 * definitions (object, string, enum, boolean, number, array, optional, default and the date pipe).
 *
 * - Labels are Danish, from scripts/editor/labels.ts; a field without a label is an error here.
 * - Hints are the schema's own Danish message for what the field expects (the text zod keeps at run
 *   time; the JSDoc is English and source-only), unless labels.ts gives a better one.
 * - Regular expressions in the schema become Decap `pattern`s with the schema's Danish message, and
 *   a date gets a pattern that refuses a month above 12 or a day above 31 at once; a day the month
 *   does not have (2026-02-30) is refused by the content check when the editor saves.
 * - Fields that hold the id of another entry become relation widgets; a section's elements become a
 *   choice among the elements in content/rules/kvalitetsstandard-elementer.yaml.
 * - A new standard starts as the skeleton `npm run new:standard` writes (scripts/scaffold/scaffold.ts):
 *   its sections, sources, legal bases, summary and text are the fields' defaults.
 *
 * `npm run editor -- --write-config` writes the file; tests/unit/editor-config.test.ts fails when
 * the committed file is not what this module produces now.
 */
import { stringify } from 'yaml';
import { splitFrontmatter } from '../../src/content-check/content-files.ts';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { validateFiles } from '../../src/content-check/validate-content.ts';
import { parseYaml } from '../../src/content-check/yaml-reader.ts';
import { statusLabels } from '../../src/domain/standards/versions.ts';
import { collectionDefinitions, contentDirectory, type CollectionName } from '../../src/schemas/index.ts';
import { standardSkeleton, type StandardElementsRule } from '../scaffold/scaffold.ts';
import { collectionWords, fieldWords, optionWords, type FieldWords } from './labels.ts';
import { messageOf } from '../lib/zod-messages.ts';

/** Where the generated configuration is written and served from, from the project root. */
export const configFile = 'scripts/editor/page/config.yml';

/** The collections the editor offers, in the order of its menu. */
export const editorCollections = ['standards', 'consultations', 'municipalities'] as const satisfies readonly CollectionName[];

/** Collections the editor only reads, to offer their entries in relation fields; not shown in the menu. */
const referenceCollections = {
  law: { display: ['{{law}} {{paragraph}} {{subsection}} – {{heading}}'], search: ['law', 'paragraph', 'heading', 'title'] },
  sources: { display: ['{{title}} ({{issuer}})'], search: ['title', 'issuer'] },
} as const;

/** Fields that hold the id of an entry of another collection, by "<collection>.<path>" or by path in every collection. */
const relations: Record<string, { collection: CollectionName; display: string[]; search: string[] }> = {
  municipality: { collection: 'municipalities', display: ['{{name}}'], search: ['name'] },
  'standards.legalBases': { collection: 'law', display: [...referenceCollections.law.display], search: [...referenceCollections.law.search] },
  'standards.consultation': { collection: 'consultations', display: ['{{title}} ({{slug}})'], search: ['title'] },
  'consultations.standard': { collection: 'standards', display: ['{{title}} ({{version}}, {{municipality}})'], search: ['title', 'version', 'municipality'] },
  'sources.source': { collection: 'sources', display: [...referenceCollections.sources.display], search: [...referenceCollections.sources.search] },
};

/** A calendar date as a pattern: refuses "1. april", "01-04-2026" and a month or day that is too large. */
export const datePattern = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
export const dateMessage = 'en dato skrevet som år-måned-dag med tal, fx 2026-04-01 for 1. april 2026';

interface ZodDef {
  type: string;
  error?: unknown;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp; error?: unknown; minimum?: number; maximum?: number } } }[];
  shape?: Record<string, ZodLike>;
  element?: ZodLike;
  entries?: Record<string, string>;
  innerType?: ZodLike;
  defaultValue?: unknown;
  in?: ZodLike;
  out?: ZodLike;
}
interface ZodLike {
  _zod: { def: ZodDef };
}

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };


const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

/** The date of common.ts's isoDate(): a pipe from a preprocess step into a YYYY-MM-DD string. */
function isDate(def: ZodDef): boolean {
  const out = def.out?._zod.def;
  return def.type === 'pipe' && def.in?._zod.def.type === 'transform' && out?.type === 'string' && (out.checks ?? []).some((c) => String(c._zod.def.pattern) === String(/^\d{4}-\d{2}-\d{2}$/));
}

/** The words of the field at `path` in `collection`: by "<collection>.<path>", then by path, then by the last name. */
function wordsFor(collection: CollectionName, path: readonly string[]): FieldWords {
  const words = fieldWords[`${collection}.${path.join('.')}`] ?? fieldWords[path.join('.')] ?? (path.length === 1 ? fieldWords[path[0]] : undefined);
  if (!words) throw new Error(`scripts/editor/labels.ts has no Danish label for the field "${path.join('.')}" of the collection "${collection}": add "${collection}.${path.join('.')}" to fieldWords.`);
  return words;
}

/**
 * The editor's label for a field a content-check problem names, such as "sections → nr. 2 → id" in
 * standards: "Afsnit → nr. 2 → Afsnittets nummer"; undefined for a field the editor has no label for.
 */
export function editorFieldLabel(collection: CollectionName, field: string): string | undefined {
  if (!field) return undefined;
  const parts = field.split(' → ');
  const names: string[] = [];
  const shown: string[] = [];
  for (const part of parts) {
    if (/^nr\. \d+$/.test(part)) {
      shown.push(part);
      continue;
    }
    names.push(part);
    const words = fieldWords[`${collection}.${names.join('.')}`] ?? fieldWords[names.join('.')] ?? (names.length === 1 ? fieldWords[part] : undefined);
    if (!words) return undefined;
    shown.push(words.label);
  }
  return shown.join(' → ');
}

function relationFor(collection: CollectionName, path: readonly string[]) {
  return relations[`${collection}.${path.join('.')}`] ?? relations[path.join('.')] ?? relations[path.slice(-2).join('.')];
}

export interface GeneratorInputs {
  /** The elements rule (content/rules/kvalitetsstandard-elementer.yaml): the choices for a section's elements and the skeleton of a new standard. */
  elementsRule: StandardElementsRule;
}

/** Decap fields for a zod object's shape. */
/**
 * Decap fields for a zod object's shape. Inside an optional group (a consultation's period) no field
 * is required by the editor, which would otherwise demand them of an empty group; the content check
 * on save still requires them when the group is given.
 */
function fieldsOf(collection: CollectionName, shape: Record<string, ZodLike>, path: readonly string[], inputs: GeneratorInputs, optionalGroup = false): DecapField[] {
  return Object.entries(shape).map(([name, schema]) => {
    const field = fieldOf(collection, name, schema, [...path, name], inputs);
    return optionalGroup ? { ...field, required: false } : field;
  });
}

/** One Decap field for one schema field. */
function fieldOf(collection: CollectionName, name: string, schema: ZodLike, path: readonly string[], inputs: GeneratorInputs): DecapField {
  const words = wordsFor(collection, path);
  let def = schema._zod.def;
  let required = true;
  let defaultValue: unknown;
  while (def.type === 'optional' || def.type === 'default') {
    required = false;
    if (def.type === 'default') defaultValue = def.defaultValue;
    def = def.innerType!._zod.def;
  }
  const schemaHint = messageOf(def.error) ?? (def.checks ?? []).map((c) => messageOf(c._zod.def.error)).find(Boolean);
  // A choice or a switch shows its options itself; its schema message ("en af ...", "true eller false") would only repeat them.
  const hint = words.hint ?? (schemaHint && !['enum', 'boolean'].includes(def.type) ? sentence(schemaHint) : undefined);
  const field: DecapField = { name, label: words.label, widget: 'string', ...(required ? {} : { required: false }), ...(hint ? { hint } : {}) };
  const relation = relationFor(collection, path);
  const key = `${collection}.${path.join('.')}`;

  if (relation && (def.type === 'string' || (def.type === 'array' && def.element?._zod.def.type === 'string'))) {
    // A choice from a list: the schema's "an id of lower-case letters ..." would not help.
    if (!words.hint) delete field.hint;
    Object.assign(field, {
      widget: 'relation',
      collection: relation.collection,
      value_field: '{{slug}}',
      search_fields: relation.search,
      display_fields: relation.display,
      ...(def.type === 'array' ? { multiple: true, ...(required ? { min: 1 } : {}) } : {}),
    });
  } else if (key === 'standards.sections.elements') {
    const elements = inputs.elementsRule.elements;
    Object.assign(field, {
      widget: 'select',
      multiple: true,
      options: elements.map((e) => ({ value: e.id, label: e.number === undefined ? `${e.title} (vejledningen)` : `${e.number}. ${e.title}` })),
    });
  } else if (isDate(def)) {
    Object.assign(field, { pattern: [datePattern, dateMessage], hint: words.hint ?? sentence(dateMessage) });
  } else if (def.type === 'string') {
    const regex = (def.checks ?? []).find((c) => c._zod.def.format === 'regex' && c._zod.def.pattern);
    if (regex) field.pattern = [regex._zod.def.pattern!.source, messageOf(regex._zod.def.error) ?? schemaHint ?? 'tekst i den rigtige form'];
    if ((def.checks ?? []).some((c) => c._zod.def.format === 'url')) field.pattern = ['^https://\\S+$', messageOf(def.checks!.find((c) => c._zod.def.format === 'url')!._zod.def.error) ?? 'en webadresse'];
    if (words.long) field.widget = 'text';
  } else if (def.type === 'enum') {
    const labels: Record<string, string> | undefined = key === 'standards.status' ? statusLabels : optionWords[key];
    Object.assign(field, { widget: 'select', options: Object.values(def.entries!).map((value) => ({ value, label: labels?.[value] ?? value })) });
  } else if (def.type === 'boolean') {
    field.widget = 'boolean';
    // A switch left off means false. Decap counts an untouched switch as empty, so the editor does
    // not require it; editor.js saves it as false (requiredSwitches lists where). No default here:
    // a default inside a list's items makes Decap start a new entry with one empty item.
    if (required) field.required = false;
  } else if (def.type === 'number') {
    const checks = (def.checks ?? []).map((c) => c._zod.def);
    const min = checks.find((c) => c.check === 'greater_than')?.minimum ?? checks.find((c) => c.minimum !== undefined)?.minimum;
    const max = checks.find((c) => c.check === 'less_than')?.maximum ?? checks.find((c) => c.maximum !== undefined)?.maximum;
    Object.assign(field, { widget: 'number', value_type: 'int', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
  } else if (def.type === 'object') {
    Object.assign(field, { widget: 'object', collapsed: false, fields: fieldsOf(collection, def.shape!, path, inputs, !required) });
  } else if (def.type === 'array') {
    const element = def.element!._zod.def;
    if (element.type === 'object') {
      Object.assign(field, { widget: 'list', collapsed: true, fields: fieldsOf(collection, element.shape!, path, inputs) });
    } else {
      const item = fieldOf(collection, name, def.element!, path, inputs);
      const { name: _n, label: _l, hint: _h, required: _r, ...itemField } = item;
      Object.assign(field, { widget: 'list', field: { name, label: words.label, ...itemField } });
    }
  } else {
    throw new Error(`The field "${path.join('.')}" of "${collection}" has a zod type the editor cannot show: ${def.type}`);
  }
  // A list's minimum is left to the content check on save: with `min`, Decap starts a new entry with
  // that many empty, closed items, which an editor takes for items that are already there.
  if (field.widget === 'list') Object.assign(field, words.singular ? { label_singular: words.singular } : {}, words.summary && field.fields ? { summary: words.summary } : {});
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)) field.default = defaultValue;
  return field;
}

/**
 * Where each collection has a true/false field the schema requires, as paths ("*" for every item
 * of a list), such as ["rows", "*", "changed"]: editor.js writes false there when the switch was
 * never touched.
 */
export function requiredSwitches(): Record<string, string[][]> {
  const walk = (shape: Record<string, ZodLike>, path: string[]): string[][] =>
    Object.entries(shape).flatMap(([name, schema]) => {
      const def = schema._zod.def;
      if (def.type === 'boolean') return [[...path, name]];
      if (def.type === 'object') return walk(def.shape!, [...path, name]);
      if (def.type === 'array' && def.element!._zod.def.type === 'object') return walk(def.element!._zod.def.shape!, [...path, name, '*']);
      return [];
    });
  return Object.fromEntries(editorCollections.map((name) => [name, walk((collectionDefinitions[name].schema() as unknown as ZodLike)._zod.def.shape!, [])]));
}

/** What a new standard starts with: the frontmatter fields and text of `npm run new:standard`'s skeleton. */
export function skeletonDefaults(rule: StandardElementsRule): { data: Record<string, unknown>; body: string } {
  const area = 'stoffer';
  const defaults = rule.newStandard[area];
  // The placeholders are replaced by what the editor types; only the rest is used as defaults.
  const text = standardSkeleton({ municipality: 'x', standard: defaults.standard, version: 'x', title: 'x', area, elements: rule.elements, defaults });
  const { frontmatter, body } = splitFrontmatter(text);
  const parsed = parseYaml(frontmatter ?? '', 'skeleton');
  if (parsed.problem) throw new Error(`The skeleton of npm run new:standard cannot be read: ${parsed.problem.message}`);
  const { title: _t, municipality: _m, version: _v, ...data } = parsed.data as Record<string, unknown>;
  return { data, body };
}

function withDefaults(fields: DecapField[], defaults: Record<string, unknown>): DecapField[] {
  return fields.map((f) => (f.name in defaults ? { ...f, default: defaults[f.name] } : f));
}

/** The configuration as an object. */
export function decapConfig(inputs: GeneratorInputs): Record<string, unknown> {
  const folderOf = (name: CollectionName) => `content/${collectionDefinitions[name].directory}`;
  const shapeOf = (name: CollectionName) => (collectionDefinitions[name].schema() as unknown as ZodLike)._zod.def.shape!;
  const skeleton = skeletonDefaults(inputs.elementsRule);
  const base = (name: (typeof editorCollections)[number]) => ({
    name,
    label: collectionWords[name].label,
    label_singular: collectionWords[name].singular,
    description: collectionWords[name].description,
    folder: folderOf(name),
    extension: collectionDefinitions[name].extension,
    create: true,
    editor: { preview: false },
  });
  const standardFields = withDefaults(fieldsOf('standards', shapeOf('standards'), [], inputs), skeleton.data);
  const collections: Record<string, unknown>[] = [
    {
      ...base('standards'),
      format: 'frontmatter',
      path: '{{municipality}}/{{standard}}/{{version}}',
      slug: '{{version}}',
      summary: '{{title}} · {{municipality}} · version {{version}} · {{status}}',
      sortable_fields: ['municipality', 'title', 'version'],
      view_groups: [{ label: 'Kommune', field: 'municipality' }, { label: 'Status', field: 'status' }],
      fields: [...standardFields, { name: 'body', label: wordsFor('standards', ['body']).label, widget: 'markdown', modes: ['raw'], hint: wordsFor('standards', ['body']).hint, default: skeleton.body }],
    },
    {
      ...base('consultations'),
      format: 'yaml',
      path: '{{municipality}}/{{slug}}',
      slug: '{{title}}',
      summary: '{{title}} · {{municipality}}',
      sortable_fields: ['municipality', 'title', 'year'],
      view_groups: [{ label: 'Kommune', field: 'municipality' }],
      fields: fieldsOf('consultations', shapeOf('consultations'), [], inputs),
    },
    {
      ...base('municipalities'),
      format: 'yaml',
      identifier_field: 'name',
      slug: '{{name}}',
      summary: '{{name}} ({{region}})',
      sortable_fields: ['name'],
      fields: fieldsOf('municipalities', shapeOf('municipalities'), [], inputs),
    },
    ...Object.entries(referenceCollections).map(([name, ref]) => ({
      name,
      label: name,
      folder: folderOf(name as CollectionName),
      extension: 'yaml',
      format: 'yaml',
      hide: true,
      create: false,
      delete: false,
      identifier_field: 'title',
      fields: [...new Set(ref.search)].map((field) => ({ name: field, label: field, widget: 'string' })),
    })),
  ];
  return {
    backend: {
      name: 'proxy',
      proxy_url: '/api/v1',
      branch: 'main',
      // With npm run editor -- --commit (and on a council's own git host) each save is a commit with these messages.
      commit_messages: {
        create: 'Opret {{collection}} "{{slug}}"',
        update: 'Ret {{collection}} "{{slug}}"',
        delete: 'Slet {{collection}} "{{slug}}"',
        uploadMedia: 'Læg "{{path}}" op',
        deleteMedia: 'Slet "{{path}}"',
      },
    },
    locale: 'da',
    publish_mode: 'simple',
    show_preview_links: false,
    media_folder: 'public/billeder',
    public_folder: '/billeder',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}

/** The elements rule read from the content folder, as the content check reads it. */
export function readElementsRule(contentDir = contentDirectory()): StandardElementsRule {
  const { files, foundIds } = readContentFiles(contentDir);
  const rule = validateFiles(files, foundIds).index.rules.flatMap((e) => (e.data.kind === 'standard-elements' ? [e.data] : []))[0];
  if (!rule) throw new Error(`${contentDir}/rules/ has no valid rule file with kind "standard-elements"; run npm run check:content`);
  return rule;
}

/** The text of the configuration file. */
export function decapConfigText(inputs: GeneratorInputs = { elementsRule: readElementsRule('content') }): string {
  return `# Generated by npm run editor -- --write-config from src/schemas/ and scripts/editor/labels.ts; do not edit by hand.\n${stringify(decapConfig(inputs), { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

