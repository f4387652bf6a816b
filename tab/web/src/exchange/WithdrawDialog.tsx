/** Withdrawing an application ends it for good: asked once more before it is done. */
import { Button } from '@fluentui/react-components';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import type { ExchangeView } from './exchangeTypes';

export function WithdrawDialog({ application, onChanged }: { application: ExchangeView; onChanged: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  return (
    <FormDialog
      trigger={<Button>{t('exchange.step.withdraw')}</Button>}
      title={t('exchange.withdraw.title')}
      submitLabel={t('exchange.step.withdraw')}
      cancelLabel={t('exchange.withdraw.keep')}
      onSubmit={async () => {
        await api.exchangeStep(application.id, { step: 'withdraw', version: application.version });
        notify('success', t('exchange.done.withdraw'));
        onChanged();
      }}
    >
      <p>{t('exchange.withdraw.text')}</p>
    </FormDialog>
  );
}
