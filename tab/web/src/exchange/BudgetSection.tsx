/** Each unit's budget for the year: the amount, what is granted to approved exchanges, what was paid, what is left. */
import { ArticleCard } from '../common/ArticleCard';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { BudgetDialog } from './BudgetDialog';
import type { ExchangeOverview } from './exchangeTypes';
import { FactList } from './FactList';
import { formatEuros } from './money';

export function BudgetSection({ overview, onChanged }: { overview: ExchangeOverview; onChanged: () => void }) {
  const { t, lang, pick } = useI18n();
  const styles = useViewStyles();
  const euros = (cents: number) => formatEuros(cents, lang);
  return (
    <section aria-labelledby="exchange-budgets">
      <h3 id="exchange-budgets" className={styles.sectionHeading}>{t('exchange.budget.heading', { year: overview.year })}</h3>
      <ul className={styles.list}>
        {overview.units.map((u) => {
          const name = pick(u.name);
          const { budget } = u;
          return (
            <li key={u.id}>
              <ArticleCard labelledBy={`budget-${u.id}`}>
                <h4 id={`budget-${u.id}`} className={styles.cardHeading}>{name}</h4>
                <FactList
                  facts={[
                    [t('exchange.budget.amountShort'), u.budgetSet ? euros(budget.budgetCents) : t('exchange.budget.notSet')],
                    [t('exchange.budget.granted'), euros(budget.grantedCents)],
                    [t('exchange.budget.spent'), euros(budget.spentCents)],
                    [t('exchange.budget.left'), euros(budget.leftCents)],
                  ]}
                />
                <div className={styles.actions}>
                  <BudgetDialog unitId={u.id} unitName={name} year={overview.year} currentCents={u.budgetSet ? budget.budgetCents : null} onSaved={onChanged} />
                </div>
              </ArticleCard>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
