import { checkGuide, editionFor } from './guides';

const prao = {
  title: { fi: 'PRAO-opas kirjastoille', sv: 'PRAO-guiden för bibliotek', en: '' },
  editions: { fi: { url: 'https://example.org/fi.pdf', published: '2021-11' }, sv: { url: 'https://example.org/sv.pdf', published: '2022-02' } },
};

describe('a guide', () => {
  it('gives each reader their language\'s edition, else Finnish, then Swedish', () => {
    expect(editionFor(prao, 'sv')).toEqual({ lang: 'sv', edition: prao.editions.sv });
    expect(editionFor(prao, 'en')).toEqual({ lang: 'fi', edition: prao.editions.fi });
    expect(editionFor({ editions: { sv: prao.editions.sv } }, 'fi')).toEqual({ lang: 'sv', edition: prao.editions.sv });
    expect(editionFor({ editions: {} }, 'fi')).toBeUndefined();
  });

  it('needs a title, an edition, and only web links', () => {
    expect(checkGuide(prao)).toEqual([]);
    expect(checkGuide({ title: { fi: '', sv: '', en: '' }, editions: {} })).toEqual(['titleMissing', 'noEdition']);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'not a link', 'data:text/html,hi']) {
      expect(checkGuide({ ...prao, editions: { fi: { url, published: null } } })).toEqual(['unsafeLink']);
    }
  });
});
