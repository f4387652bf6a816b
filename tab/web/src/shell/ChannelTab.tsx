/**
 * A channel tab shows one network: what it is, its coming events, its shared resources (games on loan, reading
 * challenge, guides; loaded after the rest) and, to its coordinators, its members.
 */
import { Spinner } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import type { Me } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { EmptyState } from '../common/EmptyState';
import { ExternalLink } from '../common/ExternalLink';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { EventList } from '../events/EventList';
import { useI18n } from '../i18n/I18nContext';
import { NoticeRegion } from '../notices/NoticeRegion';
import { PageFrame } from './PageFrame';

const NetworkResources = lazy(() => import('../resources/NetworkResources').then((m) => ({ default: m.NetworkResources })));
const MembersSection = lazy(() => import('../coordinate/MembersSection').then((m) => ({ default: m.MembersSection })));

export function ChannelTab({ networkId, me }: { networkId: string; me: Me }) {
  const api = useApi();
  const { t, pick } = useI18n();
  const styles = useViewStyles();
  const networks = useLoad(() => api.myNetworks(), [api]);
  const network = networks.data?.networks.find((n) => n.id === networkId);
  const coordinates = me.admin || me.coordinates.includes(networkId) || !!network?.coordinates;

  return (
    <PageFrame title={network ? pick(network.name) : undefined} signedInAs={me.person.displayName}>
      <LoadState loaded={networks}>
        {() =>
          network ? (
            <>
              <p className={styles.text}>{pick(network.description)}</p>
              {network.teamsUrl && (
                <p className={styles.text}>
                  <ExternalLink href={network.teamsUrl}>{t('networks.openTeam')}</ExternalLink>
                </p>
              )}
            </>
          ) : (
            <EmptyState text={t('channel.unknownNetwork')} />
          )
        }
      </LoadState>
      <NoticeRegion />
      <h2 className={styles.viewHeading}>{t('channel.upcoming')}</h2>
      <EventList networkId={networkId} emptyText={t('events.noneInNetwork')} />
      <Suspense fallback={<Spinner label={t('app.loading')} />}>
        <NetworkResources networkId={networkId} level={2} quiet />
      </Suspense>
      {coordinates && (
        <Suspense fallback={<Spinner label={t('app.loading')} />}>
          <MembersSection networkId={networkId} level={2} round={0} />
        </Suspense>
      )}
    </PageFrame>
  );
}
