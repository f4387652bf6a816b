/** What an action did, told once in the view's live region (success, or the server's reason for refusing). */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type NoticeIntent = 'success' | 'error' | 'info';
export interface Notice {
  id: number;
  intent: NoticeIntent;
  text: string;
}

interface Notices {
  current: Notice | null;
  notify: (intent: NoticeIntent, text: string) => void;
  dismiss: () => void;
}

const NoticeContext = createContext<Notices>({ current: null, notify: () => undefined, dismiss: () => undefined });

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<Notice | null>(null);
  // A new id each time, so the same text said twice is announced twice.
  const notify = useCallback((intent: NoticeIntent, text: string) => setCurrent((old) => ({ id: (old?.id ?? 0) + 1, intent, text })), []);
  const dismiss = useCallback(() => setCurrent(null), []);
  const value = useMemo(() => ({ current, notify, dismiss }), [current, notify, dismiss]);
  return <NoticeContext.Provider value={value}>{children}</NoticeContext.Provider>;
}

export function useNotices(): Notices {
  return useContext(NoticeContext);
}
