/** Short feedback after the visit, in one direction (guest to host, guest to the unit, host about the guest). */
import { Button, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import type { ExchangeView, FeedbackDirection } from './exchangeTypes';

const ratings = ['1', '2', '3', '4', '5'];

export function FeedbackDialog({ application, direction, onChanged }: { application: ExchangeView; direction: FeedbackDirection; onChanged: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const [form, setForm] = useState({ rating: '', text: '' });
  const [ratingMissing, setRatingMissing] = useState(false);
  const label = t(`exchange.feedback.give.${direction}`);
  return (
    <FormDialog
      trigger={<Button>{label}</Button>}
      title={label}
      submitLabel={t('exchange.feedback.send')}
      onOpen={() => (setForm({ rating: '', text: '' }), setRatingMissing(false))}
      onSubmit={async () => {
        if (!form.rating) {
          setRatingMissing(true);
          throw new Error(t('exchange.feedback.ratingMissing'));
        }
        await api.exchangeFeedback(application.id, { direction, rating: Number(form.rating), text: form.text.trim() });
        notify('success', t('exchange.feedback.thanks'));
        onChanged();
      }}
    >
      <Field label={t('exchange.feedback.rating')} hint={t('exchange.feedback.ratingHint')} required validationMessage={ratingMissing && !form.rating ? t('exchange.feedback.ratingMissing') : undefined}>
        <RadioGroup layout="horizontal" value={form.rating} onChange={(_, d) => setForm((f) => ({ ...f, rating: d.value }))}>
          {ratings.map((r) => <Radio key={r} value={r} label={r} />)}
        </RadioGroup>
      </Field>
      <TextField label={t('exchange.feedback.text')} required multiline maxLength={2000} value={form.text} onChange={(text) => setForm((f) => ({ ...f, text }))} />
    </FormDialog>
  );
}
