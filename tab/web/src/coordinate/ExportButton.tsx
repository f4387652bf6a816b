/** "Export CSV": the file comes through fetch with the bearer token, then the browser saves it. */
import { Button } from '@fluentui/react-components';
import { useApi } from '../api/ApiContext';
import { downloadFile } from '../api/download';
import { useAction } from '../common/useAction';

export function ExportButton({ path, fileName, label, ariaLabel }: { path: string; fileName: string; label: string; ariaLabel?: string }) {
  const api = useApi();
  const { busy, run } = useAction();
  return (
    <Button
      aria-label={ariaLabel}
      disabledFocusable={busy}
      onClick={() =>
        void run(async () => {
          await downloadFile(api, path, fileName);
          return null;
        })
      }
    >
      {label}
    </Button>
  );
}
