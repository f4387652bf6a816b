/** The year's applications grouped by state, in the order an application goes through them. */
import { EmptyState } from '../common/EmptyState';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { exchangeStates, type ExchangeOverview } from './exchangeTypes';
import { OverviewApplication } from './OverviewApplication';

export function OverviewApplications({ overview, onChanged }: { overview: ExchangeOverview; onChanged: () => void }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  const groups = exchangeStates
    .map((state) => ({ state, rows: overview.applications.filter((a) => a.state === state) }))
    .filter((g) => g.rows.length > 0);
  return (
    <section aria-labelledby="exchange-overview-applications">
      <h3 id="exchange-overview-applications" className={styles.sectionHeading}>{t('exchange.overview.applications', { year: overview.year })}</h3>
      {groups.length === 0 && <EmptyState text={t('exchange.overview.none')} />}
      {groups.map(({ state, rows }) => (
        <section key={state} aria-labelledby={`exchange-state-${state}`}>
          <h4 id={`exchange-state-${state}`} className={styles.subHeading}>{t('exchange.overview.stateCount', { state: t(`exchange.state.${state}`), count: rows.length })}</h4>
          <ul className={styles.list} aria-labelledby={`exchange-state-${state}`}>
            {rows.map((row) => (
              <li key={row.id}>
                <OverviewApplication row={row} onChanged={onChanged} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
