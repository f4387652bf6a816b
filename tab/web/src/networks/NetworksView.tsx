/** "My networks": the networks of the member's region, with their standing and what they can do. */
import { useApi } from '../api/ApiContext';
import { EmptyState } from '../common/EmptyState';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { NetworkCard } from './NetworkCard';

export function NetworksView() {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const loaded = useLoad(() => api.myNetworks(), [api]);
  return (
    <>
      <h2 className={styles.viewHeading}>{t('nav.networks')}</h2>
      <LoadState loaded={loaded}>
        {({ networks }) =>
          networks.length === 0 ? (
            <EmptyState text={t('networks.none')} />
          ) : (
            <ul className={styles.list}>
              {networks.map((network) => (
                <li key={network.id}>
                  <NetworkCard network={network} onChanged={loaded.reload} />
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </>
  );
}
