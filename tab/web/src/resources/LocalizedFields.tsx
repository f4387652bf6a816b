/**
 * One text in Finnish, Swedish and (optionally) English, as three labelled fields: a game's name, a guide's title.
 * Which languages are required is the caller's, since the server's rules differ per resource.
 */
import type { Lang } from '../../../../shared/api/tabContract';
import { TextField } from '../common/TextField';
import type { LocalizedText } from './resourceTypes';

interface Props {
  labels: Record<Lang, string>;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  required?: readonly Lang[];
  multiline?: boolean;
  maxLength: number;
}

const languages: readonly Lang[] = ['fi', 'sv', 'en'];

export function LocalizedFields({ labels, value, onChange, required = [], multiline, maxLength }: Props) {
  return (
    <>
      {languages.map((l) => (
        <TextField key={l} label={labels[l]} required={required.includes(l)} multiline={multiline} maxLength={maxLength} value={value[l]} onChange={(text) => onChange({ ...value, [l]: text })} />
      ))}
    </>
  );
}
