/** What the calendars' marks mean, once above them: each status with its sign and pattern, in words. */
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import type { PeriodStatus } from './resourceTypes';
import { statusMark, useStatusStyles } from './statusMarks';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: '12px', listStyle: 'none', margin: 0, padding: 0 },
  item: { display: 'flex', alignItems: 'center', gap: '6px' },
  swatch: { display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: '1.6rem', height: '1.6rem', borderRadius: '2px' },
});

const statuses: PeriodStatus[] = ['free', 'booked', 'confirmed'];

export function CalendarLegend() {
  const { t } = useI18n();
  const own = useStyles();
  const marks = useStatusStyles();
  return (
    <ul className={own.list} aria-label={t('resources.calendar.legend')}>
      {statuses.map((s) => (
        <li key={s} className={own.item}>
          <span aria-hidden="true" className={mergeClasses(own.swatch, marks[s])}>{statusMark[s]}</span>
          {t(`resources.status.${s}`)}
        </li>
      ))}
    </ul>
  );
}
