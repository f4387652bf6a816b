/** Ask to join: the member's library and a message to the coordinators, both optional. */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';

export function JoinDialog({ networkId, networkName, onJoined }: { networkId: string; networkName: string; onJoined: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const [library, setLibrary] = useState('');
  const [message, setMessage] = useState('');

  return (
    <FormDialog
      trigger={<Button appearance="primary">{t('networks.askToJoin')}</Button>}
      title={t('join.title', { network: networkName })}
      submitLabel={t('join.send')}
      onSubmit={async () => {
        const answer = await api.join(networkId, { library: library.trim() || undefined, message: message.trim() || undefined });
        notify('success', answer.message);
        onJoined();
      }}
    >
      <TextField label={t('join.library')} value={library} onChange={setLibrary} maxLength={200} />
      <TextField label={t('join.message')} value={message} onChange={setMessage} multiline maxLength={1000} />
    </FormDialog>
  );
}
