/** The event's kind, "Cancelled" when it is, and the network it belongs to when the list mixes networks. */
import { Badge } from '@fluentui/react-components';
import type { EventView } from '../../../../shared/api/tabContract';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';

export function EventBadges({ event, networkName }: { event: EventView; networkName?: string }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  return (
    <div className={styles.badges}>
      <Badge appearance="tint" shape="rounded">
        {t(`kind.${event.kind}`)}
      </Badge>
      {event.cancelled && (
        <Badge appearance="filled" color="danger" shape="rounded">
          {t('events.cancelled')}
        </Badge>
      )}
      {networkName && <span className={styles.meta}>{networkName}</span>}
    </div>
  );
}
