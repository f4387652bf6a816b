/** Every route of the tab's API, in one list the HTTP server mounts. */
import { listNetworksRoute, listRegionsRoute } from './catalog';
import { listJoinRequestsRoute, listMembersRoute } from './networkAdmin';
import type { ApiRoute } from './types';

export const apiRoutes: readonly ApiRoute[] = [listRegionsRoute, listNetworksRoute, listMembersRoute, listJoinRequestsRoute];
