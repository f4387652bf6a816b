import { contributionKindFor, normalizeIsbn, readContribution } from './contributions';

describe('contributions', () => {
  it('collects book tips at a book coffee and practices at an idea coffee, nothing elsewhere', () => {
    expect(contributionKindFor('bookCoffee')).toBe('bookTip');
    expect(contributionKindFor('ideaCoffee')).toBe('practice');
    expect(contributionKindFor('networkDay')).toBeUndefined();
  });

  it('accepts a valid ISBN-13 or ISBN-10 however it is spaced, and refuses a typo', () => {
    expect(normalizeIsbn('978-951-1-34123-9')).toBe('9789511341239');
    expect(normalizeIsbn('978 951 1 34123 9')).toBe('9789511341239');
    expect(normalizeIsbn('951-0-12345-X')).toBeUndefined(); // check digit wrong
    expect(normalizeIsbn('0-306-40615-2')).toBe('0306406152');
    expect(normalizeIsbn('0-8044-2957-x')).toBe('080442957X');
    expect(normalizeIsbn('978-951-1-34123-5')).toBeUndefined();
    expect(normalizeIsbn('not an isbn')).toBeUndefined();
  });

  it('reads a tip or a practice, and says what keeps one from being added', () => {
    expect(readContribution({ kind: 'bookTip', title: 'Muumipeikko', isbn: '978-951-1-34123-9' })).toEqual({
      kind: 'bookTip', title: 'Muumipeikko', author: null, ageGroup: null, note: null, isbn: '9789511341239',
    });
    expect(readContribution({ kind: 'bookTip', title: 'Muumipeikko', isbn: '978-951-1-34123-5' })).toBe('badIsbn');
    expect(readContribution({ kind: 'bookTip', author: 'Tove Jansson' })).toBe('required');
    expect(readContribution({ kind: 'practice', title: 'Lukupiiri' })).toBe('required');
    expect(readContribution({ kind: 'practice', title: 'Lukupiiri', description: 'Joka kuun eka tiistai' })).toEqual({
      kind: 'practice', title: 'Lukupiiri', description: 'Joka kuun eka tiistai', library: null,
    });
  });
});
