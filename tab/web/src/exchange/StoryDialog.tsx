/**
 * The guest's story of the exchange, for others to read only with their consent: the checkbox publishes it, and
 * unticking it later takes it back.
 */
import { Button, Checkbox } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import type { ExchangeView } from './exchangeTypes';

export function StoryDialog({ application, onChanged }: { application: ExchangeView; onChanged: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const story = application.story;
  const [form, setForm] = useState({ title: '', text: '', publish: false });
  const label = story ? t('exchange.story.edit') : t('exchange.story.write');
  return (
    <FormDialog
      wide
      trigger={<Button>{label}</Button>}
      title={label}
      submitLabel={t('exchange.story.save')}
      onOpen={() => setForm({ title: story?.title ?? '', text: story?.text ?? '', publish: story?.publishedAt != null })}
      onSubmit={async () => {
        await api.exchangeStory(application.id, { title: form.title.trim(), text: form.text.trim(), publish: form.publish });
        notify('success', form.publish ? t('exchange.story.published') : t('exchange.story.kept'));
        onChanged();
      }}
    >
      <p>{t('exchange.story.intro')}</p>
      <TextField label={t('exchange.story.title')} required maxLength={120} value={form.title} onChange={(title) => setForm((f) => ({ ...f, title }))} />
      <TextField label={t('exchange.story.text')} required multiline maxLength={4000} value={form.text} onChange={(text) => setForm((f) => ({ ...f, text }))} />
      <Checkbox label={t('exchange.story.publish')} checked={form.publish} onChange={(_, d) => setForm((f) => ({ ...f, publish: d.checked === true }))} />
    </FormDialog>
  );
}
