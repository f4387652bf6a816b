/**
 * Ask for changes or decline, with the reason the applicant is told (required: they need to know what to change).
 * A coordinator may record it for a supervisor or host outside Kollega.
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import type { ExchangeView, OutsideParty } from './exchangeTypes';

interface Props {
  application: ExchangeView;
  step: 'requestChanges' | 'decline';
  recordingFor?: OutsideParty;
  label: string;
  onChanged: () => void;
}

export function ReasonDialog({ application, step, recordingFor, label, onChanged }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const [reason, setReason] = useState('');
  return (
    <FormDialog
      trigger={<Button>{label}</Button>}
      title={label}
      submitLabel={step === 'decline' ? t('exchange.step.decline') : t('exchange.step.requestChanges')}
      onOpen={() => setReason('')}
      onSubmit={async () => {
        await api.exchangeStep(application.id, { step, reason: reason.trim(), recordingFor, version: application.version });
        notify('success', step === 'decline' ? t('exchange.done.decline') : t('exchange.done.requestChanges'));
        onChanged();
      }}
    >
      <TextField label={t('exchange.reason')} hint={t('exchange.reasonHint')} required multiline maxLength={1000} value={reason} onChange={setReason} />
    </FormDialog>
  );
}
