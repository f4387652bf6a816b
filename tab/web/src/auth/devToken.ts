/** The developer sign-in's token lives in sessionStorage: a reload keeps it, closing the tab forgets it. */
const key = 'kollega.devToken';

export function savedDevToken(): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

export function saveDevToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(key, token);
    else sessionStorage.removeItem(key);
  } catch {
    // Storage may be disabled; the sign-in then lasts until the next reload.
  }
}
