/**
 * In a channel tab, a section with nothing to show stays out of the way (no heading, no empty note), unless the
 * reader may add to it or its loading failed; while it loads, nothing shows, so nothing flashes up and goes.
 */
import type { Loaded } from '../common/useLoad';

export function staysQuiet<T>(quiet: boolean | undefined, loaded: Loaded<T>, worthShowing: (data: T) => boolean): boolean {
  if (!quiet || loaded.error) return false;
  return loaded.data === undefined || !worthShowing(loaded.data);
}
