/** Set or change a unit's staff-exchange budget for a year, in euros. */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import { MoneyField } from './MoneyField';
import { eurosForField, formatEuros, parseEuros } from './money';

interface Props {
  unitId: string;
  unitName: string;
  year: number;
  /** The budget now, or null when none is set for the year. */
  currentCents: number | null;
  onSaved: () => void;
}

export function BudgetDialog({ unitId, unitName, year, currentCents, onSaved }: Props) {
  const api = useApi();
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  const [amount, setAmount] = useState('');
  const label = currentCents === null ? t('exchange.budget.set') : t('exchange.budget.change');
  return (
    <FormDialog
      trigger={<Button>{label}</Button>}
      title={t('exchange.budget.title', { unit: unitName, year })}
      submitLabel={t('exchange.budget.save')}
      onOpen={() => setAmount(currentCents === null ? '' : eurosForField(currentCents, lang))}
      onSubmit={async () => {
        const cents = parseEuros(amount, lang);
        if (cents === null || amount.trim() === '') throw new Error(t('exchange.money.invalid'));
        await api.setExchangeBudget(unitId, year, cents);
        notify('success', t('exchange.budget.saved', { unit: unitName, year, amount: formatEuros(cents, lang) }));
        onSaved();
      }}
    >
      <MoneyField label={t('exchange.budget.amount', { year })} required value={amount} onChange={setAmount} />
    </FormDialog>
  );
}
