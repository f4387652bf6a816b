/** Every route of the tab's API, in one list the HTTP server mounts. */
import { listNetworksRoute, listRegionsRoute } from './catalog';
import { addContributionRoute, answerEventRoute, cancelEventRoute, changeEventRoute, createEventRoute } from './eventActions';
import { eventIcsRoute, getEventRoute, listContributionsRoute, listEventsRoute } from './events';
import { listJoinRequestsRoute, listMembersRoute } from './networkAdmin';
import type { ApiRoute } from './types';

export const apiRoutes: readonly ApiRoute[] = [
  listRegionsRoute,
  listNetworksRoute,
  listMembersRoute,
  listJoinRequestsRoute,
  listEventsRoute,
  getEventRoute,
  listContributionsRoute,
  eventIcsRoute,
  createEventRoute,
  changeEventRoute,
  cancelEventRoute,
  answerEventRoute,
  addContributionRoute,
];
