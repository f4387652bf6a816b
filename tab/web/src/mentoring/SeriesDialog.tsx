/** Plan a group's meetings: e.g. the first Tuesday of every month of the season, 14:00 to 15:30 Finnish time. */
import { Field, Select } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const ordinals = ['first', 'second', 'third', 'fourth', 'last'] as const;
const initial = { weekday: 'tuesday', ordinal: 'first', startTime: '14:00', endTime: '15:30' };

export function SeriesDialog({ trigger, groupId, groupName, onSaved }: { trigger: ReactElement; groupId: string; groupName: string; onSaved: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const [form, setForm] = useState(initial);
  return (
    <FormDialog
      trigger={trigger}
      title={t('mentoring.planTitle', { group: groupName })}
      submitLabel={t('mentoring.plan')}
      onOpen={() => setForm(initial)}
      onSubmit={async () => {
        await api.planSeries(groupId, form);
        notify('success', t('mentoring.planned'));
        onSaved();
      }}
    >
      <Field label={t('mentoring.ordinal')}>
        <Select value={form.ordinal} onChange={(_, d) => setForm((f) => ({ ...f, ordinal: d.value }))}>
          {ordinals.map((o) => <option key={o} value={o}>{t(`mentoring.ordinal.${o}`)}</option>)}
        </Select>
      </Field>
      <Field label={t('mentoring.weekday')}>
        <Select value={form.weekday} onChange={(_, d) => setForm((f) => ({ ...f, weekday: d.value }))}>
          {weekdays.map((w) => <option key={w} value={w}>{t(`mentoring.weekday.${w}`)}</option>)}
        </Select>
      </Field>
      <TextField label={t('mentoring.startTime')} type="time" required value={form.startTime} onChange={(v) => setForm((f) => ({ ...f, startTime: v }))} />
      <TextField label={t('mentoring.endTime')} type="time" required value={form.endTime} onChange={(v) => setForm((f) => ({ ...f, endTime: v }))} />
    </FormDialog>
  );
}
