/** "Events": the coming events of the member's networks. */
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { EventList } from './EventList';

export function EventsView() {
  const { t } = useI18n();
  const styles = useViewStyles();
  return (
    <>
      <h2 className={styles.viewHeading}>{t('nav.events')}</h2>
      <EventList emptyText={t('events.none')} showNetwork />
    </>
  );
}
