/**
 * The coordinator records a game's return: complete, with parts missing, or damaged. Anything but complete needs a
 * note saying what, since the next borrower and the coordinator check the box by it.
 */
import { Button, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import type { BookingView, ReturnCondition } from './resourceTypes';

const conditions: ReturnCondition[] = ['complete', 'missingParts', 'damaged'];

export function ReturnDialog({ booking, title, onChanged }: { booking: BookingView; title: string; onChanged: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const [form, setForm] = useState({ condition: 'complete' as ReturnCondition, note: '' });
  const label = t('resources.step.return');
  return (
    <FormDialog
      trigger={<Button appearance="primary">{label}</Button>}
      title={`${label}: ${title}`}
      submitLabel={label}
      cancelLabel={t('resources.step.back')}
      onOpen={() => setForm({ condition: 'complete', note: '' })}
      onSubmit={async () => {
        await api.bookingStep(booking.id, { step: 'return', version: booking.version, condition: form.condition, note: form.note.trim() || null });
        notify('success', t('resources.done.return'));
        onChanged();
      }}
    >
      <Field label={t('resources.return.condition')} required>
        <RadioGroup value={form.condition} onChange={(_, d) => setForm((f) => ({ ...f, condition: d.value as ReturnCondition }))}>
          {conditions.map((c) => <Radio key={c} value={c} label={t(`resources.condition.${c}`)} />)}
        </RadioGroup>
      </Field>
      <TextField
        label={t('resources.return.note')}
        hint={t('resources.return.noteHint')}
        required={form.condition !== 'complete'}
        multiline
        maxLength={1000}
        value={form.note}
        onChange={(note) => setForm((f) => ({ ...f, note }))}
      />
    </FormDialog>
  );
}
