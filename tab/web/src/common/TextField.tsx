/** A labelled one-line or multi-line text input; Field ties the label, hint and required mark to the input. */
import { Field, Input, Textarea, type InputProps } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import { useFormAttempted } from './FormAttempt';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  multiline?: boolean;
  hint?: string;
  type?: InputProps['type'];
  maxLength?: number;
}

export function TextField({ label, value, onChange, required, multiline, hint, type, maxLength }: Props) {
  const { t } = useI18n();
  const attempted = useFormAttempted();
  const missing = required && attempted && value.trim() === '';
  return (
    <Field label={label} required={required} hint={hint} validationMessage={missing ? t('common.required') : undefined}>
      {multiline ? (
        <Textarea value={value} onChange={(_, d) => onChange(d.value)} maxLength={maxLength} resize="vertical" />
      ) : (
        <Input value={value} onChange={(_, d) => onChange(d.value)} type={type} maxLength={maxLength} />
      )}
    </Field>
  );
}
