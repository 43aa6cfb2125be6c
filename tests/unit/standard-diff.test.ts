/**
 * Splitting a standard's text into sections and comparing two versions section by section.
 * The fixture pair tests/fixtures/standard-diff/2022.mdx and 2024.mdx holds one section of each
 * kind of change; its frontmatter is validated by the site's own schema.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content-check/content-files.ts';
import { parseYaml } from '../../src/content-check/yaml-reader.ts';
import {
  diffVersions,
  MIN_TOKENS_TO_COMPARE,
  RENUMBER_SIMILARITY,
  textSimilarity,
  wordDiff,
  type DiffSegment,
  type SectionDiff,
  type VersionInput,
} from '../../src/domain/standards/diff.ts';
import { normalizeWhitespace, splitSections } from '../../src/domain/standards/sections.ts';
import { extractVersion, type SectionStatus } from '../../src/domain/standards/diff.ts';
import { BLOCK_SEPARATOR, readerText } from '../../src/domain/standards/reader-text.ts';
import { changeCountsText, diffView, layoutDiff, summarySentence, toHtml, visibleText } from '../../src/domain/standards/diff-view.ts';
import { standardSchema } from '../../src/schemas/standard.ts';

function loadVersion(path: string): VersionInput {
  const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
  const parsed = parseYaml(frontmatter ?? '', path);
  const data = standardSchema().parse(parsed.data);
  return { version: data.version, sections: data.sections, body, file: path };
}

const older = loadVersion('tests/fixtures/standard-diff/2022.mdx');
const newer = loadVersion('tests/fixtures/standard-diff/2024.mdx');

const newTextOf = (segments: readonly DiffSegment[]) => segments.filter((s) => s.kind !== 'removed').map((s) => s.text).join('');
const oldTextOf = (segments: readonly DiffSegment[]) => segments.filter((s) => s.kind !== 'added').map((s) => (s.kind === 'same' ? (s.oldText ?? s.text) : s.text)).join('');
const changedParts = (segments: readonly DiffSegment[] | undefined, kind: 'added' | 'removed') =>
  (segments ?? []).filter((s) => s.kind === kind).map((s) => normalizeWhitespace(s.text));

/** A version from [id, title, text] triples, with headings written the way editors write them. */
function version(label: string, sections: readonly (readonly [string, string, string])[], intro = ''): VersionInput {
  const body = [intro, ...sections.map(([id, title, text]) => `## ${id} ${title} {#afsnit-${id.replaceAll('.', '-')}}\n\n${text}\n`)].join('\n');
  return { version: label, sections: sections.map(([id, title]) => ({ id, title })), body };
}

