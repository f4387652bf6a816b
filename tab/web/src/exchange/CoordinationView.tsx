/**
 * The coordinator's staff exchange for a year: budgets, the applications by state (with the steps they may take
 * or record), exchanges per library and municipality, feedback, and the year as a CSV file.
 */
import { Field, Select, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useLoad } from '../common/useLoad';
import { ExportButton } from '../coordinate/ExportButton';
import { useI18n } from '../i18n/I18nContext';
import { BudgetSection } from './BudgetSection';
import { ExchangeCounts } from './ExchangeCounts';
import { OverviewApplications } from './OverviewApplications';
import { OverviewFeedback } from './OverviewFeedback';

const useStyles = makeStyles({ bar: { display: 'flex', flexWrap: 'wrap', gap: '12px 20px', alignItems: 'flex-end' } });

/** The years one may look at: a couple back, and the next (visits are planned ahead). */
const yearsAround = (year: number) => [year - 2, year - 1, year, year + 1];

export function CoordinationView({ firstYear }: { firstYear: number }) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const own = useStyles();
  const [year, setYear] = useState(firstYear);
  const loaded = useLoad(() => api.exchangeOverview(year), [api, year]);
  return (
    <section aria-labelledby="exchange-coordination">
      <h3 id="exchange-coordination" className={styles.sectionHeading}>{t('exchange.overview.title')}</h3>
      <div className={own.bar}>
        <Field label={t('exchange.overview.year')}>
          <Select value={String(year)} onChange={(_, d) => setYear(Number(d.value))}>
            {yearsAround(firstYear).map((y) => <option key={y} value={y}>{y}</option>)}
          </Select>
        </Field>
        <ExportButton path={api.exchangeOverviewCsvPath(year)} fileName={`${t('exchange.overview.csvName')}-${year}.csv`} label={t('exchange.overview.csv')} />
      </div>
      <LoadState loaded={loaded}>
        {(overview) => (
          <>
            <BudgetSection overview={overview} onChanged={loaded.reload} />
            <OverviewApplications overview={overview} onChanged={loaded.reload} />
            <ExchangeCounts overview={overview} />
            <OverviewFeedback overview={overview} />
          </>
        )}
      </LoadState>
    </section>
  );
}
