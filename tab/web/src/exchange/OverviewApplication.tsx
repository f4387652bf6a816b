/**
 * One application in the coordinator's overview: a summary, and on request the whole application as the
 * coordinator may see it (fetched then), with what they may do: approve the costs, record an outside party's word.
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { ArticleCard } from '../common/ArticleCard';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';
import { formatDays } from './dates';
import { ExchangeActions } from './ExchangeActions';
import { useExchangeTitle } from './ExchangeCard';
import { ExchangeHistory } from './ExchangeHistory';
import type { OverviewRow } from './exchangeTypes';
import { libraryWithTown } from './libraryNames';
import { formatEuros } from './money';
import { VisitFacts } from './VisitFacts';

function Details({ id, onChanged }: { id: string; onChanged: () => void }) {
  const api = useApi();
  const loaded = useLoad(() => api.exchange(id), [api, id]);
  return (
    <LoadState loaded={loaded}>
      {({ application: a }) => (
        <>
          <VisitFacts application={a} showOutside />
          <ExchangeActions application={a} onChanged={() => (loaded.reload(), onChanged())} />
          <ExchangeHistory history={a.history} headingId={`overview-${a.id}-history`} level={6} />
        </>
      )}
    </LoadState>
  );
}

export function OverviewApplication({ row, onChanged }: { row: OverviewRow; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const styles = useViewStyles();
  const title = useExchangeTitle();
  const [open, setOpen] = useState(false);
  // Nothing is left to do on a closed application: it is only looked at.
  const closed = row.state === 'withdrawn' || row.state === 'declined' || row.state === 'reimbursed';
  const headingId = `overview-${row.id}`;
  const heading = `${row.applicantName ?? t('exchange.history.someone')} — ${title(row)}`;
  const summary = [
    libraryWithTown(row.homeLibrary, lang),
    formatDays(row.startsOn, row.endsOn, lang),
    t('exchange.overview.estimate', { amount: formatEuros(row.travelEstimateCents + row.stayEstimateCents, lang) }),
    row.grantedCents !== null && t('exchange.overview.granted', { amount: formatEuros(row.grantedCents, lang) }),
  ].filter(Boolean);
  return (
    <ArticleCard labelledBy={headingId}>
      <h5 id={headingId} className={styles.cardHeading}>{heading}</h5>
      <p className={styles.meta}>{summary.join(' · ')}</p>
      <div className={styles.actions}>
        <Button aria-expanded={open} aria-label={t(open ? 'exchange.overview.closeNamed' : closed ? 'exchange.overview.showNamed' : 'exchange.overview.openNamed', { name: heading })} onClick={() => setOpen(!open)}>
          {open ? t('exchange.overview.close') : closed ? t('exchange.overview.show') : t('exchange.overview.open')}
        </Button>
      </div>
      {open && <Details id={row.id} onChanged={onChanged} />}
    </ArticleCard>
  );
}
