/** The month the calendars show, with buttons to the previous and next; the new month is announced when it changes. */
import { Button, makeStyles, typographyStyles } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px' },
  month: { ...typographyStyles.subtitle2, margin: 0, minWidth: '10rem', textAlign: 'center' },
});

export function MonthNav({ label, onMove }: { label: string; onMove: (by: number) => void }) {
  const { t } = useI18n();
  const own = useStyles();
  return (
    <div className={own.row} role="group" aria-label={t('resources.calendar.month')}>
      <Button onClick={() => onMove(-1)}>{t('resources.calendar.previous')}</Button>
      <p className={own.month} aria-live="polite">{label}</p>
      <Button onClick={() => onMove(1)}>{t('resources.calendar.next')}</Button>
    </div>
  );
}
