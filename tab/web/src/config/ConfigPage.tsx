/**
 * The channel tab's settings page in Teams: choose a network; Save stores a content URL that names it, so the
 * tab always opens on that network. Outside Teams (developer sign-in) the page shows, but there is nothing to save.
 */
import { Field, Select } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Localized } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { initializedTeamsSdk } from '../host/teamsSdk';
import { useI18n } from '../i18n/I18nContext';
import { PageFrame } from '../shell/PageFrame';

export function ConfigPage() {
  const api = useApi();
  const { t, pick } = useI18n();
  const styles = useViewStyles();
  const networks = useLoad(() => api.myNetworks(), [api]);
  const [chosen, setChosen] = useState('');
  // The save handler is registered once; it reads the choice at the moment Teams asks.
  const choice = useRef<{ id: string; name: Localized } | null>(null);

  useEffect(() => {
    const pages = initializedTeamsSdk()?.pages;
    pages?.config.registerOnSaveHandler((save) => {
      const network = choice.current;
      if (!network) return save.notifyFailure('no network chosen');
      const origin = window.location.origin;
      pages.config
        .setConfig({
          contentUrl: `${origin}/tab/?network=${encodeURIComponent(network.id)}`,
          websiteUrl: `${origin}/tab/?network=${encodeURIComponent(network.id)}`,
          entityId: `kollega-network-${network.id}`,
          suggestedDisplayName: pick(network.name),
        })
        .then(() => save.notifySuccess())
        .catch((error: unknown) => save.notifyFailure(String(error)));
    });
  }, [pick]);

  function choose(id: string) {
    setChosen(id);
    choice.current = networks.data?.networks.find((n) => n.id === id) ?? null;
    initializedTeamsSdk()?.pages.config.setValidityState(choice.current !== null);
  }

  return (
    <PageFrame title={t('config.title')}>
      <p className={styles.text}>{t('config.text')}</p>
      <LoadState loaded={networks}>
        {(data) =>
          data.networks.length === 0 ? (
            <p className={styles.text}>{t('config.none')}</p>
          ) : (
            <Field label={t('config.network')}>
              <Select value={chosen} onChange={(_, d) => choose(d.value)}>
                <option value="" disabled>
                  {t('config.choose')}
                </option>
                {data.networks.map((n) => (
                  <option key={n.id} value={n.id}>
                    {pick(n.name)}
                  </option>
                ))}
              </Select>
            </Field>
          )
        }
      </LoadState>
    </PageFrame>
  );
}
