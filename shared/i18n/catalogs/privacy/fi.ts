/** Henkilötietojen (tietojen lataaminen ja poistaminen) tekstit suomeksi. */
import type { privacyEn } from './en';

export const privacyFi: Record<keyof typeof privacyEn, string> = {
  'privacy.notAllowed': 'Henkilön tiedot voi ladata tai poistaa vain henkilö itse tai hänen pyynnöstään Kollegan ylläpitäjä. Mitään ei muutettu.',
  'privacy.fileName': 'kollega-omat-tiedot',
};
