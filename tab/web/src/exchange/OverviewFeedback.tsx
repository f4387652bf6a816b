/** The year's feedback for the coordinator: each with its direction and the host library it concerns. */
import { EmptyState } from '../common/EmptyState';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { FeedbackList } from './AfterVisit';
import type { ExchangeOverview } from './exchangeTypes';
import { libraryName } from './libraryNames';

export function OverviewFeedback({ overview }: { overview: ExchangeOverview }) {
  const { t, lang } = useI18n();
  const styles = useViewStyles();
  const hosts = new Map(overview.applications.map((a) => [a.id, a.hostLibrary]));
  return (
    <section aria-labelledby="exchange-overview-feedback">
      <h3 id="exchange-overview-feedback" className={styles.sectionHeading}>{t('exchange.feedback.title')}</h3>
      {overview.feedback.length === 0 ? (
        <EmptyState text={t('exchange.feedback.none')} />
      ) : (
        <FeedbackList
          feedback={overview.feedback}
          label={(f) => {
            const host = hosts.get(f.applicationId);
            const direction = t(`exchange.feedback.${f.direction}`);
            return host ? `${direction} — ${libraryName(host, lang)}` : direction;
          }}
        />
      )}
    </section>
  );
}
