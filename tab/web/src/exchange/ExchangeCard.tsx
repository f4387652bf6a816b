/**
 * One staff-exchange application as a card: where and when, its state, the plan and money, what was done so far,
 * and the buttons the reader may press now. Shown in "My exchanges" and, for coordinators, in the overview.
 */
import { ArticleCard } from '../common/ArticleCard';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { AfterVisit } from './AfterVisit';
import { ExchangeActions } from './ExchangeActions';
import { ExchangeHistory } from './ExchangeHistory';
import type { ExchangeView } from './exchangeTypes';
import { libraryName } from './libraryNames';
import { StateBadge } from './StateBadge';
import { VisitFacts } from './VisitFacts';

/** The card's title: the host library, which is what an exchange is known by. */
export function useExchangeTitle() {
  const { t, lang } = useI18n();
  return (a: Pick<ExchangeView, 'hostLibrary'>) => t('exchange.card.title', { host: a.hostLibrary ? libraryName(a.hostLibrary, lang) : t('exchange.facts.notChosen') });
}

export function ExchangeCard({ application: a, onChanged }: { application: ExchangeView; onChanged: () => void }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  const title = useExchangeTitle();
  const headingId = `exchange-${a.id}`;
  const roles = a.you.parties.filter((p) => p !== 'applicant');
  return (
    <ArticleCard labelledBy={headingId}>
      <h4 id={headingId} className={styles.cardHeading}>{title(a)}</h4>
      <div className={styles.badges}>
        <StateBadge state={a.state} />
        {roles.length > 0 && <span className={styles.meta}>{t('exchange.card.yourPart', { parts: roles.map((p) => t(`exchange.party.${p}`)).join(', ') })}</span>}
      </div>
      <VisitFacts application={a} showOutside={a.you.parties.includes('coordinator')} />
      <ExchangeActions application={a} onChanged={onChanged} />
      <AfterVisit feedback={a.feedback} story={a.story} idPrefix={headingId} />
      <ExchangeHistory history={a.history} headingId={`${headingId}-history`} />
    </ArticleCard>
  );
}
