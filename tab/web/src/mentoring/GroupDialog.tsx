/**
 * Create a support group: name and focus in Finnish and Swedish, a size limit, and its mentor and members chosen
 * from a network's members (people can also apply later).
 */
import { Checkbox, Field, Select } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { Members } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import { useLoad } from '../common/useLoad';

const empty = { networkId: '', nameFi: '', nameSv: '', focusFi: '', focusSv: '', capacity: '' };

export function GroupDialog({ trigger, seasonId, seasonName, onSaved }: { trigger: ReactElement; seasonId: string; seasonName: string; onSaved: () => void }) {
  const api = useApi();
  const { t, pick } = useI18n();
  const networks = useLoad(() => api.myNetworks(), [api]);
  const { notify } = useNotices();
  const [form, setForm] = useState(empty);
  const [people, setPeople] = useState<Members['members']>([]);
  const [roles, setRoles] = useState<Record<string, 'mentor' | 'member' | ''>>({});
  const field = (name: Exclude<keyof typeof empty, 'networkId'>) => ({ value: form[name], onChange: (value: string) => setForm((f) => ({ ...f, [name]: value })) });

  async function chooseNetwork(networkId: string) {
    setForm((f) => ({ ...f, networkId }));
    setRoles({});
    setPeople(networkId ? (await api.members(networkId)).members : []);
  }

  return (
    <FormDialog
      wide
      trigger={trigger}
      title={t('mentoring.newGroupTitle', { season: seasonName })}
      submitLabel={t('mentoring.create')}
      onOpen={() => (setForm(empty), setPeople([]), setRoles({}))}
      onSubmit={async () => {
        const chosen = (role: 'mentor' | 'member') => Object.entries(roles).filter(([, r]) => r === role).map(([id]) => id);
        await api.createGroup(seasonId, {
          networkId: form.networkId || null, nameFi: form.nameFi, nameSv: form.nameSv, focusFi: form.focusFi, focusSv: form.focusSv,
          capacity: form.capacity ? Number(form.capacity) : null, mentorIds: chosen('mentor'), memberIds: chosen('member'),
        });
        notify('success', t('mentoring.groupCreated'));
        onSaved();
      }}
    >
      <TextField label={t('mentoring.nameFi')} required maxLength={120} {...field('nameFi')} />
      <TextField label={t('mentoring.nameSv')} required maxLength={120} {...field('nameSv')} />
      <TextField label={t('mentoring.focusFi')} required multiline maxLength={500} {...field('focusFi')} />
      <TextField label={t('mentoring.focusSv')} required multiline maxLength={500} {...field('focusSv')} />
      <TextField label={t('mentoring.capacity')} type="number" {...field('capacity')} />
      <Field label={t('mentoring.network')} hint={t('mentoring.networkHint')}>
        <Select value={form.networkId} onChange={(_, d) => void chooseNetwork(d.value)}>
          <option value="">{t('mentoring.noNetwork')}</option>
          {(networks.data?.networks ?? []).filter((n) => n.coordinates).map((n) => <option key={n.id} value={n.id}>{pick(n.name)}</option>)}
        </Select>
      </Field>
      {people.map((p) => (
        <div key={p.personId}>
          <Checkbox label={t('mentoring.asMember', { name: p.name ?? '' })} checked={roles[p.personId] === 'member'} onChange={(_, d) => setRoles((r) => ({ ...r, [p.personId]: d.checked ? 'member' : '' }))} />
          <Checkbox label={t('mentoring.asMentor', { name: p.name ?? '' })} checked={roles[p.personId] === 'mentor'} onChange={(_, d) => setRoles((r) => ({ ...r, [p.personId]: d.checked ? 'mentor' : '' }))} />
        </div>
      ))}
    </FormDialog>
  );
}
