import { describe, expect, it } from 'vitest';
import { danishMunicipalities } from '../../scripts/bench/danish-municipalities.ts';
import { maxIdLength } from '../../scripts/hoering-import/text.ts';
import { entryIdPattern, idPattern, isId, toId } from '../../src/schemas/ids.ts';

describe('toId', () => {
  it('spells out æ, ø and å and joins words with hyphens', () => {
    expect(toId('København')).toBe('koebenhavn');
    expect(toId('Høje-Taastrup')).toBe('hoeje-taastrup');
    expect(toId('Ærø Kommune ')).toBe('aeroe-kommune');
  });
  it('writes Danish letters as the file names do', () => {
    expect(toId('Udsatterådet', maxIdLength)).toBe('udsatteraadet');
    expect(toId('Ældrerådet i Høje-Taastrup', maxIdLength)).toBe('aeldreraadet-i-hoeje-taastrup');
    expect(toId('Café Klare & Co.', maxIdLength)).toBe('cafe-klare-co');
  });
  it('cuts a long id at a hyphen', () => {
    expect(toId('Dansk Socialrådgiverforening, Københavns Kommunes afdeling', maxIdLength)).toBe('dansk-socialraadgiverforening');
    expect(toId('Dansk Socialrådgiverforening, Københavns Kommunes afdeling')).toBe('dansk-socialraadgiverforening-koebenhavns-kommunes-afdeling');
  });
  it('cuts a single long word when it has no hyphen to cut at', () => {
    expect(toId('a'.repeat(50), 10)).toBe('a'.repeat(10));
  });
  it('always makes an id, or nothing when the name has no letters or digits', () => {
    for (const name of ['Ærø', '  --Ø--  ', 'Straße 5', 'Åbenrå/Sønderborg', '§ 101, stk. 4']) expect(isId(toId(name)), name).toBe(true);
    expect(toId('§ – !')).toBe('');
  });
  it('gives all 98 municipalities distinct ids', () => {
    const ids = danishMunicipalities.map((m) => m.id);
    expect(ids).toHaveLength(98);
    expect(new Set(ids).size).toBe(98);
    expect(ids).toContain('hoeje-taastrup');
    expect(ids).toContain('koebenhavn');
  });
});

describe('idPattern and entryIdPattern', () => {
  it('accept ids and ids joined by "/" only', () => {
    expect(idPattern.test('frit-valg')).toBe(true);
    expect(idPattern.test('frit--valg')).toBe(false);
    expect(idPattern.test('Frit-valg')).toBe(false);
    expect(idPattern.test('koebenhavn/x')).toBe(false);
    expect(entryIdPattern.test('koebenhavn/social-behandling-stoffer/2023-24')).toBe(true);
    expect(entryIdPattern.test('koebenhavn//x')).toBe(false);
    expect(entryIdPattern.test('/koebenhavn')).toBe(false);
  });
});
