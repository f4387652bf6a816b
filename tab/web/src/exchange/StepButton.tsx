/** A step that needs nothing more than a press (confirm, send, mark reimbursed): taken at once, the outcome told. */
import { Button } from '@fluentui/react-components';
import { useApi } from '../api/ApiContext';
import { useAction } from '../common/useAction';
import type { ExchangeView, OutsideParty } from './exchangeTypes';

interface Props {
  application: ExchangeView;
  step: 'confirm' | 'submit' | 'markReimbursed';
  recordingFor?: OutsideParty;
  label: string;
  done: string;
  primary?: boolean;
  onChanged: () => void;
}

export function StepButton({ application, step, recordingFor, label, done, primary, onChanged }: Props) {
  const api = useApi();
  const { busy, run } = useAction();
  return (
    <Button
      appearance={primary ? 'primary' : 'secondary'}
      disabledFocusable={busy}
      onClick={() => void run(async () => (await api.exchangeStep(application.id, { step, recordingFor, version: application.version }), done), onChanged)}
    >
      {label}
    </Button>
  );
}