describe('splitSections', () => {
  it('returns each section with its id, anchor, heading and source text, in order', () => {
    const body = '## 1 Målgruppe {#afsnit-1}\n\nTekst *med* markering.\n\n## 4.4.5 Psykisk lidelse {#afsnit-4-4-5}\n\nMere tekst.\n';
    expect(splitSections(body, ['1', '4.4.5'])).toEqual([
      { id: '1', anchor: 'afsnit-1', heading: '1 Målgruppe', text: 'Tekst *med* markering.' },
      { id: '4.4.5', anchor: 'afsnit-4-4-5', heading: '4.4.5 Psykisk lidelse', text: 'Mere tekst.' },
    ]);
  });

  it('maps anchors back through the frontmatter ids, so word ids with hyphens and numbers with dots both work', () => {
    const body = '## Resumé {#afsnit-resume}\n\nA\n\n## Om os {#afsnit-om-os}\n\nB\n\n## 2.8 X {#afsnit-2-8}\n\nC\n';
    expect(splitSections(body, ['2.8', 'om-os', 'resume']).map((s) => s.id)).toEqual(['resume', 'om-os', '2.8']);
  });

  it('returns the whole body as the introduction when there are no section headings', () => {
    expect(splitSections('Kun en indledning.\n\n## En overskrift uden mærke\n\nTekst.\n', [])).toEqual([
      { id: '', anchor: '', heading: '', text: 'Kun en indledning.\n\n## En overskrift uden mærke\n\nTekst.' },
    ]);
    expect(splitSections('', [])).toEqual([]);
    expect(splitSections('\n   \n', [])).toEqual([]);
  });

  it('returns text before the first section heading as the introduction, and none when it is blank', () => {
    const withIntro = splitSections('Indledning.\n\n## 1 A {#afsnit-1}\n\nTekst.\n', ['1']);
    expect(withIntro.map((s) => [s.id, s.text])).toEqual([['', 'Indledning.'], ['1', 'Tekst.']]);
    expect(splitSections('\n\n## 1 A {#afsnit-1}\n\nTekst.\n', ['1']).map((s) => s.id)).toEqual(['1']);
  });

  it('keeps a heading without a section mark, of any level, in the text of the section above it', () => {
    const body = '## 1 A {#afsnit-1}\n\nFør.\n\n### Underoverskrift\n\nUnder.\n\n## Uden mærke\n\nEfter.\n\n# Bilag {#bilag}\n\nSidst.\n\n## 2 B {#afsnit-2}\n\nTo.\n';
    const [first, second] = splitSections(body, ['1', '2']);
    expect(first.text).toBe('Før.\n\n### Underoverskrift\n\nUnder.\n\n## Uden mærke\n\nEfter.\n\n# Bilag {#bilag}\n\nSidst.');
    expect(second.text).toBe('To.');
  });

  it('ends a section at a marked sub-section, so no text belongs to two sections', () => {
    const body = '## 3 Rettigheder {#afsnit-3}\n\nOm rettigheder.\n\n### 3.4 Frit valg {#afsnit-3-4}\n\nOm frit valg.\n\n#### Detaljer\n\nMere.\n\n## 4 Tilbud {#afsnit-4}\n\nOm tilbud.\n';
    expect(splitSections(body, ['3', '3.4', '4']).map((s) => [s.id, s.text])).toEqual([
      ['3', 'Om rettigheder.'],
      ['3.4', 'Om frit valg.\n\n#### Detaljer\n\nMere.'],
      ['4', 'Om tilbud.'],
    ]);
  });

  it('keeps GFM tables, lists and components in the text as written', () => {
    const table = '| Frist | Dage |\n|:--|--:|\n| Start | 14 |';
    const list = '- første\n  - indrykket\n- anden';
    const body = `## 1 A {#afsnit-1}\n\n${table}\n\n${list}\n\n<Example id="x" />\n`;
    expect(splitSections(body, ['1'])[0].text).toBe(`${table}\n\n${list}\n\n<Example id="x" />`);
  });

  it('does not split at lines that only look like section headings: in code or in a quotation', () => {
    const body = '## 1 A {#afsnit-1}\n\n```\n## 2 B {#afsnit-2}\n```\n\n> ## 2 B {#afsnit-2}\n';
    const sections = splitSections(body, ['1', '2']);
    expect(sections.map((s) => s.id)).toEqual(['1']);
    expect(sections[0].text).toContain('> ## 2 B {#afsnit-2}');
  });

  it('reads underlined (setext) headings and Windows line ends', () => {
    const body = 'Intro.\r\n\r\nFrit valg {#afsnit-3-4}\r\n---------\r\n\r\nTekst.\r\n';
    expect(splitSections(body, ['3.4'])).toEqual([
      { id: '', anchor: '', heading: '', text: 'Intro.' },
      { id: '3.4', anchor: 'afsnit-3-4', heading: 'Frit valg', text: 'Tekst.' },
    ]);
  });

  it('names the file, the heading and the expected ids when a mark has no section in the list', () => {
    expect(() => splitSections('## 5 X {#afsnit-5}\n', ['1', '2'], { file: 'content/standards/a/b/c.mdx' })).toThrow(
      'content/standards/a/b/c.mdx: the heading "5 X" is marked {#afsnit-5}, but no section in the list has that id: expected a mark for one of "1", "2"',
    );
  });

  it('refuses two headings with the same mark', () => {
    expect(() => splitSections('## 1 A {#afsnit-1}\n\n## 1 B {#afsnit-1}\n', ['1'])).toThrow('two headings are marked {#afsnit-1}');
  });

  it('reads the Copenhagen record, whose sections are headings without text', () => {
    const { frontmatter, body } = splitFrontmatter(readFileSync('content/standards/koebenhavn/social-behandling-stoffer/2023-24.mdx', 'utf8'));
    const data = standardSchema().parse(parseYaml(frontmatter ?? '', 'koebenhavn').data);
    const sections = splitSections(body, data.sections.map((s) => s.id));
    expect(sections.map((s) => s.id)).toEqual(data.sections.map((s) => s.id));
    expect(sections.every((s) => s.text === '')).toBe(true);
    expect(sections.find((s) => s.id === '4.4.5')?.anchor).toBe('afsnit-4-4-5');
  });
});

