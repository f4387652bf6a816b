import {
  findLibrary,
  isBilingual,
  librariesOfRegions,
  libraryDirectory,
  libraryName,
  searchLibraries,
  type Library,
} from './libraryDirectory';
import { regionLibraries as dir } from './regionLibraries';

const regionIds = ['uusimaa', 'etela-pohjanmaa', 'keski-pohjanmaa', 'pohjanmaa'];

function libraryIn(municipalityFi: string): Library {
  const library = dir.libraries.find((l) => l.municipality.name.fi === municipalityFi);
  if (!library) throw new Error(`no library in ${municipalityFi}`);
  return library;
}

const ids = (libraries: readonly Library[]) => libraries.map((l) => l.id);

describe('the region library directory', () => {
  it.each(regionIds)('has libraries in %s', (regionId) => {
    expect(librariesOfRegions(dir, [regionId]).length).toBeGreaterThan(0);
  });

  // Current municipalities (2021 on): Isokyrö belongs to Etelä-Pohjanmaa and Kruunupyy to Pohjanmaa.
  it.each([
    ['uusimaa', 26],
    ['etela-pohjanmaa', 18],
    ['keski-pohjanmaa', 8],
    ['pohjanmaa', 14],
  ])('lists every municipality of %s (%i)', (regionId, count) => {
    expect(dir.municipalities.filter((m) => m.regionId === regionId)).toHaveLength(count);
  });

  it('has a main library for every municipality', () => {
    for (const municipality of dir.municipalities) {
      expect(municipality.libraries[0]?.id).toMatch(/-main$/);
      expect(municipality.libraries[0]?.name.fi).toBeTruthy();
      expect(municipality.libraries[0]?.name.sv).toBeTruthy();
    }
  });

  it('gives every library a unique id', () => {
    expect(new Set(ids(dir.libraries)).size).toBe(dir.libraries.length);
  });

  it('places Isokyrö in Etelä-Pohjanmaa and Kruunupyy in Pohjanmaa', () => {
    expect(libraryIn('Isokyrö').municipality.regionId).toBe('etela-pohjanmaa');
    expect(libraryIn('Kruunupyy').municipality.regionId).toBe('pohjanmaa');
  });
});

describe('linguistic status', () => {
  it('has Porvoo/Borgå bilingual with a Finnish majority', () => {
    const porvoo = libraryIn('Porvoo');
    expect(porvoo.municipality.name.sv).toBe('Borgå');
    expect(porvoo.municipality.languages).toBe('fi-sv');
    expect(isBilingual(porvoo)).toBe(true);
  });

  it('has Vaasa/Vasa bilingual with a Finnish majority', () => {
    expect(libraryIn('Vaasa').municipality.languages).toBe('fi-sv');
  });

  it('has Jakobstad bilingual with a Swedish majority', () => {
    const jakobstad = libraryIn('Pietarsaari');
    expect(jakobstad.municipality.name.sv).toBe('Jakobstad');
    expect(jakobstad.municipality.languages).toBe('sv-fi');
    expect(isBilingual(jakobstad)).toBe(true);
  });

  // Korsnäs was unilingually Swedish until 2014; at its council's request it has been bilingual with a
  // Swedish majority since 2015, and the 2023–2032 decree keeps it so.
  it('has Korsnäs bilingual with a Swedish majority, not Swedish-only', () => {
    expect(libraryIn('Korsnäs').municipality.languages).toBe('sv-fi');
  });

  it('has Inkoo and Raasepori with a Swedish majority in Uusimaa', () => {
    expect(libraryIn('Inkoo').municipality.languages).toBe('sv-fi');
    expect(libraryIn('Raasepori').municipality.languages).toBe('sv-fi');
  });

  it('has unilingual Finnish municipalities not bilingual', () => {
    expect(isBilingual(libraryIn('Seinäjoki'))).toBe(false);
    expect(isBilingual(libraryIn('Laihia'))).toBe(false);
  });

  it('has no unilingually Swedish municipality left on the mainland regions', () => {
    expect(dir.municipalities.filter((m) => m.languages === 'sv')).toEqual([]);
  });
});

