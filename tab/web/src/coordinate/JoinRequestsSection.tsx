/** Pending join requests: who asks, from which library, with what message; approve or decline each. */
import { Button } from '@fluentui/react-components';
import { useApi } from '../api/ApiContext';
import { ArticleCard } from '../common/ArticleCard';
import { LoadState } from '../common/LoadState';
import { useRef } from 'react';
import { useViewStyles } from '../common/styles';
import { useFocusRescue } from '../common/useFocusRescue';
import { useAction } from '../common/useAction';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { DeclineDialog } from './DeclineDialog';
import { SectionHeading } from './SectionHeading';

export function JoinRequestsSection({ networkId, round, onDecided }: { networkId: string; round: number; onDecided: () => void }) {
  const api = useApi();
  const { t, moment } = useI18n();
  const styles = useViewStyles();
  const { busy, run } = useAction();
  const requests = useLoad(() => api.requests(networkId), [api, networkId, round]);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusRescue(heading, requests.data?.requests.length);

  return (
    <section>
      <SectionHeading level={4} headingRef={heading}>
        {t('coord.requests')}
      </SectionHeading>
      <LoadState loaded={requests}>
        {(data) =>
          data.requests.length === 0 ? (
            <p className={styles.meta}>{t('coord.requestsNone')}</p>
          ) : (
            <ul className={styles.list}>
              {data.requests.map((r) => {
                const name = r.name ?? r.email ?? t('coord.unnamed');
                return (
                  <li key={r.id}>
                    <ArticleCard label={t('coord.requestFrom', { name })}>
                      <p className={styles.text}>
                        <strong>{name}</strong>
                        {r.email && r.name && ` · ${r.email}`}
                      </p>
                      <p className={styles.meta}>{t('coord.askedAt', { when: moment(r.askedAt) })}</p>
                      {r.library && <p className={styles.text}>{t('coord.library', { library: r.library })}</p>}
                      {r.message && <p className={styles.text}>{t('coord.message', { message: r.message })}</p>}
                      <div className={styles.actions}>
                        <Button
                          appearance="primary"
                          disabledFocusable={busy}
                          onClick={() => void run(async () => (await api.decide(r.id, 'approve')).message, onDecided)}
                        >
                          {t('coord.approve')}
                        </Button>
                        <DeclineDialog requestId={r.id} name={name} onDeclined={onDecided} />
                      </div>
                    </ArticleCard>
                  </li>
                );
              })}
            </ul>
          )
        }
      </LoadState>
    </section>
  );
}
