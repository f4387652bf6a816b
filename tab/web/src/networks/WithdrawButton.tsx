/** Take back a join request that still waits for the coordinator. */
import { Button } from '@fluentui/react-components';
import { useApi } from '../api/ApiContext';
import { useAction } from '../common/useAction';
import { useI18n } from '../i18n/I18nContext';

export function WithdrawButton({ requestId, onWithdrawn }: { requestId: string; onWithdrawn: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { busy, run } = useAction();
  return (
    <Button disabledFocusable={busy} onClick={() => void run(async () => (await api.withdraw(requestId)).message, onWithdrawn)}>
      {t('networks.withdraw')}
    </Button>
  );
}
