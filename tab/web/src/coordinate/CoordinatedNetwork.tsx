/** One network's coordination: its join requests, members and events. A decision refreshes the members. */
import { useState } from 'react';
import { useViewStyles } from '../common/styles';
import { JoinRequestsSection } from './JoinRequestsSection';
import { MembersSection } from './MembersSection';
import { NetworkEventsSection } from './NetworkEventsSection';

export function CoordinatedNetwork({ networkId, networkName }: { networkId: string; networkName: string }) {
  const styles = useViewStyles();
  const [round, setRound] = useState(0);
  const headingId = `coordinated-${networkId}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.sectionHeading}>
        {networkName}
      </h3>
      <JoinRequestsSection networkId={networkId} round={round} onDecided={() => setRound((r) => r + 1)} />
      <MembersSection networkId={networkId} level={4} round={round} />
      <NetworkEventsSection networkId={networkId} networkName={networkName} />
    </section>
  );
}
