/**
 * A coordinator adds someone to the group by e-mail address, whether Kollega knows them yet or not: they are
 * invited to the meetings at that address and see the group when they first sign in.
 */
import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { GroupRole } from '../api/kollegaApi';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';

const empty = { email: '', name: '', role: 'member' as GroupRole };
/** Enough to catch a slip before sending; the server checks the address properly. */
const looksLikeEmail = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function AddByEmailDialog({ groupId, groupName, onSaved }: { groupId: string; groupName: string; onSaved: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const [form, setForm] = useState(empty);
  return (
    <FormDialog
      trigger={<Button>{t('mentoring.addByEmail')}</Button>}
      title={t('mentoring.addByEmailTitle', { group: groupName })}
      submitLabel={t('mentoring.add')}
      onOpen={() => setForm(empty)}
      onSubmit={async () => {
        const person = { email: form.email.trim(), name: form.name.trim(), role: form.role };
        if (!looksLikeEmail.test(person.email)) throw new Error(t('mentoring.emailInvalid'));
        await api.addByEmail(groupId, person);
        notify('success', t(`mentoring.placedAs.${person.role}`, { name: person.name }));
        onSaved();
      }}
    >
      <TextField label={t('mentoring.email')} type="email" required maxLength={254} hint={t('mentoring.emailHint')} value={form.email} onChange={(email) => setForm((f) => ({ ...f, email }))} />
      <TextField label={t('mentoring.personName')} required maxLength={120} value={form.name} onChange={(name) => setForm((f) => ({ ...f, name }))} />
      <Field label={t('mentoring.role')}>
        <Select value={form.role} onChange={(_, d) => setForm((f) => ({ ...f, role: d.value as GroupRole }))}>
          <option value="member">{t('mentoring.role.member')}</option>
          <option value="mentor">{t('mentoring.role.mentor')}</option>
        </Select>
      </Field>
    </FormDialog>
  );
}
