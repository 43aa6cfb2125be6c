/** Every built page passes html-validate's recommended rules (configured in .htmlvalidate.json) with zero errors. */
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/browser/dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = builtPages();

describe('html-validate', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s has no errors', async (_, page) => {
    const report = await validator.validateString(page.html, `dist/${page.file}`);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
