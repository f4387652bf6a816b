/**
 * How a calendar day shows its status besides words: free days plain, booked ones hatched with a dashed edge and
 * a half circle, confirmed ones filled with a thick solid edge and a full circle, so the three differ without colour (and in high contrast, where
 * backgrounds vanish, by their edges).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../../../shared/api/tabContract';
import { localeOf } from '../host/language';
import type { PeriodStatus } from './resourceTypes';

/** A sign in each taken day besides its pattern: a half circle while waiting, a full one once confirmed; free days none. */
export const statusMark: Record<PeriodStatus, string> = { free: '', booked: '◐', confirmed: '●' };

export const useStatusStyles = makeStyles({
  free: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  booked: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorPaletteMarigoldBorderActive}`,
    backgroundImage: `repeating-linear-gradient(45deg, transparent 0 4px, ${tokens.colorPaletteMarigoldBackground1} 4px 8px)`,
  },
  confirmed: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteBerryBorderActive}`,
    backgroundColor: tokens.colorPaletteBerryBackground2,
  },
});

/** Monday to Sunday, short for the column and long for a screen reader. 2024-01-01 was a Monday. */
export function weekdayNames(lang: Lang): Array<{ short: string; long: string }> {
  const short = new Intl.DateTimeFormat(localeOf[lang], { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(localeOf[lang], { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1 + i));
    return { short: short.format(day), long: long.format(day) };
  });
}
