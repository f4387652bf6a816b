/**
 * When an action removes the button that had focus (Ask to join becomes Withdraw, a decided request goes away),
 * focus would fall to the page's start. This puts it on a nearby element instead, when `marker` changes and
 * focus is lost; the element needs tabIndex={-1}.
 */
import { useEffect, useRef, type RefObject } from 'react';

function focusIsLost(): boolean {
  const active = document.activeElement;
  // Fluent's focus manager (tabster) parks focus on its hidden helper elements at the page's edges.
  return !active || active === document.body || active.hasAttribute('data-tabster-dummy');
}

export function useFocusRescue(target: RefObject<HTMLElement | null>, marker: unknown): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // After the dialog has closed and given focus back (or failed to, its trigger being gone).
    const timer = setTimeout(() => {
      if (focusIsLost()) target.current?.focus();
    }, 50);
    return () => clearTimeout(timer);
  }, [target, marker]);
}
