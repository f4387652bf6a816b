/**
 * A booking step with words to go with it: a decline (its reason is required, the booker needs to know why), a
 * cancellation (reason optional), or the hand-over (an optional note, e.g. who picked the game up).
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import type { BookingView } from './resourceTypes';

interface Props {
  booking: BookingView;
  step: 'decline' | 'cancel' | 'handOver';
  /** Names the booking, so the dialog says which one it is about. */
  title: string;
  onChanged: () => void;
}

export function NoteStepDialog({ booking, step, title, onChanged }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const [note, setNote] = useState('');
  const label = t(`resources.step.${step}`);
  return (
    <FormDialog
      trigger={<Button>{label}</Button>}
      title={`${label}: ${title}`}
      submitLabel={label}
      cancelLabel={t('resources.step.back')}
      onOpen={() => setNote('')}
      onSubmit={async () => {
        const text = note.trim();
        const { version } = booking;
        await api.bookingStep(booking.id, step === 'decline' ? { step, version, reason: text } : step === 'cancel' ? { step, version, reason: text || null } : { step, version, note: text || null });
        notify('success', t(`resources.done.${step}`));
        onChanged();
      }}
    >
      <TextField label={t(`resources.note.${step}`)} hint={t(`resources.note.${step}Hint`)} required={step === 'decline'} multiline maxLength={1000} value={note} onChange={setNote} />
    </FormDialog>
  );
}
