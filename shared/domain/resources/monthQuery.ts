/**
 * The month a person names when asking which games are free: "in March", "maaliskuussa", "i mars", "3/2027",
 * "2027-03". A month without a year is its next coming occurrence (the current month counts), since nobody books
 * a game in the past.
 */
import { normalizeForMatch } from '../localized';

/** Stems of each month's name in Finnish (any case ending), Swedish and English, January first. */
const MONTHS: readonly (readonly string[])[] = [
  ['tammikuu', 'januari', 'january', 'jan'],
  ['helmikuu', 'februari', 'february', 'feb'],
  ['maaliskuu', 'mars', 'march', 'mar'],
  ['huhtikuu', 'april', 'apr'],
  ['toukokuu', 'maj', 'may'],
  ['kesäkuu', 'juni', 'june', 'jun'],
  ['heinäkuu', 'juli', 'july', 'jul'],
  ['elokuu', 'augusti', 'august', 'aug'],
  ['syyskuu', 'september', 'sept', 'sep'],
  ['lokakuu', 'oktober', 'october', 'okt', 'oct'],
  ['marraskuu', 'november', 'nov'],
  ['joulukuu', 'december', 'dec', 'joulu'],
];

export interface MonthOfYear {
  year: number;
  month: number;
}

function wordMonth(word: string): number | undefined {
  for (let i = 0; i < MONTHS.length; i++) {
    for (const stem of MONTHS[i]) {
      // Finnish inflects the stem's end (maaliskuussa, maaliskuun, huhtikuulle); short stems must be the whole word.
      if (stem.endsWith('kuu') ? word.startsWith(stem) : word === stem) return i + 1;
    }
  }
  return undefined;
}

/** The month named in a text, or undefined when it names none. `today` is { year, month } in Finland. */
export function monthIn(text: string, today: MonthOfYear): MonthOfYear | undefined {
  // Numbers first, on the text as typed: matching's normal form turns the dash of 2027-03 into a space.
  const iso = /\b(20\d{2})-(0[1-9]|1[0-2])\b/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]) };
  const slash = /\b(1[0-2]|0?[1-9])\s*\/\s*(20\d{2})\b/.exec(text);
  const normal = normalizeForMatch(text).replace(/[?!.,]/g, ' ');
  if (slash) return { year: Number(slash[2]), month: Number(slash[1]) };
  const words = normal.split(' ');
  for (let i = 0; i < words.length; i++) {
    const month = wordMonth(words[i]);
    if (month === undefined) continue;
    // English "may" is mostly the verb ("which games may I book?"): the month only after "in" or before a year.
    if (words[i] === 'may' && words[i - 1] !== 'in' && !/^20\d{2}$/.test(words[i + 1] ?? '')) continue;
    const year = /^20\d{2}$/.test(words[i + 1] ?? '') ? Number(words[i + 1]) : month >= today.month ? today.year : today.year + 1;
    return { year, month };
  }
  return undefined;
}
