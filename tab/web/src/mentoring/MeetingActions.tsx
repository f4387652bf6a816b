/** A coordinator's buttons on one coming meeting: move it (within the season) or cancel it; the Teams occurrence follows. */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FormDialog } from '../common/FormDialog';
import { TextField } from '../common/TextField';
import { useAction } from '../common/useAction';
import { helsinkiFields } from '../coordinate/helsinkiTime';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';

interface Meeting { id: string; startsAt: string; endsAt: string }

export function MeetingActions({ meeting, onChanged }: { meeting: Meeting; onChanged: () => void }) {
  const api = useApi();
  const { t, moment } = useI18n();
  const { notify } = useNotices();
  const { busy, run } = useAction();
  const initial = () => ({ date: helsinkiFields(meeting.startsAt).date, startTime: helsinkiFields(meeting.startsAt).time, endTime: helsinkiFields(meeting.endsAt).time });
  const [form, setForm] = useState(initial);
  const when = moment(meeting.startsAt);
  return (
    <>
      <FormDialog
        trigger={<Button size="small" aria-label={t('mentoring.moveMeeting', { when })}>{t('mentoring.move')}</Button>}
        title={t('mentoring.moveMeeting', { when })}
        submitLabel={t('mentoring.move')}
        onOpen={() => setForm(initial())}
        onSubmit={async () => {
          await api.moveMeeting(meeting.id, form);
          notify('success', t('mentoring.moved'));
          onChanged();
        }}
      >
        <TextField label={t('mentoring.date')} type="date" required value={form.date} onChange={(date) => setForm((f) => ({ ...f, date }))} />
        <TextField label={t('mentoring.startTime')} type="time" required value={form.startTime} onChange={(startTime) => setForm((f) => ({ ...f, startTime }))} />
        <TextField label={t('mentoring.endTime')} type="time" required value={form.endTime} onChange={(endTime) => setForm((f) => ({ ...f, endTime }))} />
      </FormDialog>
      <Button size="small" aria-label={t('mentoring.cancelMeeting', { when })} disabledFocusable={busy} onClick={() => void run(async () => (await api.cancelMeeting(meeting.id), t('mentoring.meetingCancelled')), onChanged)}>
        {t('mentoring.cancel')}
      </Button>
    </>
  );
}
