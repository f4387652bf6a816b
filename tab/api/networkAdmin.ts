/**
 * A coordinator's view of a network for the tab: its members and its pending join requests. Only the
 * network's coordinators may see them; the caller comes from a verified sign-in, never from the request.
 */
import { z } from 'zod';
import { coordinatedNetworks } from '../../shared/services/joining';
import { getNetwork } from '../../shared/store/repositories/catalog';
import { listMembers, listPendingRequests } from '../../shared/store/repositories/joining';
import { validate } from '../../shared/validation/validate';
import { badRequest, forbidden, notFound, unauthorized } from './errors';
import type { ApiRequest, ApiResponse, ApiRoute, ApiServices } from './types';

const params = z.object({ id: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/) });

export async function asCoordinator(
  request: ApiRequest,
  { store }: ApiServices,
  then: (networkId: string) => Promise<unknown>,
): Promise<ApiResponse> {
  if (!request.caller) return unauthorized(request.lang);
  const parsed = validate(params, request.params, request.lang);
  if (!parsed.ok) return badRequest(request.lang, parsed.problems);
  const network = await getNetwork(store.db, parsed.value.id);
  if (!network) return notFound(request.lang);
  if (!(await coordinatedNetworks(store.db, request.caller)).has(network.id)) return forbidden(request.lang);
  return { status: 200, body: await then(network.id) };
}

export const listMembersRoute: ApiRoute = {
  method: 'GET',
  path: '/api/networks/:id/members',
  handle: (request, services) =>
    asCoordinator(request, services, async (networkId) => ({
      members: (await listMembers(services.store.db, networkId)).map((m) => ({
        personId: m.personId,
        name: m.personName,
        email: m.personEmail,
        library: m.personLibrary,
        joinedAt: m.joinedAt,
        teamsState: m.teamsState,
      })),
    })),
};

export const listJoinRequestsRoute: ApiRoute = {
  method: 'GET',
  path: '/api/networks/:id/requests',
  handle: (request, services) =>
    asCoordinator(request, services, async (networkId) => ({
      requests: (await listPendingRequests(services.store.db, networkId)).map((r) => ({
        id: r.id,
        personId: r.personId,
        name: r.personName,
        email: r.personEmail,
        library: r.library,
        message: r.message,
        askedAt: r.createdAt,
      })),
    })),
};
