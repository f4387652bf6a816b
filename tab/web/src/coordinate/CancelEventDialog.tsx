/** Cancel an event; the reason, if given, goes to everyone who answered. */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { EventView } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';

export function CancelEventDialog({ event, onCancelled }: { event: EventView; onCancelled: () => void }) {
  const api = useApi();
  const { t, pick } = useI18n();
  const { notify } = useNotices();
  const [reason, setReason] = useState('');
  return (
    <FormDialog
      trigger={<Button>{t('coord.cancelEvent')}</Button>}
      title={t('coord.cancelTitle', { title: pick(event.title) })}
      submitLabel={t('coord.cancelConfirm')}
      cancelLabel={t('coord.keepEvent')}
      onOpen={() => setReason('')}
      onSubmit={async () => {
        await api.cancelEvent(event.id, reason.trim() || undefined);
        notify('success', t('coord.cancelled'));
        onCancelled();
      }}
    >
      <TextField label={t('coord.cancelReason')} value={reason} onChange={setReason} multiline maxLength={500} />
    </FormDialog>
  );
}
