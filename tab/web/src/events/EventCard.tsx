/** One event for a member: what and when, the meeting, the member's answer and, at a coffee, the tips. */
import { useId } from 'react';
import type { EventView } from '../../../../shared/api/tabContract';
import { ArticleCard } from '../common/ArticleCard';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { ContributionsSection } from './ContributionsSection';
import { EventFacts } from './EventFacts';
import { RsvpButtons } from './RsvpButtons';
import { yourStatus } from './yourStatus';
import { EventBadges } from './EventBadges';

interface Props {
  event: EventView;
  networkName?: string;
  onChanged: (event: EventView) => void;
}

export function EventCard({ event, networkName, onChanged }: Props) {
  const { t, pick } = useI18n();
  const styles = useViewStyles();
  const headingId = useId();
  return (
    <ArticleCard labelledBy={headingId}>
      <h3 id={headingId} className={styles.cardHeading}>
        {pick(event.title)}
      </h3>
      <EventBadges event={event} networkName={networkName} />
      <EventFacts event={event} />
      <p className={styles.text}>{pick(event.description)}</p>
      {!event.cancelled && (
        <>
          <p className={styles.text}>
            <strong>{yourStatus(event, t)}</strong>
          </p>
          <RsvpButtons event={event} onAnswered={onChanged} />
        </>
      )}
      <ContributionsSection event={event} onAdded={onChanged} />
    </ArticleCard>
  );
}
