/** Texter om personuppgifter (hämta och radera) på svenska. */
import type { privacyEn } from './en';

export const privacySv: Record<keyof typeof privacyEn, string> = {
  'privacy.notAllowed': 'Bara personen själv, eller Kollegas administratörer på personens begäran, kan hämta eller radera en persons uppgifter. Inget ändrades.',
  'privacy.fileName': 'kollega-mina-uppgifter',
};
