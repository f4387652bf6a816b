/** After a meeting the mentor or a coordinator records short notes and who attended; a record can be corrected. */
import { Button, Checkbox, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { MentoringGroup, MentoringMeeting } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  legend: { ...typographyStyles.body1Strong, padding: 0, marginBottom: '4px', color: tokens.colorNeutralForeground1 },
});

interface Props {
  meeting: MentoringMeeting;
  people: NonNullable<MentoringGroup['people']>;
  onSaved: () => void;
}

export function RecordDialog({ meeting, people, onSaved }: Props) {
  const api = useApi();
  const { t, moment } = useI18n();
  const { notify } = useNotices();
  const own = useStyles();
  const initial = () => ({ notes: meeting.notes ?? '', attended: new Set(meeting.attended) });
  const [form, setForm] = useState(initial);
  const when = moment(meeting.startsAt);
  const label = meeting.recorded ? t('mentoring.changeRecordOf', { when }) : t('mentoring.recordMeetingOf', { when });

  function mark(personId: string, present: boolean) {
    setForm((f) => {
      const attended = new Set(f.attended);
      if (present) attended.add(personId);
      else attended.delete(personId);
      return { ...f, attended };
    });
  }

  return (
    <FormDialog
      trigger={<Button size="small" aria-label={label}>{meeting.recorded ? t('mentoring.changeRecord') : t('mentoring.record')}</Button>}
      title={label}
      submitLabel={t('mentoring.saveRecord')}
      onOpen={() => setForm(initial())}
      onSubmit={async () => {
        // Only the group's present people can be marked; someone who has since left is not sent.
        const attended = people.map((p) => p.personId).filter((id) => form.attended.has(id));
        await api.recordMeeting(meeting.id, { notes: form.notes.trim() || null, attended });
        notify('success', t('mentoring.recordSaved'));
        onSaved();
      }}
    >
      <TextField label={t('mentoring.notes')} hint={t('mentoring.notesHint')} multiline maxLength={4000} value={form.notes} onChange={(notes) => setForm((f) => ({ ...f, notes }))} />
      <fieldset className={own.fieldset}>
        <legend className={own.legend}>{t('mentoring.whoAttended')}</legend>
        {people.map((p) => (
          <Checkbox key={p.personId} label={`${p.name} (${t(`mentoring.role.${p.role}`)})`} checked={form.attended.has(p.personId)} onChange={(_, d) => mark(p.personId, d.checked === true)} />
        ))}
      </fieldset>
    </FormDialog>
  );
}
