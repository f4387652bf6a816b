/**
 * The buttons of one booking: only the steps the server says this person may take now (`you.steps`). Confirming
 * needs nothing more than a press; the others open a dialog for their reason or note.
 */
import { Button } from '@fluentui/react-components';
import { useApi } from '../api/ApiContext';
import { useAction } from '../common/useAction';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';
import { NoteStepDialog } from './NoteStepDialog';
import type { BookingView } from './resourceTypes';
import { ReturnDialog } from './ReturnDialog';

export function BookingActions({ booking, title, onChanged }: { booking: BookingView; title: string; onChanged: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const styles = useViewStyles();
  const { busy, run } = useAction();
  const steps = new Set(booking.you.steps);
  if (steps.size === 0) return null;
  const confirm = () => run(async () => (await api.bookingStep(booking.id, { step: 'confirm', version: booking.version }), t('resources.done.confirm')), onChanged);
  return (
    <div className={styles.actions} role="group" aria-label={t('resources.booking.actions', { booking: title })}>
      {steps.has('confirm') && (
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void confirm()}>
          {t('resources.step.confirm')}
        </Button>
      )}
      {steps.has('decline') && <NoteStepDialog booking={booking} step="decline" title={title} onChanged={onChanged} />}
      {steps.has('handOver') && <NoteStepDialog booking={booking} step="handOver" title={title} onChanged={onChanged} />}
      {steps.has('return') && <ReturnDialog booking={booking} title={title} onChanged={onChanged} />}
      {steps.has('cancel') && <NoteStepDialog booking={booking} step="cancel" title={title} onChanged={onChanged} />}
    </div>
  );
}
