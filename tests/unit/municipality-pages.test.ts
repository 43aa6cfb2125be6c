import { describe, expect, it } from 'vitest';
import { hasMunicipalityPage, mentionsPlace, pagesNaming, placeName } from '../../src/domain/site/municipalities.ts';

describe('placeName', () => {
  it('drops "Kommune" and turns a genitive into the place', () => {
    expect(placeName('Svendborg Kommune')).toBe('Svendborg');
    expect(placeName('Høje-Taastrup Kommune')).toBe('Høje-Taastrup');
    expect(placeName('Københavns Kommune')).toBe('København');
    expect(placeName('Bornholms Regionskommune')).toBe('Bornholm');
    // A name that ends in s without being a genitive keeps it.
    expect(placeName('Stevns Kommune')).toBe('Stevns');
  });
});

describe('mentionsPlace', () => {
  it('finds the place as a word, and in the genitive', () => {
    expect(mentionsPlace('Alkoholbehandlingen i Odense og Svendborg har ændret', 'Svendborg')).toBe(true);
    expect(mentionsPlace('Svendborgs behandlere', 'Svendborg')).toBe(true);
    expect(mentionsPlace('borgere i Københavns Kommune', 'København')).toBe(true);
    expect(mentionsPlace('Aalborg, Horsens, Odense, Gribskov, Solrød', 'Gribskov')).toBe(true);
  });
  it('does not find it inside an id, another word or in lower case', () => {
    expect(mentionsPlace('<Example id="odense-svendborg-videokonference" />', 'Svendborg')).toBe(false);
    expect(mentionsPlace('Svendborgvej 3', 'Svendborg')).toBe(false);
    expect(mentionsPlace('Odderkrog', 'Odder')).toBe(false);
    expect(mentionsPlace('Aarhusianere', 'Aarhus')).toBe(false);
  });
});

describe('which municipalities get a page', () => {
  const pages = [
    { title: 'Videokonference', url: '/a/', text: 'Alkoholbehandlingen i Odense og Svendborg har etableret videokonference.' },
    { title: 'Bilag 9: Partnerskab', url: '/b/', text: 'Partnerskabsmodellen er baseret på Odder Kommunes klienter.' },
  ];
  it('lists the pages that name a municipality, in order', () => {
    expect(pagesNaming('Svendborg Kommune', pages).map((p) => p.url)).toEqual(['/a/']);
    expect(pagesNaming('Odder Kommune', pages).map((p) => p.url)).toEqual(['/b/']);
    expect(pagesNaming('Aarhus Kommune', pages)).toEqual([]);
  });
  it('publishes a page only when there is own content or a page naming it', () => {
    expect(hasMunicipalityPage(0, 0)).toBe(false);
    expect(hasMunicipalityPage(1, 0)).toBe(true);
    expect(hasMunicipalityPage(0, 2)).toBe(true);
  });
});
