/**
 * One game's month: a grid of days marked free, booked (waiting for the coordinator) or confirmed, and the same as
 * a plain list of periods. Colour is never the only sign: each status has its own mark and pattern, and each day
 * and period says its status in words (read out in the grid, visible in the list).
 */
import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { formatDay, formatDays } from '../exchange/dates';
import { useI18n } from '../i18n/I18nContext';
import { monthWeeks, periodsInMonth, type Month } from './monthGrid';
import type { CalendarPeriod, PeriodStatus } from './resourceTypes';
import { statusMark, useStatusStyles, weekdayNames } from './statusMarks';

const useStyles = makeStyles({
  table: { borderCollapse: 'separate', borderSpacing: '2px', tableLayout: 'fixed', width: '100%', maxWidth: '24rem' },
  caption: { ...typographyStyles.body1Strong, textAlign: 'start', paddingBottom: '4px' },
  head: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, fontWeight: 'normal' },
  day: { height: '2.4rem', textAlign: 'center', verticalAlign: 'middle', borderRadius: tokens.borderRadiusSmall, padding: 0 },
  number: { display: 'block', lineHeight: 1.1 },
  periods: { margin: '8px 0 0', paddingLeft: '20px' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export function GameCalendar({ gameName, month, monthLabel, periods, headingId }: { gameName: string; month: Month; monthLabel: string; periods: CalendarPeriod[]; headingId: string }) {
  const { t, lang } = useI18n();
  const own = useStyles();
  const marks = useStatusStyles();
  const status = (s: PeriodStatus) => t(`resources.status.${s}`);
  const listed = periodsInMonth(month, periods);
  return (
    <>
      <table className={own.table}>
        <caption className={own.caption}>{t('resources.calendar.caption', { game: gameName, month: monthLabel })}</caption>
        <thead>
          <tr>
            {weekdayNames(lang).map((w) => (
              <th key={w.long} scope="col" className={own.head} abbr={w.long}>{w.short}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month, periods).map((week, i) => (
            <tr key={i}>
              {week.map((cell, j) =>
                cell ? (
                  <td key={cell.date} data-date={cell.date} data-status={cell.status ?? ''} className={mergeClasses(own.day, cell.status ? marks[cell.status] : undefined)}>
                    <span aria-hidden="true" className={own.number}>{cell.day}</span>
                    {cell.status && statusMark[cell.status] && <span aria-hidden="true">{statusMark[cell.status]}</span>}
                    <span className={own.hidden}>{cell.status ? `${formatDay(cell.date, lang)}: ${status(cell.status)}` : formatDay(cell.date, lang)}</span>
                  </td>
                ) : (
                  <td key={`pad-${j}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className={own.periods} aria-labelledby={headingId}>
        {listed.map((p) => (
          <li key={p.from} data-status={p.status}>
            {t('resources.calendar.period', { days: formatDays(p.from, p.to, lang) ?? '', status: status(p.status) })}
          </li>
        ))}
      </ul>
    </>
  );
}