describe('diffVersions on the fixture pair', () => {
  const diff = diffVersions(older, newer);
  const byOld = (id: string) => diff.sections.find((s) => s.oldId === id) as SectionDiff;
  const byNew = (id: string) => diff.sections.find((s) => s.newId === id) as SectionDiff;

  it('counts each status', () => {
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 4, unchanged: 2, moved: 1, renumbered: 1 });
    expect(diff.older).toBe('2022');
    expect(diff.newer).toBe('2024');
  });

  it('lists sections in the newer order, a removed section after the one it followed', () => {
    expect(diff.sections.map((s) => `${s.status}:${s.oldId ?? '-'}>${s.newId ?? '-'}`)).toEqual([
      'unchanged:1>1',
      'changed:9>9',
      'unchanged:2>2',
      'changed:3>3',
      'changed:4>4',
      'renumbered:7>6',
      'changed:8>7',
      'moved:5>5',
      'removed:6>-',
      'added:->10',
    ]);
  });

  it('reports an untouched section as unchanged, without a diff', () => {
    expect(byOld('1')).toMatchObject({ status: 'unchanged', moved: false, textChanged: false, titleChanged: false, renumbered: false });
    expect(byOld('1').segments).toBeUndefined();
  });

  it('reports a section whose only change is whitespace (reflowed lines, padded table, indented list) as unchanged: the reader text is the same', () => {
    const section = byOld('2');
    expect(section.status).toBe('unchanged');
    expect(section.oldText).toBe(section.newText);
    expect(section.newText).toContain('Alder: 18-24 år; Tilbud: Ungeteam');
    expect(section.newReader!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table-row', 'table-row', 'list-item', 'list-item']);
  });

  it('reports reworded text with a word-level diff of the reader text, through a nested heading and a GFM table', () => {
    const section = byOld('3');
    expect(section).toMatchObject({ status: 'changed', textChanged: true, titleChanged: false, moved: false });
    expect(changedParts(section.segments, 'added')).toEqual(['og eventuelt pårørende', 'senest 14 dage efter henvendelsen', 'tre dage Henvendelse: Digital Post; Svar: Inden for tre dage']);
    expect(changedParts(section.segments, 'removed')).toEqual(['inden for 14 dage', 'en uge']);
    // The nested heading and the unchanged table rows are shared text, not changes; no Markdown is left.
    const same = section.segments!.filter((s) => s.kind === 'same').map((s) => s.text).join('');
    expect(same).toContain('Sådan søger du');
    expect(same).toContain('Henvendelse: Telefon; Svar: Samme dag');
    expect(section.newText).not.toMatch(/###|\||\{#/);
    expect(newTextOf(section.segments!)).toBe(section.newText);
    expect(oldTextOf(section.segments!)).toBe(section.oldText);
  });

  it('reports a retitled section as changed, with no text diff', () => {
    expect(byOld('4')).toMatchObject({ status: 'changed', titleChanged: true, textChanged: false, oldTitle: 'Frit valg', newTitle: 'Frit valg af behandlingssted' });
    expect(byOld('4').segments).toBeUndefined();
  });

  it('reports a section moved with the same text as moved, and one moved and reworded as changed with moved set', () => {
    expect(byOld('5')).toMatchObject({ status: 'moved', moved: true, oldPosition: 4, newPosition: 7 });
    expect(byOld('9')).toMatchObject({ status: 'changed', moved: true, textChanged: true, oldPosition: 8, newPosition: 1 });
    expect(changedParts(byOld('9').segments, 'removed')).toEqual(['det nationale register']);
    expect(changedParts(byOld('9').segments, 'added')).toEqual(['Stofmisbrugsdatabasen', 'andet']);
  });

  it('calls as few sections moved as any reordering allows: all but a longest run kept in order', () => {
    /** The length of a longest increasing subsequence, by the quadratic textbook recurrence. */
    const longestRun = (xs: number[]) => {
      const best = xs.map(() => 1);
      xs.forEach((x, i) => xs.slice(0, i).forEach((y, j) => y < x && (best[i] = Math.max(best[i], best[j] + 1))));
      return Math.max(0, ...best);
    };
    const texts = Array.from({ length: 9 }, (_, k) => `Afsnit ${k} handler om emne nummer ${k}, med en tekst der er lang nok til at sammenligne ${'ord '.repeat(k + 12)}`);
    fc.assert(
      fc.property(fc.shuffledSubarray([...texts.keys()], { minLength: texts.length, maxLength: texts.length }), (order) => {
        const before = version('1', texts.map((t, k) => [String(k + 1), `Titel ${k}`, t] as const));
        const after = version('2', order.map((k) => [String(k + 1), `Titel ${k}`, texts[k]] as const));
        const result = diffVersions(before, after);
        expect(result.sections.filter((sec) => !sec.moved)).toHaveLength(longestRun(order));
        expect(result.sections.every((sec) => sec.status === (sec.moved ? 'moved' : 'unchanged'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('does not call sections moved when they only shift because another was removed or added', () => {
    expect(diff.sections.filter((s) => s.moved).map((s) => s.oldId)).toEqual(['9', '5']);
  });

  it('pairs renumbered sections instead of matching unrelated sections that now share an id', () => {
    expect(byNew('6')).toMatchObject({ status: 'renumbered', oldId: '7', renumbered: true, textChanged: false, similarity: 1, anchor: 'afsnit-6' });
    expect(byNew('7')).toMatchObject({ status: 'changed', oldId: '8', renumbered: true, textChanged: true });
    expect(byNew('7').similarity).toBeGreaterThanOrEqual(RENUMBER_SIMILARITY);
    expect(changedParts(byNew('7').segments, 'added')).toEqual(['og kognitiv terapi']);
    expect(byOld('6')).toMatchObject({ status: 'removed', oldTitle: 'Egenbetaling', anchor: 'afsnit-6', changes: [] });
    expect(byOld('6').newId).toBeUndefined();
  });

  it('reports an added section with its text', () => {
    expect(byNew('10')).toMatchObject({ status: 'added', newTitle: 'Gavekort', newPosition: 8 });
    expect(byNew('10').newText).toMatch(/^Kommunen kan give borgere/);
    expect(byNew('10').oldId).toBeUndefined();
  });

  it("carries the newer version's recorded changes with the consultation rows split for linking", () => {
    expect(byOld('3').changes).toEqual([
      {
        description: 'Pårørende kan deltage i samtalen, og fristen regnes fra henvendelsen.',
        cause: 'hoeringssvar',
        responses: [
          { ref: 'testby/hoering-2024#raad-visitation', consultation: 'testby/hoering-2024', row: 'raad-visitation' },
          { ref: 'testby/hoering-2024#paaroerende', consultation: 'testby/hoering-2024', row: 'paaroerende' },
        ],
      },
      { description: 'Svartiden ved fremmøde er kortet ned, og Digital Post er tilføjet.', cause: 'forvaltningen', responses: [] },
    ]);
    expect(byOld('4').changes[0].responses.map((r) => r.row)).toEqual(['raad-frit-valg']);
  });

  it('compares the introduction separately from the sections', () => {
    expect(diff.intro).toMatchObject({ status: 'unchanged' });
  });

  it('reads the same pair backwards as the mirror image', () => {
    const back = diffVersions(newer, older);
    expect(back.summary).toEqual({ added: 1, removed: 1, changed: 4, unchanged: 2, moved: 1, renumbered: 1 });
    expect(back.sections.find((s) => s.oldId === '6')).toMatchObject({ status: 'renumbered', newId: '7' });
    expect(back.sections.find((s) => s.oldId === '7')).toMatchObject({ status: 'changed', newId: '8', renumbered: true });
    expect(back.sections.find((s) => s.newId === '6')).toMatchObject({ status: 'added', newTitle: 'Egenbetaling' });
    expect(back.sections.find((s) => s.oldId === '10')).toMatchObject({ status: 'removed' });
  });
});

describe('diffVersions rules', () => {
  // 20 tokens: 19 words and a full stop.
  const base = 'en to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten.';
  const replaceWords = (text: string, count: number) => {
    const words = text.split(' ');
    for (let k = 0; k < count; k++) words[k] = `ny${k}`;
    return words.join(' ');
  };

  it('pairs a renumbered section at the similarity threshold and not below it', () => {
    const other = 'alfa beta gamma delta epsilon zeta eta theta iota kappa lambda my ny xi omikron pi rho sigma tau.';
    const at = diffVersions(version('a', [['1', 'X', base], ['2', 'Y', other]]), version('b', [['1', 'X', base], ['3', 'Y', replaceWords(other, 2)]]));
    expect(textSimilarity(other, replaceWords(other, 2))).toBe(0.9);
    expect(at.sections.map((s) => [s.status, s.oldId, s.newId])).toEqual([['unchanged', '1', '1'], ['changed', '2', '3']]);
    const below = diffVersions(version('a', [['1', 'X', base], ['2', 'Y', other]]), version('b', [['1', 'X', base], ['3', 'Y', replaceWords(other, 3)]]));
    expect(textSimilarity(other, replaceWords(other, 3))).toBe(0.85);
    expect(below.sections.map((s) => [s.status, s.oldId, s.newId])).toEqual([['unchanged', '1', '1'], ['removed', '2', undefined], ['added', undefined, '3']]);
  });

  it('pairs short texts across ids only when text and title are the same', () => {
    expect(MIN_TOKENS_TO_COMPARE).toBeGreaterThan(3);
    const same = diffVersions(version('a', [['2.8', 'Fremtidige planer', '']]), version('b', [['2.9', 'Fremtidige planer', '']]));
    expect(same.sections.map((s) => [s.status, s.oldId, s.newId])).toEqual([['renumbered', '2.8', '2.9']]);
    const retitled = diffVersions(version('a', [['2.8', 'Fremtidige planer', 'Kort tekst.']]), version('b', [['2.9', 'Planer', 'Kort tekst.']]));
    expect(retitled.sections.map((s) => s.status)).toEqual(['removed', 'added']);
  });

  it('keeps an id pair whose text was rewritten when nothing else resembles it', () => {
    const rewritten = 'helt ny tekst om noget andet end før med mange nye ord og ingen gamle vendinger overhovedet.';
    const diff = diffVersions(version('a', [['1', 'Klage', base]]), version('b', [['1', 'Klageadgang', rewritten]]));
    expect(diff.sections).toHaveLength(1);
    expect(diff.sections[0]).toMatchObject({ status: 'changed', renumbered: false, titleChanged: true, textChanged: true });
  });

  it('keeps an id pair with the same title even when another section resembles its old text', () => {
    const rewritten = 'helt ny tekst om noget andet end før med mange nye ord og ingen gamle vendinger overhovedet.';
    const diff = diffVersions(version('a', [['1', 'Klage', base]]), version('b', [['1', 'Klage', rewritten], ['2', 'Kopi', base]]));
    expect(diff.sections.map((s) => [s.status, s.oldId, s.newId])).toEqual([['changed', '1', '1'], ['added', undefined, '2']]);
  });

  it('reads two sections that swapped numbers as renumbered, one of them also moved', () => {
    const other = 'alfa beta gamma delta epsilon zeta eta theta iota kappa lambda my ny xi omikron pi rho sigma tau.';
    const diff = diffVersions(version('a', [['1', 'A', base], ['2', 'B', other]]), version('b', [['1', 'B', other], ['2', 'A', base]]));
    expect(diff.sections.map((s) => [s.status, s.oldId, s.newId])).toEqual([['renumbered', '2', '1'], ['renumbered', '1', '2']]);
    expect(diff.sections.filter((s) => s.moved)).toHaveLength(1);
  });

  it('reports an added, removed or changed introduction', () => {
    const sections = [['1', 'A', 'Tekst.']] as const;
    expect(diffVersions(version('a', sections), version('b', sections, 'Ny indledning.')).intro).toMatchObject({ status: 'added', oldText: '', newText: 'Ny indledning.' });
    expect(diffVersions(version('a', sections, 'Gammel indledning.'), version('b', sections)).intro?.status).toBe('removed');
    const changed = diffVersions(version('a', sections, 'Gammel indledning.'), version('b', sections, 'Ny indledning.')).intro;
    expect(changed?.status).toBe('changed');
    expect(changedParts(changed?.segments, 'removed')).toEqual(['Gammel']);
    expect(diffVersions(version('a', sections), version('b', sections)).intro).toBeUndefined();
  });

  it('names the version and the missing heading when a listed section has none', () => {
    const broken: VersionInput = { version: '2025', sections: [{ id: '1', title: 'A' }, { id: '2', title: 'B' }], body: '## 1 A {#afsnit-1}\n\nTekst.\n' };
    expect(() => diffVersions(broken, broken)).toThrow('version "2025": section "2" in the list has no heading in the text: expected a heading ending in {#afsnit-2}');
    expect(() => diffVersions({ ...broken, file: 'x.mdx' }, broken)).toThrow(/^x\.mdx: section "2"/);
  });
});

describe('wordDiff', () => {
  it('marks the words that changed and keeps the rest as shared text', () => {
    expect(wordDiff('Samtalen finder sted inden for 14 dage.', 'Samtalen finder sted senest 14 dage efter.')).toEqual([
      { kind: 'same', text: 'Samtalen finder sted' },
      { kind: 'removed', text: ' inden for' },
      { kind: 'added', text: ' senest' },
      { kind: 'same', text: ' 14 dage' },
      { kind: 'added', text: ' efter' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('shows whitespace that differs only in kind or amount as shared text with the older form', () => {
    expect(wordDiff('a  b\nc', 'a b c')).toEqual([{ kind: 'same', text: 'a b c', oldText: 'a  b\nc' }]);
  });

  it('counts space against no space as a change', () => {
    const segments = wordDiff('a,b', 'a, b');
    expect(segments.filter((s) => s.kind !== 'same')).toEqual([{ kind: 'added', text: ' ' }]);
  });

  it('folds a short shared word between two rewrites into one change, so a rewritten sentence reads whole', () => {
    const segments = wordDiff('Borgeren får en samtale og en plan.', 'Kommunen sender et brev og ringer op.');
    expect(segments).toEqual([
      { kind: 'removed', text: 'Borgeren får en samtale og en plan' },
      { kind: 'added', text: 'Kommunen sender et brev og ringer op' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('aligns a long text rewritten from end to end line by line, keeping the lines both share', () => {
    // Distinct words on every line, so nothing is shared by chance; every tenth line is kept.
    const line = (version: string, k: number) => Array.from({ length: 12 }, (_, w) => `${version}${k}x${w}`).join(' ');
    const lines = (version: string) => Array.from({ length: 200 }, (_, k) => (k % 10 === 0 ? `Fælles linje nummer ${k} bliver stående.` : line(version, k)));
    const before = lines('gammel').join('\n');
    const after = lines('ny').join('\n');
    const segments = wordDiff(before, after);
    expect(newTextOf(segments)).toBe(after);
    expect(oldTextOf(segments)).toBe(before);
    const shared = segments.filter((s) => s.kind === 'same').map((s) => normalizeWhitespace(s.text));
    expect(shared).toEqual(Array.from({ length: 20 }, (_, i) => `Fælles linje nummer ${i * 10} bliver stående.`));
  });

  it('keeps a shared sentence between two rewritten ones visible', () => {
    const segments = wordDiff('Gammel første sætning her. Denne sætning er fælles for begge. Gammel sidste sætning her.', 'Ny indledende sætning der. Denne sætning er fælles for begge. Ny afsluttende sætning der.');
    expect(segments.some((s) => s.kind === 'same' && s.text.includes('Denne sætning er fælles for begge.'))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const wordPiece = fc.constantFrom('og', 'at', 'borger', 'behandling', '§', '101', ',', '.', '|', '-', '*', 'ø', 'Å');
const space = fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', '');
/** Text with many shared words, so that diffs have both shared and changed parts. */
const overlappingText = fc.array(fc.tuple(wordPiece, space), { maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
const anyText = fc.oneof(overlappingText, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }));

/** A word no other drawn word is likely to equal, so sections' texts differ clearly. */
const word = fc.stringMatching(/^[a-zæøå]{3,9}$/);
const longText = fc.array(word, { minLength: MIN_TOKENS_TO_COMPARE + 2, maxLength: 30 }).map((w) => `${w.join(' ')}.`);
const title = fc.stringMatching(/^[A-ZÆØÅ][a-zæøå]{2,12}$/);
/** 1 to 8 sections with ids "1".."n", distinct titles and long texts. */
const sectionList = fc
  .uniqueArray(title, { minLength: 1, maxLength: 8 })
  .chain((titles) => fc.tuple(fc.constant(titles), fc.array(longText, { minLength: titles.length, maxLength: titles.length })))
  .map(([titles, texts]) => titles.map((t, k) => [String(k + 1), t, texts[k]] as const));
/** No two sections of the list resemble each other, so pairing has one right answer. */
const distinctTexts = (sections: readonly (readonly [string, string, string])[]) =>
  sections.every(([, , a], i) => sections.every(([, , b], j) => i === j || textSimilarity(a, b) < 0.5));

describe('properties', () => {
  it('wordDiff: shared and added parts give the new text, shared (older form) and removed parts give the old text', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const segments = wordDiff(a, b);
        expect(newTextOf(segments)).toBe(b);
        expect(oldTextOf(segments)).toBe(a);
      }),
      { numRuns: 500 },
    );
  });

  it('textSimilarity is the Dice coefficient of the longest common subsequence of tokens', () => {
    const lcs = (a: string[], b: string[]) => {
      const row = new Array<number>(b.length + 1).fill(0);
      for (const x of a) {
        let diagonal = 0;
        b.forEach((y, j) => {
          const above = row[j + 1];
          row[j + 1] = x === y ? diagonal + 1 : Math.max(row[j + 1], row[j]);
          diagonal = above;
        });
      }
      return row[b.length];
    };
    const tokens = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ','), { maxLength: 25 });
    fc.assert(
      fc.property(tokens, tokens, (a, b) => {
        const expected = a.length + b.length === 0 ? 1 : (2 * lcs(a, b)) / (a.length + b.length);
        expect(textSimilarity(a.join(' '), b.join(' '))).toBeCloseTo(expected, 12);
      }),
      { numRuns: 500 },
    );
  });

  it('wordDiff: there is an added or removed part exactly when the texts differ beyond whitespace', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const changed = wordDiff(a, b).some((s) => s.kind !== 'same');
        expect(changed).toBe(normalizeWhitespace(a) !== normalizeWhitespace(b));
      }),
      { numRuns: 500 },
    );
  });

  it('wordDiff: no two neighbouring segments have the same kind, and a removed part comes before an added one', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const kinds = wordDiff(a, b).map((s) => s.kind);
        kinds.forEach((k, i) => {
          if (i > 0) expect(k).not.toBe(kinds[i - 1]);
          if (k === 'removed' && i > 0) expect(kinds[i - 1]).toBe('same');
        });
      }),
    );
  });

  it('a version compared with itself is all unchanged', () => {
    fc.assert(
      fc.property(sectionList, fc.option(longText, { nil: undefined }), (sections, intro) => {
        const v = version('x', sections, intro);
        const diff = diffVersions(v, v);
        expect(diff.sections.map((s) => s.status)).toEqual(sections.map(() => 'unchanged'));
        expect(diff.summary.unchanged).toBe(sections.length);
        expect(diff.intro?.status).toBe(intro === undefined ? undefined : 'unchanged');
      }),
      { numRuns: 100 },
    );
  });

  it('reflowing every line of a version leaves every section unchanged', () => {
    fc.assert(
      fc.property(sectionList, fc.array(space.filter((s) => s !== ''), { minLength: 1 }), (sections, spaces) => {
        let k = 0;
        const reflowed = sections.map(([id, t, text]) => [id, t, text.replace(/ /g, () => spaces[k++ % spaces.length])] as const);
        const diff = diffVersions(version('a', sections), version('b', reflowed));
        expect(diff.sections.map((s) => s.status)).toEqual(sections.map(() => 'unchanged'));
      }),
      { numRuns: 100 },
    );
  });

  it('renumbering every section (ids shifted by one, so old numbers now name other sections) reads as renumbered, not as changes', () => {
    fc.assert(
      fc.property(sectionList, fc.integer({ min: 1, max: 3 }), (sections, shift) => {
        fc.pre(distinctTexts(sections));
        const renumbered = sections.map(([id, t, text]) => [String(Number(id) + shift), t, text] as const);
        const diff = diffVersions(version('a', sections), version('b', renumbered));
        expect(diff.sections.map((s) => [s.status, s.oldId, s.newId, s.moved])).toEqual(sections.map(([id]) => ['renumbered', id, String(Number(id) + shift), false]));
      }),
      { numRuns: 100 },
    );
  });

  it('removing one section and moving another keeps every other section unchanged', () => {
    fc.assert(
      fc.property(
        sectionList.filter((s) => s.length >= 3),
        fc.nat(),
        fc.nat(),
        (sections, r, m) => {
          const removeAt = r % sections.length;
          const kept = sections.filter((_, k) => k !== removeAt);
          const [moving] = kept.splice(m % kept.length, 1);
          kept.push(moving);
          const diff = diffVersions(version('a', sections), version('b', kept));
          expect(diff.summary.removed).toBe(1);
          expect(diff.sections.find((s) => s.status === 'removed')?.oldId).toBe(sections[removeAt][0]);
          for (const s of diff.sections) {
            if (s.status === 'removed') continue;
            // The moved section is the last one, unless it was last among the kept ones already.
            expect(s.status).toBe(s.moved ? 'moved' : 'unchanged');
          }
          expect(diff.summary.moved).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 100 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The text a reader sees, and how a comparison is shown

describe('readerText', () => {
  it('keeps a link as its words, with the address as a mark, and drops emphasis syntax', () => {
    const r = readerText('Efter [barnets lov § 33](/lovgrundlag/barnets-lov-33/) og **ikke** efter _serviceloven_.');
    expect(r.text).toBe('Efter barnets lov § 33 og ikke efter serviceloven.');
    expect(r.marks).toEqual([
      { start: 6, end: 22, href: '/lovgrundlag/barnets-lov-33/' },
      { start: 26, end: 30, strong: true },
      { start: 37, end: 49, emphasis: true },
    ]);
  });

  it('joins the source lines of a paragraph as the browser does, and keeps paragraphs apart', () => {
    const r = readerText('En linje\nder   fortsætter.\n\nNyt afsnit.');
    expect(r.text).toBe(`En linje der fortsætter.${BLOCK_SEPARATOR}Nyt afsnit.`);
    expect(r.blocks.map((b) => [b.kind, r.text.slice(b.start, b.end)])).toEqual([['paragraph', 'En linje der fortsætter.'], ['paragraph', 'Nyt afsnit.']]);
  });

  it('reads headings without their {#id}, lists with their markers, table rows with their column names, quotations and code', () => {
    const r = readerText('### Sådan søger du {#soeg}\n\n1. Ring\n2. Skriv\n   - eller mød op\n\n| Frist | Dage |\n|:--|--:|\n| Start | 14 |\n\n> Citat\n\n```\nkode\n```');
    expect(r.blocks.map((b) => [b.kind, b.marker ?? '', b.depth, r.text.slice(b.start, b.end)])).toEqual([
      ['heading', '', 0, 'Sådan søger du'],
      ['list-item', '1.', 0, 'Ring'],
      ['list-item', '2.', 0, 'Skriv'],
      ['list-item', '•', 1, 'eller mød op'],
      ['table-row', '', 0, 'Frist: Start; Dage: 14'],
      ['quote', '', 1, 'Citat'],
      ['code', '', 0, 'kode'],
    ]);
    expect(r.text).not.toMatch(/[#|*`>{]/);
  });

  it('leaves out comments and reads a practice example as a link to it', () => {
    const r = readerText('{/* Skriv her */}\n\n<Example id="testby-eksempel" />\n\nTekst.');
    expect(r.text).toBe(`Eksempel fra praksis${BLOCK_SEPARATOR}Tekst.`);
    expect(r.marks).toEqual([{ start: 0, end: 20, href: '/inspirationskatalog/eksempler/testby-eksempel/' }]);
    expect(readerText('  \n')).toEqual({ text: '', blocks: [], marks: [] });
  });

  it('keeps a hard line break as a line break inside its block', () => {
    const r = readerText('Første linje  \nanden linje');
    expect(r.text).toBe('Første linje\nanden linje');
    expect(r.blocks).toHaveLength(1);
  });

  it('never shows Markdown syntax from the fixture versions', () => {
    for (const v of [older, newer]) {
      for (const s of extractVersion(v).sections) expect(s.text.text, s.id).not.toMatch(/\]\(|\*\*|\{#|^#+ |\|/m);
    }
  });
});

describe('the Danish summary', () => {
  const counts = (c: Partial<Record<SectionStatus, number>>) => ({ added: 0, removed: 0, changed: 0, unchanged: 0, moved: 0, renumbered: 0, ...c });
  it('says "afsnit" once, with singular and plural agreement and "og" before the last', () => {
    expect(changeCountsText(counts({ added: 1, removed: 1, changed: 3 }))).toBe('1 afsnit er nyt, 1 er fjernet og 3 er ændret');
    expect(changeCountsText(counts({ added: 2, unchanged: 1 }))).toBe('2 afsnit er nye og 1 er uændret');
    expect(changeCountsText(counts({ changed: 1, unchanged: 4, renumbered: 2 }))).toBe('1 afsnit er ændret, 2 har fået nye numre og 4 er uændrede');
    expect(changeCountsText(counts({ renumbered: 1 }))).toBe('1 afsnit har fået nyt nummer');
    expect(changeCountsText(counts({}))).toBe('Standarden har ingen afsnit');
  });

  it('opens the comparison with the versions and the counts', () => {
    const diff = diffVersions(older, newer);
    expect(summarySentence(diff)).toBe('Fra version 2022 til version 2024: 1 afsnit er nyt, 1 er fjernet, 4 er ændret, 1 er flyttet, 1 har fået nyt nummer og 2 er uændrede.');
  });
});

describe('diffView', () => {
  const link = (text: string, href: string) => `[${text}](${href})`;
  const a = version('2025', [['1', 'Målgruppe', `Unge får hjælp efter ${link('serviceloven § 101', '/lovgrundlag/sel-101/')}. Det gælder alle.`]]);
  const b = version('2026', [['1', 'Målgruppe', `Unge får hjælp efter ${link('barnets lov § 33', '/lovgrundlag/barnets-lov-33/')}. Det gælder alle.\n\nNyt **afsnit**.`]]);
  const view = diffView(diffVersions(a, b), { olderUrl: '/v/2025/', newerUrl: '/v/2026/' });
  const html = toHtml(view);

  it('marks added and removed words with <ins> and <del>, each starting with a word for screen readers', () => {
    expect(html).toContain('<del class="diff-del"><span class="sr-only">Fjernet: </span><a href="/lovgrundlag/sel-101/">serviceloven § 101</a></del>');
    expect(html).toContain('<ins class="diff-ins"><span class="sr-only">Tilføjet: </span><a href="/lovgrundlag/barnets-lov-33/">barnets lov § 33</a></ins>');
    expect(html).toContain('<strong>afsnit</strong>');
  });

  it('shows the words a reader sees, never the Markdown, in blocks as the page renders them', () => {
    const text = visibleText(view);
    expect(text).toContain('Unge får hjælp efter serviceloven § 101 barnets lov § 33. Det gælder alle.');
    expect(text).not.toMatch(/\]\(|\*\*|\{#/);
    expect(html.match(/<p class="diff-block diff-block--paragraph">/g)).toHaveLength(2);
  });

  it('keeps the space before a change outside its mark', () => {
    expect(html).toContain('efter <del');
  });

  it('writes every text and address escaped, and no link to an address outside the allowed kinds', () => {
    const evil = version('2027', [['1', 'Målgruppe', `&lt;b&gt; &amp; ${link('klik', 'javascript:alert(1)')}`]]);
    const out = toHtml(diffView(diffVersions(a, evil), { olderUrl: '/a/', newerUrl: '/b/' }));
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&lt;b&gt; &amp; klik');
  });

  it('lays out a whole added section as one <ins> around its blocks', () => {
    const added = diffVersions(version('1', []), version('2', [['2', 'Ny', 'Første.\n\n- punkt']]));
    expect(toHtml(diffView(added, { olderUrl: '/a/', newerUrl: '/b/' }))).toContain(
      '<ins class="diff-ins diff-ins--whole"><span class="sr-only">Tilføjet: </span><p class="diff-block diff-block--paragraph">Første.</p><p class="diff-block diff-block--list-item"><span class="diff-marker">• </span>punkt</p></ins>',
    );
  });

  it('sees a changed link behind the same words', () => {
    const moved = diffVersions(version('1', [['1', 'A', link('loven', '/lovgrundlag/a/')]]), version('2', [['1', 'A', link('loven', '/lovgrundlag/b/')]]));
    expect(moved.sections[0]).toMatchObject({ status: 'changed', textChanged: false, linksChanged: true });
  });
});

describe('layoutDiff', () => {
  it('puts shared and added text in the newer blocks and removed text in the older, for any pair of texts', () => {
    const paragraph = fc.array(fc.constantFrom('og', 'borger', 'behandling', '§', '101', ',', '.'), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    const body = fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((ps) => ps.join('\n\n'));
    fc.assert(
      fc.property(body, body, (x, y) => {
        const [rx, ry] = [readerText(x), readerText(y)];
        const blocks = layoutDiff(wordDiff(rx.text, ry.text), rx, ry);
        const shown = (keep: (c: string) => boolean) => blocks.map((bl) => bl.runs.filter((r) => keep(r.change)).flatMap((r) => r.pieces.map((p) => p.text)).join('')).join(' ');
        expect(normalizeWhitespace(shown((c) => c !== 'removed'))).toBe(normalizeWhitespace(ry.text));
        expect(normalizeWhitespace(shown((c) => c !== 'added'))).toBe(normalizeWhitespace(rx.text));
      }),
      { numRuns: 200 },
    );
  });
});
