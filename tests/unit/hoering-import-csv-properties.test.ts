/** parseCsv reads back any table written the way Excel quotes CSV, with each record's lines. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/hoering-import/csv.ts';

const cell = fc.string({ unit: fc.constantFrom('a', 'æ', 'Ø', ' ', ';', ',', '"', '\n', '\t', '1', '.'), maxLength: 12 });
const quoted = (text: string) => (/[;"\n]|^[ \t]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

describe('parseCsv', () => {
  it('reads back every record written with Excel quoting, with its first and last line', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), (table) => {
        const lines = table.map((record) => record.map(quoted).join(';'));
        const records = parseCsv(`${lines.join('\n')}\n`, ';');
        expect(records.map((r) => r.fields)).toEqual(table);
        let line = 1;
        records.forEach((record, i) => {
          const breaks = (lines[i].match(/\n/g) ?? []).length;
          expect([record.line, record.endLine]).toEqual([line, line + breaks]);
          expect(record.raw).toBe(lines[i]);
          line += breaks + 1;
        });
      }),
      { numRuns: 500 },
    );
  });
});
