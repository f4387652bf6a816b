/**
 * "Coordinate": the networks the caller runs (an admin: every network). A coordinator's few networks are shown
 * one under another; with many (an admin), a chooser shows one at a time.
 */
import { Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { Me } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { EmptyState } from '../common/EmptyState';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { CoordinatedNetwork } from './CoordinatedNetwork';

const shownTogether = 3;

export function CoordinateView({ me }: { me: Me }) {
  const api = useApi();
  const { t, pick } = useI18n();
  const styles = useViewStyles();
  const networks = useLoad(() => api.myNetworks(), [api]);
  const [chosen, setChosen] = useState<string | null>(null);

  return (
    <>
      <h2 className={styles.viewHeading}>{t('nav.coordinate')}</h2>
      <LoadState loaded={networks}>
        {(data) => {
          const names = new Map(data.networks.map((n) => [n.id, pick(n.name)]));
          const mine = data.networks.filter((n) => me.admin || n.coordinates).map((n) => n.id);
          // Networks outside the caller's region are not in the list; their id stands in for the name.
          const ids = [...new Set([...me.coordinates, ...mine])];
          const nameOf = (id: string) => names.get(id) ?? id;
          if (ids.length === 0) return <EmptyState text={t('coord.none')} />;
          if (ids.length <= shownTogether) {
            return ids.map((id) => <CoordinatedNetwork key={id} networkId={id} networkName={nameOf(id)} />);
          }
          const current = chosen && ids.includes(chosen) ? chosen : ids[0];
          return (
            <>
              <Field label={t('config.network')}>
                <Select value={current} onChange={(_, d) => setChosen(d.value)}>
                  {ids.map((id) => (
                    <option key={id} value={id}>
                      {nameOf(id)}
                    </option>
                  ))}
                </Select>
              </Field>
              <CoordinatedNetwork key={current} networkId={current} networkName={nameOf(current)} />
            </>
          );
        }}
      </LoadState>
    </>
  );
}
