/**
 * "My exchanges": the person's own applications (drafts to finish among them) and those where they are the named
 * supervisor or host contact, each with what they may do now; and the button that starts a new application.
 */
import { Button, makeStyles } from '@fluentui/react-components';
import { useApi } from '../api/ApiContext';
import { EmptyState } from '../common/EmptyState';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { ApplicationDialog } from './ApplicationDialog';
import { ExchangeCard } from './ExchangeCard';
import type { ExchangeView } from './exchangeTypes';

function ExchangeList({ applications, label, onChanged }: { applications: ExchangeView[]; label: string; onChanged: () => void }) {
  const styles = useViewStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {applications.map((a) => (
        <li key={a.id}>
          <ExchangeCard application={a} onChanged={onChanged} />
        </li>
      ))}
    </ul>
  );
}

const useStyles = makeStyles({ start: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '12px' } });

export function MyExchanges() {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const own = useStyles();
  const loaded = useLoad(() => api.myExchanges(), [api]);
  return (
    <>
      <div className={own.start}>
        <p className={styles.text}>{t('exchange.mine.intro')}</p>
        <ApplicationDialog onSaved={loaded.reload} trigger={<Button appearance="primary">{t('exchange.mine.new')}</Button>} />
      </div>
      <LoadState loaded={loaded}>
        {({ applications }) => {
          const own = applications.filter((a) => a.you.parties.includes('applicant'));
          const others = applications.filter((a) => !a.you.parties.includes('applicant'));
          return (
            <>
              <section aria-labelledby="exchange-own">
                <h3 id="exchange-own" className={styles.sectionHeading}>{t('exchange.mine.own')}</h3>
                {own.length === 0 ? <EmptyState text={t('exchange.mine.none')} /> : <ExchangeList applications={own} label={t('exchange.mine.own')} onChanged={loaded.reload} />}
              </section>
              {others.length > 0 && (
                <section aria-labelledby="exchange-others">
                  <h3 id="exchange-others" className={styles.sectionHeading}>{t('exchange.mine.others')}</h3>
                  <ExchangeList applications={others} label={t('exchange.mine.others')} onChanged={loaded.reload} />
                </section>
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
