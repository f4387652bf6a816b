/**
 * A coordinator writes a year's reading challenge: title, introduction and tasks, each in Finnish and Swedish.
 * Saved unpublished, only coordinators see it; published, the network's libraries read it. A half-written one may
 * be saved, so both languages are required only for publishing.
 */
import { Button, Checkbox } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import type { BilingualText, ChallengeView } from './resourceTypes';
import { TaskRows } from './TaskRows';

interface Props {
  networkId: string;
  /** The challenge to change; none to write a new year's. */
  challenge?: ChallengeView;
  /** The year a new challenge is offered for. */
  newYear: number;
  onSaved: (year: number) => void;
}

const blank = (): BilingualText => ({ fi: '', sv: '' });
const trim = (text: BilingualText): BilingualText => ({ fi: text.fi.trim(), sv: text.sv.trim() });

function formOf(challenge: ChallengeView | undefined, newYear: number) {
  if (!challenge) return { year: String(newYear), title: blank(), intro: blank(), tasks: [blank()], publish: false };
  return { year: String(challenge.year), title: { ...challenge.title }, intro: { ...challenge.intro }, tasks: challenge.tasks.map((task) => ({ ...task })), publish: !!challenge.publishedAt };
}

export function ChallengeDialog({ networkId, challenge, newYear, onSaved }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const { notify } = useNotices();
  const [form, setForm] = useState(() => formOf(challenge, newYear));
  const bilingual = (name: 'title' | 'intro', l: 'fi' | 'sv') => ({ value: form[name][l], onChange: (value: string) => setForm((f) => ({ ...f, [name]: { ...f[name], [l]: value } })) });
  const label = challenge ? t('resources.challenge.edit', { year: challenge.year }) : t('resources.challenge.new');
  return (
    <FormDialog
      wide
      trigger={<Button>{label}</Button>}
      title={label}
      submitLabel={t('resources.save')}
      onOpen={() => setForm(formOf(challenge, newYear))}
      onSubmit={async () => {
        const year = Number(form.year);
        await api.saveChallenge(networkId, year, { title: trim(form.title), intro: trim(form.intro), tasks: form.tasks.map(trim), publish: form.publish });
        notify('success', form.publish ? t('resources.challenge.published', { year }) : t('resources.challenge.savedDraft', { year }));
        onSaved(year);
      }}
    >
      {!challenge && <TextField label={t('resources.challenge.year')} type="number" required value={form.year} onChange={(year) => setForm((f) => ({ ...f, year }))} />}
      <TextField label={t('resources.challenge.titleFi')} required={form.publish} maxLength={200} {...bilingual('title', 'fi')} />
      <TextField label={t('resources.challenge.titleSv')} required={form.publish} maxLength={200} {...bilingual('title', 'sv')} />
      <TextField label={t('resources.challenge.introFi')} multiline maxLength={4000} {...bilingual('intro', 'fi')} />
      <TextField label={t('resources.challenge.introSv')} multiline maxLength={4000} {...bilingual('intro', 'sv')} />
      <TaskRows tasks={form.tasks} required={form.publish} onChange={(tasks) => setForm((f) => ({ ...f, tasks }))} />
      <Checkbox checked={form.publish} onChange={(_, d) => setForm((f) => ({ ...f, publish: !!d.checked }))} label={t('resources.challenge.publish')} />
    </FormDialog>
  );
}
