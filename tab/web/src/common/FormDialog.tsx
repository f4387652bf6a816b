/**
 * A modal form opened by a button: the trigger, a title, the fields, Cancel and a submit button. The dialog keeps
 * focus inside and gives it back to the trigger on close (Fluent Dialog); a refusal is shown in the dialog.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
} from '@fluentui/react-components';
import { useRef, useState, type FormEvent, type ReactElement, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { FormAttemptContext, firstEmptyRequired } from './FormAttempt';
import { FormError } from './FormError';
import { useSubmit } from './useSubmit';

const useStyles = makeStyles({
  wide: { maxWidth: '760px' },
  content: { display: 'flex', flexDirection: 'column', gap: '12px' },
});

interface Props {
  /** The button that opens the dialog. */
  trigger: ReactElement;
  title: string;
  submitLabel: string;
  /** Fresh field values each time the dialog opens. */
  onOpen?: () => void;
  /** Sends the form; throwing keeps the dialog open with the reason, returning closes it. */
  onSubmit: () => Promise<void>;
  children: ReactNode;
  wide?: boolean;
  cancelLabel?: string;
  /**
   * Runs once the dialog has closed after a successful submit, for a parent that then takes the dialog away: a
   * modal dialog unmounted while still open leaves the page hidden from screen readers (aria-hidden on the root).
   */
  afterSubmit?: () => void;
}

/** After the closing motion, until the modal has given the page back (aria-hidden off the root). */
const RELEASE_MS = 100;
/** Should no motion report its end, the follow-up waits no longer than this. */
const CLOSE_FALLBACK_MS = 800;

export function FormDialog({ trigger, title, submitLabel, onOpen, onSubmit, children, wide, cancelLabel, afterSubmit }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const { busy, error, submit, reset } = useSubmit();
  const [attempted, setAttempted] = useState(false);
  const followUp = useRef<(() => void) | undefined>(undefined);
  const runFollowUp = () => {
    const next = followUp.current;
    followUp.current = undefined;
    next?.();
  };

  function changeOpen(next: boolean) {
    if (next) {
      reset();
      setAttempted(false);
      onOpen?.();
    }
    setOpen(next);
  }

  function send(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    const empty = firstEmptyRequired(event.currentTarget as HTMLFormElement);
    if (empty) {
      empty.focus();
      return;
    }
    void submit(async () => {
      await onSubmit();
      if (afterSubmit) {
        followUp.current = afterSubmit;
        setTimeout(runFollowUp, CLOSE_FALLBACK_MS);
      }
      setOpen(false);
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => changeOpen(data.open)}
      // The page is given back to screen readers a moment after the surface has gone (tabster), not at once.
      surfaceMotion={{ onMotionFinish: (_, data) => data.direction === 'exit' && setTimeout(runFollowUp, RELEASE_MS) }}
    >
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      <DialogSurface className={wide ? styles.wide : undefined}>
        <form onSubmit={send} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              <FormAttemptContext.Provider value={attempted}>{children}</FormAttemptContext.Provider>
              <FormError error={error} />
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">{cancelLabel ?? t('common.cancel')}</Button>
              </DialogTrigger>
              <Button type="submit" appearance="primary" disabledFocusable={busy}>
                {submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
