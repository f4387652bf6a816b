/**
 * An amount of euros typed the reader's way ("120,50"). The text is kept as typed; money.ts turns it into cents
 * when the form is sent, and a typo is pointed out here as soon as the user has tried to send.
 */
import { Field, Input } from '@fluentui/react-components';
import { useFormAttempted } from '../common/FormAttempt';
import { useI18n } from '../i18n/I18nContext';
import { parseEuros } from './money';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  required?: boolean;
}

export function MoneyField({ label, value, onChange, hint, required }: Props) {
  const { t, lang } = useI18n();
  const attempted = useFormAttempted();
  const wrong = attempted && (parseEuros(value, lang) === null || (required && value.trim() === ''));
  return (
    <Field label={label} hint={hint} required={required} validationMessage={wrong ? t('exchange.money.invalid') : undefined}>
      <Input value={value} onChange={(_, d) => onChange(d.value)} inputMode="decimal" contentAfter="€" maxLength={16} />
    </Field>
  );
}
