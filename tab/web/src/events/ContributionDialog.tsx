/** Add a book tip (book coffee) or a practice (idea coffee); the fields are those the API takes. */
import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { Contribution, EventView } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import type { ContributionInput } from '../api/kollegaApi';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import { ageGroups } from './ageGroups';

const empty = { title: '', author: '', ageGroup: '', note: '', isbn: '', description: '', library: '' };

/** Only the fields that were filled in: the API reads an absent field as none. */
function filled(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
}

interface Props {
  eventId: string;
  kind: Contribution['kind'];
  onAdded: (event: EventView) => void;
}

export function ContributionDialog({ eventId, kind, onAdded }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const [form, setForm] = useState(empty);
  const set = (name: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [name]: value }));
  const bookTip = kind === 'bookTip';

  async function send() {
    const body: ContributionInput = bookTip
      ? { kind, title: form.title.trim(), ...filled({ author: form.author, ageGroup: form.ageGroup, note: form.note, isbn: form.isbn }) }
      : { kind, title: form.title.trim(), ...filled({ description: form.description, library: form.library }) };
    const { event } = await api.contribute(eventId, body);
    notify('success', t(bookTip ? 'tips.addedBookTip' : 'tips.addedPractice'));
    onAdded(event);
  }

  const label = t(bookTip ? 'tips.addBookTip' : 'tips.addPractice');
  return (
    <FormDialog trigger={<Button>{label}</Button>} title={label} submitLabel={t('tips.send')} onOpen={() => setForm(empty)} onSubmit={send}>
      <TextField label={t(bookTip ? 'tips.field.title' : 'tips.field.practiceTitle')} value={form.title} onChange={set('title')} required maxLength={200} />
      {bookTip ? (
        <>
          <TextField label={t('tips.field.author')} value={form.author} onChange={set('author')} maxLength={200} />
          <Field label={t('tips.field.ageGroup')}>
            <Select value={form.ageGroup} onChange={(_, d) => set('ageGroup')(d.value)}>
              <option value="">{t('tips.age.none')}</option>
              {ageGroups.map((age) => (
                <option key={age} value={age}>
                  {t(`tips.age.${age}`)}
                </option>
              ))}
            </Select>
          </Field>
          <TextField label={t('tips.field.note')} value={form.note} onChange={set('note')} multiline maxLength={500} />
          <TextField label={t('tips.field.isbn')} value={form.isbn} onChange={set('isbn')} maxLength={40} />
        </>
      ) : (
        <>
          <TextField label={t('tips.field.description')} value={form.description} onChange={set('description')} multiline required maxLength={1000} />
          <TextField label={t('tips.field.library')} value={form.library} onChange={set('library')} maxLength={200} />
        </>
      )}
    </FormDialog>
  );
}
