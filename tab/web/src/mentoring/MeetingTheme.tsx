/** The mentor or a coordinator fixes a coming meeting's theme from the group's proposals not yet fixed elsewhere. */
import { Button, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { MentoringMeeting, MentoringTheme } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { useAction } from '../common/useAction';
import { useI18n } from '../i18n/I18nContext';

export function MeetingTheme({ meeting, themes, onChanged }: { meeting: MentoringMeeting; themes: MentoringTheme[]; onChanged: () => void }) {
  const api = useApi();
  const { t, moment } = useI18n();
  const { busy, run } = useAction();
  const [themeId, setThemeId] = useState(meeting.themeId ?? '');
  useEffect(() => setThemeId(meeting.themeId ?? ''), [meeting.themeId]);
  const choices = themes.filter((theme) => theme.meetingId === null || theme.meetingId === meeting.id);
  if (choices.length === 0) return null;
  const when = moment(meeting.startsAt);
  const chosen = choices.find((theme) => theme.id === themeId);
  return (
    <>
      <Select size="small" aria-label={t('mentoring.themeFor', { when })} value={themeId} onChange={(_, d) => setThemeId(d.value)}>
        <option value="">{t('mentoring.chooseTheme')}</option>
        {choices.map((theme) => <option key={theme.id} value={theme.id}>{theme.title}</option>)}
      </Select>
      <Button
        size="small"
        aria-label={t('mentoring.fixThemeFor', { when })}
        disabledFocusable={busy || !chosen || chosen.id === meeting.themeId}
        onClick={() => chosen && void run(async () => (await api.fixTheme(meeting.id, chosen.id), t('mentoring.themeFixed', { title: chosen.title, when })), onChanged)}
      >
        {t('mentoring.fixTheme')}
      </Button>
    </>
  );
}
