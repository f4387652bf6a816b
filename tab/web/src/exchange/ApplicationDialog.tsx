/**
 * The application form in a dialog, new or reopened: "Save draft" keeps it (a draft may be unfinished), "Send"
 * sends it to the supervisor. Like common/FormDialog, but with two ways to send; the server's refusal (dates that
 * are not 1 to 5 working days, what is missing) stays in the dialog and nothing is saved.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, makeStyles } from '@fluentui/react-components';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useApi } from '../api/ApiContext';
import { ApiError } from '../api/http';
import { FormAttemptContext } from '../common/FormAttempt';
import { FormError } from '../common/FormError';
import { useSubmit } from '../common/useSubmit';
import { useI18n } from '../i18n/I18nContext';
import { useNotices } from '../notices/NoticeContext';
import type { ExchangeView } from './exchangeTypes';
import { PlanFields } from './PlanFields';
import { emptyPlanForm, formOfView, planOfForm, type PlanForm } from './planForm';

const useStyles = makeStyles({
  surface: { maxWidth: '760px' },
  content: { display: 'flex', flexDirection: 'column', gap: '16px' },
});

interface Props {
  trigger: ReactElement;
  /** The draft or returned application to finish; none for a new one. */
  application?: ExchangeView;
  onSaved: () => void;
}

export function ApplicationDialog({ trigger, application, onSaved }: Props) {
  const api = useApi();
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  const own = useStyles();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<PlanForm>(emptyPlanForm);
  // The version the form was filled from: a save from a stale form is refused (409) rather than undoing a newer one.
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [attempted, setAttempted] = useState(false);
  const { busy, error, submit, reset } = useSubmit();

  function changeOpen(next: boolean) {
    if (next) {
      reset();
      setAttempted(false);
      setForm(application ? formOfView(application, lang) : emptyPlanForm);
      setVersion(application?.version);
    }
    setOpen(next);
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Enter in a field saves the draft (the first submit button); only the Send button sends.
    const send = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'send';
    setAttempted(true);
    void submit(async () => {
      const checked = planOfForm(form, lang);
      if (!checked.ok) throw new ApiError(400, t('exchange.form.problem.homeMissing'), 'FormError', checked.problems.map((p) => t(`exchange.form.problem.${p}`)));
      if (application && version !== undefined) await api.updateExchange(application.id, checked.plan, send, version);
      else await api.createExchange(checked.plan, send);
      notify('success', send ? t('exchange.form.sent') : t('exchange.form.saved'));
      setOpen(false);
      onSaved();
    });
  }

  const title = application ? t('exchange.form.editTitle') : t('exchange.form.newTitle');
  return (
    <Dialog open={open} onOpenChange={(_, d) => changeOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      <DialogSurface className={own.surface}>
        <form onSubmit={save} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={own.content}>
              <FormAttemptContext.Provider value={attempted}>
                <PlanFields form={form} setForm={setForm} />
              </FormAttemptContext.Provider>
              <FormError error={error} />
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">{t('common.cancel')}</Button>
              </DialogTrigger>
              <Button type="submit" value="draft" disabledFocusable={busy}>
                {application?.state === 'changesRequested' ? t('exchange.form.saveUnsent') : t('exchange.form.saveDraft')}
              </Button>
              <Button type="submit" value="send" appearance="primary" disabledFocusable={busy}>
                {t('exchange.form.send')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
