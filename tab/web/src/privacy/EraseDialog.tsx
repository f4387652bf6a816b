/**
 * Erasing takes two steps: the button opens a dialog that says it cannot be undone, and the box "I understand"
 * must be ticked before the erasure is sent.
 */
import { Button, Checkbox } from '@fluentui/react-components';
import { useState } from 'react';
import { FormDialog } from '../common/FormDialog';
import { useI18n } from '../i18n/I18nContext';

interface Props {
  triggerLabel: string;
  /** The trigger's name for screen readers when its label alone does not say whose data (a list of people). */
  triggerAriaLabel?: string;
  title: string;
  text: string;
  confirmLabel: string;
  onErase: () => Promise<void>;
  /** After the dialog closed on a done erasure (FormDialog's afterSubmit). */
  afterErase?: () => void;
}

export function EraseDialog({ triggerLabel, triggerAriaLabel, title, text, confirmLabel, onErase, afterErase }: Props) {
  const { t } = useI18n();
  const [understood, setUnderstood] = useState(false);
  return (
    <FormDialog
      trigger={<Button aria-label={triggerAriaLabel}>{triggerLabel}</Button>}
      title={title}
      submitLabel={t('privacy.erase.submit')}
      cancelLabel={t('privacy.erase.keep')}
      onOpen={() => setUnderstood(false)}
      afterSubmit={afterErase}
      onSubmit={async () => {
        if (!understood) throw new Error(t('privacy.erase.confirmRequired'));
        await onErase();
      }}
    >
      <p>{text}</p>
      <Checkbox label={confirmLabel} checked={understood} onChange={(_, d) => setUnderstood(d.checked === true)} />
    </FormDialog>
  );
}
