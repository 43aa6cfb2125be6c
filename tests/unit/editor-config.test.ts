import { cpSync, globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../../src/content-check/content-files.ts';
import { keepLayout } from '../../scripts/editor/keep-layout.ts';
import { configFile, datePattern, decapConfig, decapConfigText, editorFieldLabel, readElementsRule, skeletonDefaults, type DecapField } from '../../scripts/editor/decap-config.ts';
import { problemsWithSave } from '../../scripts/editor/save-check.ts';
import { refusal, startEditor, type RunningEditor } from '../../scripts/editor/server.ts';
import { skeletonSections } from '../../scripts/scaffold/scaffold.ts';

const rule = readElementsRule('content');
const config = decapConfig({ elementsRule: rule }) as { locale: string; collections: { name: string; folder: string; fields: DecapField[] }[] };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: DecapField[], path: string): DecapField => {
  const [first, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === first);
  if (!found) throw new Error(`no field ${first}`);
  return rest.length === 0 ? found : field(found.fields as DecapField[], rest.join('.'));
};

describe('the editor configuration', () => {
  it('is committed as the generator writes it now (npm run editor -- --write-config)', () => {
    expect(readFileSync(configFile, 'utf8')).toBe(decapConfigText());
  });

  it('offers standards, consultations and municipalities in Danish, from their content folders', () => {
    expect(config.locale).toBe('da');
    expect(config.collections.filter((c) => !('hide' in c)).map((c) => [c.name, c.folder])).toEqual([
      ['standards', 'content/standards'],
      ['consultations', 'content/consultations'],
      ['municipalities', 'content/municipalities'],
    ]);
  });

  it('has a field for every schema field, each with a Danish label', () => {
    const names = collection('standards').fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['title', 'municipality', 'standard', 'version', 'status', 'adoptedOn', 'consultation', 'sections', 'sources', 'body']));
    expect(field(collection('standards').fields, 'adoptedOn').label).toBe('Vedtaget den');
    expect(field(collection('consultations').fields, 'rows.response').label).toBe('Forvaltningens kommentar');
    expect(field(collection('municipalities').fields, 'code').pattern).toEqual(['^\\d{3}$', 'en kommunekode på tre cifre i anførselstegn, fx "101"']);
  });

  it('refuses a date that is not year-month-day with the Danish words, in every date field', () => {
    const dates = [field(collection('standards').fields, 'adoptedOn'), field(collection('standards').fields, 'validFrom'), field(collection('consultations').fields, 'period.from')];
    for (const date of dates) {
      expect(date.pattern).toEqual([datePattern, expect.stringContaining('år-måned-dag')]);
      const pattern = new RegExp((date.pattern as string[])[0]);
      expect(['2026-13-45', '1. april', '01-04-2026', '2026-4-1'].filter((value) => pattern.test(value))).toEqual([]);
      expect(pattern.test('2026-04-01')).toBe(true);
    }
  });

  it('links a version to its consultation, and a consultation to its version, by id', () => {
    expect(field(collection('standards').fields, 'consultation')).toMatchObject({ widget: 'relation', collection: 'consultations', value_field: '{{slug}}' });
    expect(field(collection('consultations').fields, 'standard')).toMatchObject({ widget: 'relation', collection: 'standards', value_field: '{{slug}}' });
  });

  it('starts a new standard as npm run new:standard does: its sections, sources and text', () => {
    const standards = collection('standards').fields;
    const skeleton = skeletonDefaults(rule);
    expect((field(standards, 'sections').default as { id: string }[]).map((s) => s.id)).toEqual(skeletonSections(rule.elements).map((s) => s.id));
    expect(field(standards, 'status').default).toBe('udkast');
    expect(field(standards, 'body').default).toBe(skeleton.body);
    expect(skeleton.body).toContain('{#afsnit-1}');
  });
});

describe('a saved file keeps its layout', () => {
  /** What Decap writes: the same values, its own YAML layout (no comments, block lists, its folding). */
  const asDecapWrites = (text: string, mdx: boolean) => {
    if (!mdx) return stringify(parse(text));
    const { frontmatter, body } = splitFrontmatter(text);
    return `---\n${stringify(parse(frontmatter!))}---\n${body}`;
  };
  const files = globSync('content/{standards,consultations,municipalities}/**/*.{mdx,yaml}');

  it('is written back unchanged when no value changed', () => {
    expect(files.length).toBeGreaterThan(20);
    let rewritten = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const mdx = file.endsWith('.mdx');
      if (asDecapWrites(text, mdx) !== text) rewritten++;
      expect(keepLayout(text, asDecapWrites(text, mdx), mdx ? 'mdx' : 'yaml'), file).toBe(text);
    }
    // The standards and consultations have comments and flow lists Decap would not keep.
    expect(rewritten).toBeGreaterThanOrEqual(5);
  });

  it('keeps its comments and flow lists when a value and the text change', () => {
    const file = 'content/standards/eksempel/social-behandling-stoffer/2025.mdx';
    const text = readFileSync(file, 'utf8');
    const written = asDecapWrites(text, true).replace(/^status: .*$/m, 'status: udkast').replace('{#afsnit-1}\n', '{#afsnit-1}\n\nEn ny sætning.\n');
    const kept = keepLayout(text, written, 'mdx');
    expect(kept).toContain('status: udkast');
    expect(kept).toContain('En ny sætning.');
    for (const line of text.split('\n').filter((l) => l.startsWith('#') || /: \[.*\]$/.test(l))) expect(kept.split('\n')).toContain(line);
    expect(parse(splitFrontmatter(kept).frontmatter!)).toEqual(parse(splitFrontmatter(written).frontmatter!));
  });
});

