/** Decline a join request, with a reason the person is told if the coordinator gives one. */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';

export function DeclineDialog({ requestId, name, onDeclined }: { requestId: string; name: string; onDeclined: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const [reason, setReason] = useState('');
  return (
    <FormDialog
      trigger={<Button>{t('coord.decline')}</Button>}
      title={t('coord.declineTitle', { name })}
      submitLabel={t('coord.declineConfirm')}
      onOpen={() => setReason('')}
      onSubmit={async () => {
        const answer = await api.decide(requestId, 'decline', reason.trim() || undefined);
        notify('success', answer.message);
        onDeclined();
      }}
    >
      <TextField label={t('coord.declineReason')} value={reason} onChange={setReason} multiline maxLength={500} />
    </FormDialog>
  );
}
