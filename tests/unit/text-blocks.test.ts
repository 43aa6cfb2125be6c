import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/domain/site/text-blocks.ts';

describe('textBlocks', () => {
  it('makes paragraphs of lines and lists of "- " runs', () => {
    expect(textBlocks('Forvaltningen har modtaget svar fra tre parter:\n- Udsatterådet\n- Frivilligrådet\n\nTak.')).toEqual([
      { kind: 'paragraph', text: 'Forvaltningen har modtaget svar fra tre parter:' },
      { kind: 'list', items: ['Udsatterådet', 'Frivilligrådet'] },
      { kind: 'paragraph', text: 'Tak.' },
    ]);
  });
  it('accepts bullets written as • and ignores blank lines', () => {
    expect(textBlocks('\n• 2016: 3\n• 2017: 9\n')).toEqual([{ kind: 'list', items: ['2016: 3', '2017: 9'] }]);
  });
  it('keeps a dash inside a line', () => {
    expect(textBlocks('519 drøftelser - 209 om dagbehandling')).toEqual([{ kind: 'paragraph', text: '519 drøftelser - 209 om dagbehandling' }]);
  });
});
