import { describe, expect, it } from '@jest/globals';
import { guideBodyOf, guideFormOf } from './guideForm';
import type { GuideView } from './resourceTypes';

const prao: GuideView = {
  id: 'g1',
  networkId: 'lanu',
  title: { fi: 'PRAO-opas kirjastoille', sv: 'PRAO-guiden för bibliotek', en: '' },
  editions: { fi: { url: 'https://example.org/prao-fi.pdf', published: '2021-11' }, sv: { url: 'https://example.org/prao-sv.pdf', published: '2022-02' } },
  updatedAt: '2026-11-24T10:00:00.000Z',
};

describe('the guide form', () => {
  it('starts empty for a new guide, with a row for every language', () => {
    const form = guideFormOf();
    expect(form.title).toEqual({ fi: '', sv: '', en: '' });
    expect(form.editions).toEqual({ fi: { url: '', published: '' }, sv: { url: '', published: '' }, en: { url: '', published: '' } });
    expect(guideBodyOf(form)).toEqual({ title: { fi: '', sv: '', en: '' }, editions: {} });
  });

  it('sends back what it was filled from', () => {
    const { id, networkId, updatedAt, ...body } = prao;
    expect(guideBodyOf(guideFormOf(prao))).toEqual(body);
  });

  it('drops a language without a link, trims, and sends an empty month as unknown', () => {
    const form = guideFormOf(prao);
    form.title.en = '  PRAO guide for libraries ';
    form.editions.fi = { url: '', published: '2021-11' };
    form.editions.sv = { url: ' https://example.org/prao-sv.pdf ', published: '' };
    expect(guideBodyOf(form)).toEqual({
      title: { fi: 'PRAO-opas kirjastoille', sv: 'PRAO-guiden för bibliotek', en: 'PRAO guide for libraries' },
      editions: { sv: { url: 'https://example.org/prao-sv.pdf', published: null } },
    });
  });
});
