/** Leaving a network takes a confirmation: it also removes the member from the network's team. */
import { Button } from '@fluentui/react-components';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';

export function LeaveDialog({ networkId, networkName, onLeft }: { networkId: string; networkName: string; onLeft: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const styles = useViewStyles();
  return (
    <FormDialog
      trigger={<Button>{t('networks.leave')}</Button>}
      title={t('leave.title', { network: networkName })}
      submitLabel={t('leave.confirm')}
      onSubmit={async () => {
        const answer = await api.leave(networkId);
        notify('success', answer.message);
        onLeft();
      }}
    >
      <p className={styles.text}>{t('leave.text')}</p>
    </FormDialog>
  );
}
