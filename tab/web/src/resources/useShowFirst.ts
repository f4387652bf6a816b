/**
 * Brings a section's heading into view and focus once, when a bot card's link opened the tab on it. It waits for
 * the page to settle (the games above the challenge load first and would push it down), then gives up after a few
 * seconds, so a section that never comes does not pull the page later.
 */
import { useEffect } from 'react';

const SETTLE_MS = 300;
const GIVE_UP_MS = 5000;

export function useShowFirst(headingId: string | undefined): void {
  useEffect(() => {
    if (!headingId) return;
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const tryShow = () => {
      const heading = document.getElementById(headingId);
      // Still loading: a spinner means the sections above may yet grow.
      const settled = heading && !document.querySelector('[role="progressbar"], .fui-Spinner');
      if (settled) {
        heading.tabIndex = -1;
        heading.scrollIntoView({ block: 'start' });
        heading.focus({ preventScroll: true });
      } else if (Date.now() - started < GIVE_UP_MS) timer = setTimeout(tryShow, SETTLE_MS);
    };
    timer = setTimeout(tryShow, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [headingId]);
}
