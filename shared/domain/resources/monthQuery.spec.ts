import { monthIn } from './monthQuery';

const november2026 = { year: 2026, month: 11 };

describe('the month a person names', () => {
  it.each([
    ['which games are free in March?', { year: 2027, month: 3 }],
    ['Mitkä pelit ovat vapaana maaliskuussa?', { year: 2027, month: 3 }],
    ['vilka spel är lediga i mars?', { year: 2027, month: 3 }],
    ['pelit joulukuulle', { year: 2026, month: 12 }],
    ['spel i november', { year: 2026, month: 11 }],
    ['games in October 2027', { year: 2027, month: 10 }],
    ['pelit 4/2027', { year: 2027, month: 4 }],
    ['games 2027-06', { year: 2027, month: 6 }],
    ['Vapaat pelit huhtikuun alussa', { year: 2027, month: 4 }],
  ])('%s', (text, month) => {
    expect(monthIn(text, november2026)).toEqual(month);
  });

  it('finds none in a text without a month', () => {
    expect(monthIn('which games are free?', november2026)).toBeUndefined();
    expect(monthIn('marraskuusi', november2026)).toEqual({ year: 2026, month: 11 }); // a Finnish ending is still the month
    expect(monthIn('marsvin', november2026)).toBeUndefined();
    expect(monthIn('which games may I book?', november2026)).toBeUndefined();
    expect(monthIn('games in May', november2026)).toEqual({ year: 2027, month: 5 });
    expect(monthIn('games May 2027', november2026)).toEqual({ year: 2027, month: 5 });
  });
});