describe('the public site', () => {
  it('has nothing of the editor: no file under src/ or public/, nor the Astro configuration, names Decap or scripts/editor', () => {
    const files = [...globSync('src/**/*.{ts,astro,mjs,js,scss,css,html}'), ...globSync('public/**/*.{js,html,css}'), 'astro.config.mjs'];
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => /decap|scripts\/editor/i.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});

describe('a field a content-check problem names', () => {
  it('is also named by its label in the editor, list positions kept', () => {
    expect(editorFieldLabel('standards', 'adoptedOn')).toBe('Vedtaget den');
    expect(editorFieldLabel('standards', 'sections → nr. 2 → id')).toBe('Afsnit → nr. 2 → Afsnittets nummer');
    expect(editorFieldLabel('consultations', 'rows → nr. 3 → party')).toBe('Høringssvar → nr. 3 → Høringspart');
    expect(editorFieldLabel('standards', 'titel')).toBeUndefined();
    expect(editorFieldLabel('standards', '')).toBeUndefined();
  });
});

describe('the content check on a save', () => {
  const file = 'content/standards/eksempel/social-behandling-stoffer/2026.mdx';
  const text = readFileSync(file, 'utf8');

  it('lets an unchanged file and a changed text through', () => {
    expect(problemsWithSave('.', 'content', [{ path: file, raw: text }])).toEqual([]);
    expect(problemsWithSave('.', 'content', [{ path: file, raw: `${text}\nEn ny sætning.\n` }])).toEqual([]);
  });

  it('refuses a date that does not exist, naming the file and the field in Danish', () => {
    const changed = text.replace(/^adoptedOn: .*$/m, 'adoptedOn: 2026-02-30');
    expect(changed).not.toBe(text);
    const problems = problemsWithSave('.', 'content', [{ path: file, raw: changed }]);
    expect(problems).toEqual([{ file, field: 'adoptedOn', message: expect.stringContaining('en dato, der findes') }]);
    expect(refusal(problems)).toContain(`${file}: feltet »adoptedOn« (»Vedtaget den« i redigeringen) skal være en dato, der findes`);
  });

  it('refuses a new version that points at a consultation that does not exist', () => {
    const raw = text.replace(/^version: .*$/m, 'version: "2027"').replace(/^consultation: .*$/m, 'consultation: eksempel/findes-ikke');
    const problems = problemsWithSave('.', 'content', [{ path: 'content/standards/eksempel/social-behandling-stoffer/2027.mdx', raw }]);
    expect(problems.map((p) => p.field)).toContain('consultation');
  });

  it('refuses deleting a consultation a standard points at', () => {
    const problems = problemsWithSave('.', 'content', [], ['content/consultations/eksempel/hoering-2026.yaml']);
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe('the editor server', () => {
  let root: string;
  let editor: RunningEditor;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'editor-server-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    editor = await startEditor({ repoRoot: root, port: 0 });
  });
  afterAll(async () => {
    await editor?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });
  const api = (action: string, params: Record<string, unknown>) =>
    fetch(new URL('api/v1', editor.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, params }) });
  const file = 'content/standards/eksempel/social-behandling-stoffer/2026.mdx';
  const persist = (raw: string, assets: unknown[] = []) =>
    api('persistEntry', { branch: 'main', dataFiles: [{ path: file, raw, slug: '2026' }], assets, options: { commitMessage: 'x', collectionName: 'standards', useWorkflow: false, status: 'draft' } });

  it('serves the Danish editor page and the configuration for the content it edits', async () => {
    const page = await (await fetch(editor.url)).text();
    expect(page).toContain('<html lang="da">');
    expect(page).toContain('src="/decap/decap-cms.js"');
    expect(await (await fetch(new URL('config.yml', editor.url))).text()).toBe(decapConfigText({ elementsRule: readElementsRule(join(root, 'content')) }));
    expect((await fetch(new URL('decap/decap-cms.js', editor.url))).status).toBe(200);
  });

  it('refuses code in a standard\'s text with the content check\'s Danish words, and writes nothing', async () => {
    const before = readFileSync(join(root, file), 'utf8');
    const response = await persist(`${before}\nexport const x = 1\n`);
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(/^Indholdet har 1 fejl, der skal rettes:\n  - content\/standards\/eksempel\/social-behandling-stoffer\/2026\.mdx: /);
    expect(readFileSync(join(root, file), 'utf8')).toBe(before);
  });

  it('refuses uploads, which would be published unchecked', async () => {
    const response = await api('persistMedia', { branch: 'main', asset: { path: 'public/billeder/x.svg', content: 'PHN2Zy8+', encoding: 'base64' } });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: string }).error).toContain('Billeder og andre filer kan ikke lægges op');
  });

  it('writes a valid change', async () => {
    const before = readFileSync(join(root, file), 'utf8');
    const response = await persist(`${before}\nEn sætning mere.\n`);
    expect(response.status).toBe(200);
    expect(readFileSync(join(root, file), 'utf8')).toBe(`${before}\nEn sætning mere.\n`);
  });
});
