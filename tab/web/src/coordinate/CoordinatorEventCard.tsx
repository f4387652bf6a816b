/** One event as its coordinators see it: the facts, who is coming, and change or cancel while it stands. */
import { Button } from '@fluentui/react-components';
import { useRef } from 'react';
import type { EventView } from '../../../../shared/api/tabContract';
import { ArticleCard } from '../common/ArticleCard';
import { useViewStyles } from '../common/styles';
import { useFocusRescue } from '../common/useFocusRescue';
import { EventFacts } from '../events/EventFacts';
import { useI18n } from '../i18n/I18nContext';
import { AttendeesDialog } from './AttendeesDialog';
import { CancelEventDialog } from './CancelEventDialog';
import { EventFormDialog } from './EventFormDialog';
import { EventBadges } from '../events/EventBadges';

interface Props {
  event: EventView;
  networkId: string;
  networkName: string;
  onChanged: () => void;
}

export function CoordinatorEventCard({ event, networkId, networkName, onChanged }: Props) {
  const { t, pick } = useI18n();
  const styles = useViewStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  // Cancelling removes the Change and Cancel buttons; focus goes to the event instead of the page's start.
  useFocusRescue(heading, event.cancelled);
  const headingId = `event-${event.id}`;
  return (
    <ArticleCard labelledBy={headingId}>
      {/* h5: under the view (h2), the network (h3) and its Events section (h4). */}
      <h5 id={headingId} ref={heading} tabIndex={-1} className={styles.cardHeading}>
        {pick(event.title)}
      </h5>
      <EventBadges event={event} />
      <EventFacts event={event} />
      <div className={styles.actions}>
        <AttendeesDialog event={event} />
        {event.canManage && !event.cancelled && (
          <>
            <EventFormDialog
              trigger={<Button>{t('coord.changeEvent')}</Button>}
              networkId={networkId}
              networkName={networkName}
              event={event}
              onSaved={onChanged}
            />
            <CancelEventDialog event={event} onCancelled={onChanged} />
          </>
        )}
      </div>
    </ArticleCard>
  );
}
