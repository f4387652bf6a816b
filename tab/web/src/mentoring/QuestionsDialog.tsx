/**
 * Questions sent in advance for one meeting: the list, each with the asker's name or "anonymous", and for a coming
 * meeting a form where the group's people send one, anonymously if they wish.
 */
import { Button, Checkbox, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { MentoringMeeting } from '../../../../shared/api/tabContract';
import { useApi } from '../api/ApiContext';
import { FormAttemptContext } from '../common/FormAttempt';
import { FormError } from '../common/FormError';
import { LoadState } from '../common/LoadState';
import { useViewStyles } from '../common/styles';
import { TextField } from '../common/TextField';
import { useLoad } from '../common/useLoad';
import { ViewDialog } from '../common/ViewDialog';
import { useSubmit } from '../common/useSubmit';
import { useI18n } from '../i18n/I18nContext';

const MAX_QUESTION = 1000;
const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '8px' },
  send: { alignSelf: 'flex-start' },
});

function AskForm({ meetingId, onAsked }: { meetingId: string; onAsked: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const own = useStyles();
  const { busy, error, submit } = useSubmit();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [sent, setSent] = useState<string | null>(null);

  function send(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setSent(null);
    if (!text.trim()) return;
    void submit(async () => {
      await api.askQuestion(meetingId, { text: text.trim(), anonymous });
      setSent(anonymous ? t('mentoring.questionSentAnonymous') : t('mentoring.questionSent'));
      setText('');
      setAttempted(false);
      onAsked();
    });
  }

  return (
    <form className={own.form} onSubmit={send} noValidate>
      <FormAttemptContext.Provider value={attempted}>
        <TextField label={t('mentoring.yourQuestion')} hint={t('mentoring.yourQuestionHint')} required multiline maxLength={MAX_QUESTION} value={text} onChange={setText} />
      </FormAttemptContext.Provider>
      <Checkbox label={t('mentoring.askAnonymously')} checked={anonymous} onChange={(_, d) => setAnonymous(d.checked === true)} />
      <Button type="submit" className={own.send} disabledFocusable={busy}>{t('mentoring.sendQuestion')}</Button>
      <p className={styles.meta} role="status">{sent}</p>
      <FormError error={error} />
    </form>
  );
}

/** Fetched only while the dialog is open. */
function QuestionList({ meetingId, mayAsk }: { meetingId: string; mayAsk: boolean }) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const loaded = useLoad(() => api.questions(meetingId), [api, meetingId]);
  return (
    <>
      <LoadState loaded={loaded}>
        {({ questions }) =>
          questions.length === 0 ? (
            <p className={styles.meta}>{t('mentoring.noQuestions')}</p>
          ) : (
            <ul className={styles.plainList} aria-label={t('mentoring.questions')}>
              {questions.map((q) => (
                <li key={q.id}>
                  <span className={styles.text}>{q.text}</span>
                  <span className={styles.meta}> — {q.askedBy ?? t('mentoring.anonymous')}</span>
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
      {mayAsk && <AskForm meetingId={meetingId} onAsked={loaded.reload} />}
    </>
  );
}

export function QuestionsDialog({ meeting, mayAsk }: { meeting: MentoringMeeting; mayAsk: boolean }) {
  const { t, moment } = useI18n();
  const title = t('mentoring.questionsFor', { when: moment(meeting.startsAt) });
  return (
    <ViewDialog opener={<Button size="small" aria-label={title}>{t('mentoring.questions')}</Button>} title={title}>
      <QuestionList meetingId={meeting.id} mayAsk={mayAsk} />
    </ViewDialog>
  );
}
