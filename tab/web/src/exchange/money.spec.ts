import { describe, expect, it } from '@jest/globals';
import { centsToDecimal, eurosForField, formatEuros, parseEuros } from './money';

// Intl separates the number from € (and thousands) with no-break spaces; compare with plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('euros and cents', () => {
  it('shows cents as euros the reader’s way', () => {
    expect(plain(formatEuros(12050, 'fi'))).toBe('120,50 €');
    expect(plain(formatEuros(12050, 'sv'))).toBe('120,50 €');
    expect(formatEuros(12050, 'en')).toBe('€120.50');
    expect(plain(formatEuros(123456789, 'fi'))).toBe('1 234 567,89 €');
    expect(plain(formatEuros(0, 'fi'))).toBe('0,00 €');
  });

  it('writes cents as exact decimal text', () => {
    expect(centsToDecimal(29)).toBe('0.29');
    expect(centsToDecimal(100_000_00)).toBe('100000.00');
    expect(eurosForField(12050, 'fi')).toBe('120,50');
    expect(eurosForField(12050, 'en')).toBe('120.50');
  });

  it('reads what people type without float surprises', () => {
    expect(parseEuros('0,29', 'fi')).toBe(29);
    expect(parseEuros('1,15', 'fi')).toBe(115);
    expect(parseEuros('120,5', 'fi')).toBe(12050);
    expect(parseEuros('120.50', 'fi')).toBe(12050);
    expect(parseEuros('1 200,50 €', 'sv')).toBe(120050);
    expect(parseEuros('1\u00a0200,50\u00a0€', 'fi')).toBe(120050);
    expect(parseEuros('1,200.50', 'en')).toBe(120050);
    expect(parseEuros('€85', 'en')).toBe(8500);
    expect(parseEuros('', 'fi')).toBe(0);
    expect(parseEuros('  ', 'fi')).toBe(0);
  });

  it('refuses what is not an amount', () => {
    for (const typed of ['abc', '12,345', '-5', '1.2.3', '12,', '1e3', '0,001']) expect(parseEuros(typed, 'fi')).toBeNull();
    expect(parseEuros('1,200', 'fi')).toBeNull();
  });

  it('reads back what it shows', () => {
    for (const cents of [0, 1, 29, 115, 12050, 99_999_99]) {
      for (const lang of ['fi', 'sv', 'en'] as const) expect(parseEuros(eurosForField(cents, lang), lang)).toBe(cents);
      expect(parseEuros(formatEuros(cents, 'fi'), 'fi')).toBe(cents);
    }
  });
});
