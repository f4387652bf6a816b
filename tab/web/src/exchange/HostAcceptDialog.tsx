/** The host library accepts the guest and names the workplace mentor who looks after them (or a coordinator records it). */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import type { ExchangeView } from './exchangeTypes';

export function HostAcceptDialog({ application, recording, label, onChanged }: { application: ExchangeView; recording?: boolean; label: string; onChanged: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const [form, setForm] = useState({ name: '', email: '' });
  return (
    <FormDialog
      trigger={<Button appearance="primary">{label}</Button>}
      title={label}
      submitLabel={t('exchange.step.acceptAsHost')}
      onOpen={() => setForm({ name: application.mentorName ?? '', email: application.mentorEmail ?? '' })}
      onSubmit={async () => {
        await api.exchangeStep(application.id, {
          step: 'acceptAsHost', mentorName: form.name.trim(), mentorEmail: form.email.trim() || null, recordingFor: recording ? 'host' : undefined, version: application.version,
        });
        notify('success', t('exchange.done.acceptAsHost'));
        onChanged();
      }}
    >
      <p>{t('exchange.mentor.intro')}</p>
      <TextField label={t('exchange.mentor.name')} required maxLength={200} value={form.name} onChange={(name) => setForm((f) => ({ ...f, name }))} />
      <TextField label={t('exchange.mentor.email')} type="email" maxLength={254} value={form.email} onChange={(email) => setForm((f) => ({ ...f, email }))} />
    </FormDialog>
  );
}
