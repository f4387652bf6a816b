import { challengeTitle, editionMonth, gamesPeriod, guideLine, monthsLabel, periodsText } from './resourcesText';

describe('gamesPeriod', () => {
  it('is the named month, from today on when it is the current one', () => {
    expect(gamesPeriod('which games are free in march', false, '2027-01-20')).toEqual({ first: '2027-03-01', last: '2027-03-31', months: [{ year: 2027, month: 3 }], pastMonth: false });
    expect(gamesPeriod('mitkä pelit ovat vapaana maaliskuussa', false, '2027-03-12')).toMatchObject({ first: '2027-03-12', last: '2027-03-31' });
  });

  it('takes a month already gone this year as next year\'s', () => {
    expect(gamesPeriod('vilka spel är lediga i mars', false, '2027-04-02')).toMatchObject({ first: '2028-03-01', last: '2028-03-31', pastMonth: false });
  });

  it('is the current month for a question without one, and also the next for a bare "games"', () => {
    expect(gamesPeriod('which games are free', false, '2027-02-10')).toMatchObject({ first: '2027-02-10', last: '2027-02-28', months: [{ year: 2027, month: 2 }] });
    expect(gamesPeriod('pelit', true, '2027-12-10')).toMatchObject({ first: '2027-12-10', last: '2028-01-31', months: [{ year: 2027, month: 12 }, { year: 2028, month: 1 }] });
  });

  it('shows the current month instead of one typed with a year that is over', () => {
    expect(gamesPeriod('games 2026-05', false, '2027-02-10')).toMatchObject({ first: '2027-02-10', last: '2027-02-28', pastMonth: true });
  });
});

describe('how months, periods and editions read', () => {
  it('names the months in the reader\'s language', () => {
    expect(monthsLabel([{ year: 2027, month: 3 }], 'fi')).toBe('maaliskuu 2027');
    expect(monthsLabel([{ year: 2027, month: 3 }, { year: 2027, month: 4 }], 'sv')).toBe('mars–april 2027');
    expect(monthsLabel([{ year: 2027, month: 3 }], 'en')).toBe('March 2027');
  });

  it('lists periods as the language joins them', () => {
    const periods = [{ from: '2027-03-01', to: '2027-03-09' }, { from: '2027-03-20', to: '2027-03-20' }];
    expect(periodsText(periods, 'fi')).toBe('1.3.2027–9.3.2027 ja 20.3.2027');
    expect(periodsText(periods, 'en')).toBe('1 Mar 2027–9 Mar 2027 and 20 Mar 2027');
  });

  it('writes an edition\'s month as the libraries do', () => {
    expect(editionMonth('2021-11', 'fi')).toBe('11/2021');
    expect(editionMonth('2022-02', 'sv')).toBe('2/2022');
    expect(editionMonth('2022-02', 'en')).toBe('Feb 2022');
  });
});

describe('guideLine', () => {
  const prao = {
    title: { fi: 'PRAO-opas kirjastoille', sv: 'PRAO-guide för bibliotek', en: '' },
    editions: { fi: { url: 'https://example.org/prao-fi.pdf', published: '2021-11' }, sv: { url: 'https://example.org/prao-sv.pdf', published: '2022-02' } },
  };

  it('links the reader\'s own edition', () => {
    expect(guideLine(prao, 'sv')).toEqual({ title: 'PRAO-guide för bibliotek', detail: 'På svenska, 2/2022', url: 'https://example.org/prao-sv.pdf' });
  });

  it('falls back to another edition and says there is none in the reader\'s language', () => {
    expect(guideLine(prao, 'en')).toEqual({ title: 'PRAO-opas kirjastoille', detail: 'In Finnish, Nov 2021 – there is no English edition', url: 'https://example.org/prao-fi.pdf' });
    expect(guideLine({ ...prao, editions: { sv: { url: 'https://example.org/sv', published: null } } }, 'fi').detail).toBe('Ruotsiksi – suomenkielistä versiota ei ole');
  });

  it('gives no link that is not a web address', () => {
    expect(guideLine({ ...prao, editions: { fi: { url: 'javascript:alert(1)', published: null } } }, 'fi').url).toBeNull();
  });
});

describe('challengeTitle', () => {
  const title = { fi: 'Uudenmaan lukuhaaste 2027', sv: 'Nylands läsutmaning 2027' };
  it('is the reader\'s own in Finnish and Swedish, both for an English reader', () => {
    expect(challengeTitle(title, 'fi')).toBe('Uudenmaan lukuhaaste 2027');
    expect(challengeTitle(title, 'sv')).toBe('Nylands läsutmaning 2027');
    expect(challengeTitle(title, 'en')).toBe('Uudenmaan lukuhaaste 2027 / Nylands läsutmaning 2027');
  });
});
