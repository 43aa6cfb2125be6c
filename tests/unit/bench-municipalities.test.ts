/** The list of Danish municipalities the benchmark corpus uses: complete, unique, and in line with the real content. */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { municipalitySchema, regions } from '../../src/schemas/municipality.ts';
import { danishMunicipalities, municipalityId, placeName } from '../../scripts/bench/danish-municipalities.ts';

describe('Danish municipalities', () => {
  it('has the 98 municipalities with unique codes, names and ids', () => {
    expect(danishMunicipalities).toHaveLength(98);
    for (const key of ['code', 'name', 'id'] as const) expect(new Set(danishMunicipalities.map((m) => m[key])).size).toBe(98);
  });

  it('has 29, 17, 22, 19 and 11 municipalities in the five regions', () => {
    const counts = Object.fromEntries(regions.map((r) => [r, danishMunicipalities.filter((m) => m.region === r).length]));
    expect(counts).toEqual({ 'Region Hovedstaden': 29, 'Region Sjælland': 17, 'Region Syddanmark': 22, 'Region Midtjylland': 19, 'Region Nordjylland': 11 });
  });

  it('gives each entry a valid municipality file and an id the content folder accepts', () => {
    for (const m of danishMunicipalities) {
      expect(municipalitySchema().safeParse({ name: m.name, code: m.code, region: m.region }).success, m.name).toBe(true);
      expect(m.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('agrees with every municipality file in content/ on id, name, code and region', () => {
    const files = globSync('*.yaml', { cwd: 'content/municipalities' });
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const data = parse(readFileSync(join('content/municipalities', file), 'utf8')) as { name: string; code: string; region: string; fictional?: boolean };
      if (data.fictional) continue;
      const listed = danishMunicipalities.find((m) => m.code === data.code);
      expect(listed, file).toEqual({ id: file.replace(/\.yaml$/, ''), name: data.name, code: data.code, region: data.region });
    }
  });

  it('writes ids from place names, also for names in the genitive', () => {
    expect(municipalityId('Københavns Kommune')).toBe('koebenhavn');
    expect(municipalityId('Høje-Taastrup Kommune')).toBe('hoeje-taastrup');
    expect(municipalityId('Bornholms Regionskommune')).toBe('bornholm');
    expect(municipalityId('Ærø Kommune')).toBe('aeroe');
    expect(placeName('Vesthimmerlands Kommune')).toBe('Vesthimmerland');
    expect(placeName('Aarhus Kommune')).toBe('Aarhus');
  });
});