describe('searchLibraries', () => {
  it('finds Borgå without the ring: "borga"', () => {
    expect(ids(searchLibraries(dir, 'borga', { lang: 'sv' }))).toContain('porvoo-main');
  });

  it('finds Vasa by its Finnish name: "vaasa"', () => {
    const found = searchLibraries(dir, 'vaasa', { lang: 'sv' });
    expect(ids(found)).toEqual(['vaasa-main']);
    expect(libraryName(found[0]!, 'sv')).toBe('Vasa stadsbibliotek');
  });

  it.each(['ÄHTÄRI', 'ähtäri', 'ahtari', 'Etseri'])('finds Ähtäri with %j', (typed) => {
    expect(ids(searchLibraries(dir, typed, { lang: 'fi' }))).toEqual(['ahtari-main']);
  });

  it('matches a library name word as well as a municipality', () => {
    expect(ids(searchLibraries(dir, 'oodi', { lang: 'fi' }))).toEqual(['helsinki-oodi']);
    expect(ids(searchLibraries(dir, 'Centrumbiblioteket', { lang: 'sv' }))).toEqual(['helsinki-oodi']);
  });

  it('needs every word typed to match', () => {
    expect(ids(searchLibraries(dir, 'helsinki oodi', { lang: 'fi' }))).toEqual(['helsinki-oodi']);
    expect(searchLibraries(dir, 'helsinki vaasa', { lang: 'fi' })).toEqual([]);
  });

  it('does not return a library of another region', () => {
    expect(searchLibraries(dir, 'porvoo', { regionIds: ['pohjanmaa'], lang: 'fi' })).toEqual([]);
    expect(ids(searchLibraries(dir, 'porvoo', { regionIds: ['uusimaa'], lang: 'fi' }))).toEqual(['porvoo-main']);
  });

  it('lists every library of the regions when nothing is typed', () => {
    const all = searchLibraries(dir, '  ', { regionIds: ['keski-pohjanmaa'], lang: 'fi' });
    expect(all).toHaveLength(8);
    expect(all.every((l) => l.municipality.regionId === 'keski-pohjanmaa')).toBe(true);
  });

  it('orders by the name the reader sees', () => {
    const pohjanmaa = (lang: 'fi' | 'sv' | 'en') =>
      searchLibraries(dir, '', { regionIds: ['pohjanmaa'], lang }).map((l) => libraryName(l, lang));
    const fi = pohjanmaa('fi');
    expect(fi[0]).toBe('Kaskisten kaupunginkirjasto');
    expect(fi.at(-1)).toBe('Vöyrin kunnankirjasto');
    const sv = pohjanmaa('sv');
    expect(sv[0]).toBe('Jakobstads stadsbibliotek');
    expect(sv.at(-1)).toBe('Vörå kommunbibliotek');
  });

  it('shows English readers the majority language name', () => {
    expect(libraryName(libraryIn('Pietarsaari'), 'en')).toBe('Jakobstads stadsbibliotek');
    expect(libraryName(libraryIn('Porvoo'), 'en')).toBe('Porvoon kaupunginkirjasto');
  });
});

describe('findLibrary', () => {
  it('finds a library by id, with its municipality', () => {
    const seinajoki = findLibrary(dir, 'seinajoki-main');
    expect(seinajoki?.municipality).toMatchObject({ code: '743', regionId: 'etela-pohjanmaa', languages: 'fi' });
  });

  it('returns undefined for an unknown id', () => {
    expect(findLibrary(dir, 'turku-main')).toBeUndefined();
  });
});

describe('libraryDirectory', () => {
  const valid = () => ({
    sources: [{ what: 'test', where: 'here', retrieved: '2026-11-24' }],
    municipalities: [
      {
        code: '638',
        regionId: 'uusimaa',
        name: { fi: 'Porvoo', sv: 'Borgå' },
        languages: 'fi-sv',
        libraries: [
          {
            id: 'porvoo-main',
            name: { fi: 'Porvoon kaupunginkirjasto', sv: 'Borgå stadsbibliotek' },
            email: null,
            phone: null,
            url: null,
          },
        ],
      },
    ],
  });

  it('accepts well-formed data', () => {
    expect(libraryDirectory(valid()).libraries).toHaveLength(1);
  });

  it('refuses an unknown linguistic status, naming the field', () => {
    const data = valid();
    (data.municipalities[0] as { languages: string }).languages = 'en';
    expect(() => libraryDirectory(data)).toThrow(/Invalid library directory data[\s\S]*municipalities\.0\.languages/);
  });

  it('refuses duplicate library ids', () => {
    const data = valid();
    data.municipalities[0]!.libraries.push({ ...data.municipalities[0]!.libraries[0]! });
    expect(() => libraryDirectory(data)).toThrow(/duplicate library id "porvoo-main"/);
  });

  it('refuses a municipality without libraries', () => {
    const data = valid();
    data.municipalities[0]!.libraries = [];
    expect(() => libraryDirectory(data)).toThrow(/at least its main library/);
  });

  it('refuses a malformed email, id or code', () => {
    const data = valid();
    (data.municipalities[0]!.libraries[0] as { email: string | null }).email = 'not an address';
    data.municipalities[0]!.libraries[0]!.id = 'Porvoo Main';
    data.municipalities[0]!.code = '63';
    expect(() => libraryDirectory(data)).toThrow(/libraries\.0\.email[\s\S]*libraries\.0\.id|libraries\.0\.id[\s\S]*libraries\.0\.email/);
    expect(() => libraryDirectory(data)).toThrow(/three-digit municipality code/);
  });

  it('refuses something that is not a directory at all', () => {
    expect(() => libraryDirectory(null)).toThrow(/Invalid library directory data/);
    expect(() => libraryDirectory({ municipalities: 'all of them' })).toThrow(/municipalities/);
  });
});
