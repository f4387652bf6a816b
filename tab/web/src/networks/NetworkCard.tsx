/** One network in the member's list: what it is, where the member stands, and the next step. */
import { Badge } from '@fluentui/react-components';
import { useId, useRef } from 'react';
import type { MyNetworks } from '../../../../shared/api/tabContract';
import { ArticleCard } from '../common/ArticleCard';
import { ExternalLink } from '../common/ExternalLink';
import { useViewStyles } from '../common/styles';
import { useFocusRescue } from '../common/useFocusRescue';
import { useI18n } from '../i18n/I18nContext';
import { JoinDialog } from './JoinDialog';
import { LeaveDialog } from './LeaveDialog';
import { WithdrawButton } from './WithdrawButton';

export type Network = MyNetworks['networks'][number];

const standingColor = { member: 'success', pending: 'warning', none: 'informative' } as const;

export function NetworkCard({ network, onChanged }: { network: Network; onChanged: () => void }) {
  const { t, pick } = useI18n();
  const styles = useViewStyles();
  const name = pick(network.name);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusRescue(heading, network.standing);
  return (
    <ArticleCard labelledBy={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className={styles.cardHeading}>
        {name}
      </h3>
      <p className={styles.meta}>{t('networks.runBy', { unit: pick(network.unitName) })}</p>
      <p className={styles.text}>{pick(network.description)}</p>
      <div className={styles.badges}>
        <Badge appearance="tint" color={standingColor[network.standing]} shape="rounded">
          {t(`networks.standing.${network.standing}`)}
        </Badge>
        {network.coordinates && (
          <Badge appearance="outline" shape="rounded">
            {t('networks.youCoordinate')}
          </Badge>
        )}
      </div>
      <div className={styles.actions}>
        {network.standing === 'none' && <JoinDialog networkId={network.id} networkName={name} onJoined={onChanged} />}
        {network.standing === 'pending' && network.requestId && <WithdrawButton requestId={network.requestId} onWithdrawn={onChanged} />}
        {network.standing === 'member' && <LeaveDialog networkId={network.id} networkName={name} onLeft={onChanged} />}
        {network.teamsUrl && <ExternalLink href={network.teamsUrl}>{t('networks.openTeam')}</ExternalLink>}
      </div>
    </ArticleCard>
  );
}
