/** Events from GET /api/events, optionally of one network; an answer updates its card in place. */
import type { EventView, MyNetworks } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { EmptyState } from '../common/EmptyState';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { EventCard } from './EventCard';

interface Props {
  networkId?: string;
  emptyText: string;
  /** Name each event's network (the member's list mixes networks; a channel tab has one). */
  showNetwork?: boolean;
}

interface Listed {
  events: EventView[];
  names: Map<string, MyNetworks['networks'][number]['name']>;
}

export function EventList({ networkId, emptyText, showNetwork }: Props) {
  const api = useApi();
  const { pick } = useI18n();
  const styles = useViewStyles();
  const loaded = useLoad(async (): Promise<Listed> => {
    const [{ events }, networks] = await Promise.all([api.events(), showNetwork ? api.myNetworks() : Promise.resolve({ networks: [] })]);
    return {
      events: networkId ? events.filter((e) => e.networkId === networkId) : events,
      names: new Map(networks.networks.map((n) => [n.id, n.name])),
    };
  }, [api, networkId, showNetwork]);

  const changed = (event: EventView) => loaded.replace((list) => ({ ...list, events: list.events.map((e) => (e.id === event.id ? event : e)) }));

  return (
    <LoadState loaded={loaded}>
      {({ events, names }) =>
        events.length === 0 ? (
          <EmptyState text={emptyText} />
        ) : (
          <ul className={styles.list}>
            {events.map((event) => {
              const name = names.get(event.networkId);
              return (
                <li key={event.id}>
                  <EventCard event={event} networkName={name ? pick(name) : undefined} onChanged={changed} />
                </li>
              );
            })}
          </ul>
        )
      }
    </LoadState>
  );
}
