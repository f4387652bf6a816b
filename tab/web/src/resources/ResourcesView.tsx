/**
 * "Shared resources": a network's escape-room games on loan, its yearly reading challenge and its guides. The
 * person picks the network; it opens on the first of theirs that has something to show.
 */
import { Field, Select, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { Me } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { EmptyState } from '../common/EmptyState';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { NetworkResources } from './NetworkResources';
import { sectionHeadingId, type OpenedSection } from './openedSection';
import { useResourceStyles } from './styles';
import { useDefaultNetwork } from './useDefaultNetwork';

export function ResourcesView({ me, opened }: { me: Me; opened?: OpenedSection | null }) {
  const api = useApi();
  const { t, pick } = useI18n();
  const styles = useViewStyles();
  const own = useResourceStyles();
  const loaded = useLoad(() => api.myNetworks(), [api]);
  const [picked, setPicked] = useState(opened?.networkId);
  const first = useDefaultNetwork(loaded.data?.networks);
  const networkId = picked ?? first;

  return (
    <>
      <h2 className={styles.viewHeading}>{t('nav.resources')}</h2>
      <div className={own.stack}>
        <p className={styles.text}>{t('resources.intro')}</p>
        <LoadState loaded={loaded}>
          {({ networks }) => {
            if (networks.length === 0) return <EmptyState text={t('networks.none')} />;
            if (!networkId) return <Spinner size="small" label={t('app.loading')} />;
            return (
              <>
                <Field label={t('resources.network')}>
                  <Select value={networkId} onChange={(_, d) => setPicked(d.value)}>
                    {networks.map((n) => <option key={n.id} value={n.id}>{pick(n.name)}</option>)}
                  </Select>
                </Field>
                <NetworkResources key={networkId} networkId={networkId} level={3} showFirst={opened?.networkId === networkId ? sectionHeadingId(opened) : undefined} />
              </>
            );
          }}
        </LoadState>
      </div>
    </>
  );
}
