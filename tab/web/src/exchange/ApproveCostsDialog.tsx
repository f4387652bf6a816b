/** The coordinator grants the costs in euros, prefilled with the applicant's estimate; the server checks the budget. */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import type { ExchangeView } from './exchangeTypes';
import { MoneyField } from './MoneyField';
import { eurosForField, formatEuros, parseEuros } from './money';

export function ApproveCostsDialog({ application: a, onChanged }: { application: ExchangeView; onChanged: () => void }) {
  const api = useApi();
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  const estimate = a.travelEstimateCents + a.stayEstimateCents;
  const [granted, setGranted] = useState('');
  return (
    <FormDialog
      trigger={<Button appearance="primary">{t('exchange.step.approveCosts')}</Button>}
      title={t('exchange.step.approveCosts')}
      submitLabel={t('exchange.approve.submit')}
      onOpen={() => setGranted(eurosForField(estimate, lang))}
      onSubmit={async () => {
        const cents = parseEuros(granted, lang);
        if (cents === null || granted.trim() === '') throw new Error(t('exchange.money.invalid'));
        await api.exchangeStep(a.id, { step: 'approveCosts', grantedCents: cents, version: a.version });
        notify('success', t('exchange.done.approveCosts', { amount: formatEuros(cents, lang) }));
        onChanged();
      }}
    >
      <p>{t('exchange.approve.estimate', { amount: formatEuros(estimate, lang) })}</p>
      <MoneyField label={t('exchange.approve.granted')} hint={t('exchange.approve.grantedHint')} required value={granted} onChange={setGranted} />
    </FormDialog>
  );
}
