/** Themes agreed in advance: the group's proposals, most votes first, a vote to give or take back, a new one. */
import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { useAction } from '../common/useAction';
import { useLoad } from '../common/useLoad';
import { useI18n } from '../i18n/I18nContext';

export function ThemesSection({ groupId }: { groupId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const { busy, run } = useAction();
  const [title, setTitle] = useState('');
  const loaded = useLoad(() => api.themes(groupId), [api, groupId]);
  return (
    <>
      <h5 className={styles.subHeading}>{t('mentoring.themes')}</h5>
      <LoadState loaded={loaded}>
        {({ themes }) => (
          <ul className={styles.plainList}>
            {themes.map((theme) => (
              <li key={theme.id} className={styles.actions}>
                <span>{t('mentoring.themeVotes', { title: theme.title, count: theme.votes })}</span>
                {theme.meetingId === null && (
                  <Button size="small" aria-pressed={theme.myVote} disabledFocusable={busy} onClick={() => void run(async () => (await api.vote(theme.id, !theme.myVote), null), loaded.reload)}>
                    {theme.myVote ? t('mentoring.unvote') : t('mentoring.vote')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </LoadState>
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
    </>
  );
}
