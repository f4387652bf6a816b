/** The network's events for its coordinators: plan a new one, and each event's card. */
import { Button } from '@fluentui/react-components';
import { useApi } from '../api/ApiContext';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { CoordinatorEventCard } from './CoordinatorEventCard';
import { EventFormDialog } from './EventFormDialog';
import { SectionHeading } from './SectionHeading';

export function NetworkEventsSection({ networkId, networkName }: { networkId: string; networkName: string }) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const events = useLoad(async () => (await api.events()).events.filter((e) => e.networkId === networkId), [api, networkId]);

  return (
    <section>
      <SectionHeading
        level={4}
        action={
          <EventFormDialog
            trigger={<Button appearance="primary">{t('coord.newEvent')}</Button>}
            networkId={networkId}
            networkName={networkName}
            onSaved={events.reload}
          />
        }
      >
        {t('coord.events')}
      </SectionHeading>
      <LoadState loaded={events}>
        {(list) =>
          list.length === 0 ? (
            <p className={styles.meta}>{t('coord.eventsNone')}</p>
          ) : (
            <ul className={styles.list}>
              {list.map((event) => (
                <li key={event.id}>
                  <CoordinatorEventCard event={event} networkId={networkId} networkName={networkName} onChanged={events.reload} />
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </section>
  );
}
