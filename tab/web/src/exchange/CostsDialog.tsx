/** After the visit, the guest files what travel and accommodation actually cost; the unit pays up to the grant. */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import type { ExchangeView } from './exchangeTypes';
import { MoneyField } from './MoneyField';
import { formatEuros, parseEuros } from './money';

export function CostsDialog({ application: a, onChanged }: { application: ExchangeView; onChanged: () => void }) {
  const api = useApi();
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  const [form, setForm] = useState({ travel: '', stay: '' });
  return (
    <FormDialog
      trigger={<Button appearance="primary">{t('exchange.step.fileCosts')}</Button>}
      title={t('exchange.step.fileCosts')}
      submitLabel={t('exchange.costs.submit')}
      onOpen={() => setForm({ travel: '', stay: '' })}
      onSubmit={async () => {
        const travelCents = parseEuros(form.travel, lang);
        const stayCents = parseEuros(form.stay, lang);
        if (travelCents === null || stayCents === null) throw new Error(t('exchange.money.invalid'));
        await api.exchangeCosts(a.id, { travelCents, stayCents });
        notify('success', t('exchange.done.fileCosts'));
        onChanged();
      }}
    >
      {a.grantedCents !== null && <p>{t('exchange.costs.granted', { amount: formatEuros(a.grantedCents, lang) })}</p>}
      <MoneyField label={t('exchange.costs.travel')} value={form.travel} onChange={(travel) => setForm((f) => ({ ...f, travel }))} />
      <MoneyField label={t('exchange.costs.stay')} value={form.stay} onChange={(stay) => setForm((f) => ({ ...f, stay }))} />
    </FormDialog>
  );
}
