/**
 * A coordinator who manages events in the tab lets Graph act in their own calendar: their SSO token is exchanged
 * (the on-behalf-of flow) before the event is saved, so the meeting job finds the grant. It never fails the
 * request: without a grant the meeting is made with the application's permission, as from the bot.
 */
import type { ApiRequest, ApiServices } from './types';

export async function offerCalendarAccess(request: ApiRequest, services: ApiServices): Promise<void> {
  const userId = request.caller?.aadObjectId;
  if (!services.delegatedCalendar || !request.ssoToken || !userId) return;
  try {
    const outcome = await services.delegatedCalendar.grant(request.ssoToken, userId);
    if (outcome !== 'granted') services.log.warn({ person: request.caller?.id, outcome }, 'no delegated calendar access: meetings use the application permission');
  } catch (err) {
    services.log.error({ err, person: request.caller?.id }, 'keeping delegated calendar access failed');
  }
}
