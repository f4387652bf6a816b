/**
 * Themes agreed in advance: the group's proposals, most votes first, and the meeting a theme was chosen for. The
 * group's people give or take back a vote and propose new ones; a coordinator outside the group only reads them.
 */
import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { MentoringMeeting, MentoringTheme } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useAction } from '../common/useAction';
import type { Loaded } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';

interface Props {
  groupId: string;
  themes: Loaded<{ themes: MentoringTheme[] }>;
  meetings: MentoringMeeting[];
  /** A member or mentor of the group: votes and proposes. */
  takesPart: boolean;
}

export function ThemesSection({ groupId, themes: loaded, meetings, takesPart }: Props) {
  const api = useApi();
  const { t, moment } = useI18n();
  const styles = useViewStyles();
  const { busy, run } = useAction();
  const [title, setTitle] = useState('');
  const fixedFor = (theme: MentoringTheme) => meetings.find((m) => m.id === theme.meetingId);
  return (
    <>
      <h5 className={styles.subHeading}>{t('mentoring.themes')}</h5>
      <LoadState loaded={loaded}>
        {({ themes }) =>
          themes.length === 0 ? (
            <p className={styles.meta}>{t('mentoring.noThemes')}</p>
          ) : (
            <ul className={styles.plainList}>
              {themes.map((theme) => {
                const meeting = fixedFor(theme);
                return (
                  <li key={theme.id} className={styles.actions}>
                    <span>
                      {t('mentoring.themeVotes', { title: theme.title, count: theme.votes })}
                      {meeting && ` · ${t('mentoring.themeFixedFor', { when: moment(meeting.startsAt) })}`}
                    </span>
                    {takesPart && theme.meetingId === null && (
                      <Button size="small" aria-pressed={theme.myVote} disabledFocusable={busy} onClick={() => void run(async () => (await api.vote(theme.id, !theme.myVote), null), loaded.reload)}>
                        {theme.myVote ? t('mentoring.unvote') : t('mentoring.vote')}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </LoadState>
      {takesPart && (
        <form
          className={styles.actions}
          onSubmit={(e) => {
            e.preventDefault();
            if (title.trim()) void run(async () => (await api.proposeTheme(groupId, title), t('mentoring.proposed')), () => (setTitle(''), loaded.reload()));
          }}
        >
          <Field label={t('mentoring.newTheme')}>
            <Input value={title} onChange={(_, d) => setTitle(d.value)} maxLength={120} />
          </Field>
          <Button type="submit" disabledFocusable={busy}>{t('mentoring.propose')}</Button>
        </form>
      )}
    </>
  );
}
