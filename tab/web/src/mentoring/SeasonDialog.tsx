/** Open a mentoring season: the unit, its name in Finnish and Swedish (English optional) and its first and last day. */
import { Field, Select } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';

const empty = { unitId: '', nameFi: '', nameSv: '', nameEn: '', startsOn: '', endsOn: '' };

export function SeasonDialog({ trigger, units, onSaved }: { trigger: ReactElement; units: Array<{ id: string; name: string }>; onSaved: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const [form, setForm] = useState(empty);
  const field = (name: keyof typeof empty) => ({ value: form[name], onChange: (value: string) => setForm((f) => ({ ...f, [name]: value })) });

  return (
    <FormDialog
      trigger={trigger}
      title={t('mentoring.openSeason')}
      submitLabel={t('mentoring.open')}
      onOpen={() => setForm({ ...empty, unitId: units[0]?.id ?? '' })}
      onSubmit={async () => {
        await api.openSeason({ ...form, nameEn: form.nameEn || undefined });
        notify('success', t('mentoring.seasonOpened'));
        onSaved();
      }}
    >
      {units.length > 1 && (
        <Field label={t('mentoring.unit')}>
          <Select value={form.unitId} onChange={(_, d) => setForm((f) => ({ ...f, unitId: d.value }))}>
            {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </Select>
        </Field>
      )}
      <TextField label={t('mentoring.nameFi')} required maxLength={120} {...field('nameFi')} />
      <TextField label={t('mentoring.nameSv')} required maxLength={120} {...field('nameSv')} />
      <TextField label={t('mentoring.nameEn')} maxLength={120} {...field('nameEn')} />
      <TextField label={t('mentoring.startsOn')} type="date" required {...field('startsOn')} />
      <TextField label={t('mentoring.endsOn')} type="date" required {...field('endsOn')} />
    </FormDialog>
  );
}
