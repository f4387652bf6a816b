/** A button's work: busy while it runs, and the outcome told in the live region. */
import { useCallback, useState } from 'react';
import { useNotices } from '../notices/NoticeContext';

export function useAction() {
  const { notify } = useNotices();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (work: () => Promise<string | null>, after?: () => void) => {
      setBusy(true);
      try {
        const message = await work();
        if (message) notify('success', message);
        after?.();
      } catch (error) {
        notify('error', error instanceof Error ? error.message : String(error));
      } finally {
        setBusy(false);
      }
    },
    [notify],
  );
  return { busy, run };
}
