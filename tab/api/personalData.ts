/**
 * A person's data in the tab: download it as one JSON file, or erase it. The signed-in person does both for
 * themselves; Kollega's admins for a person named by id (someone who left and can no longer sign in). Erasing
 * takes `{ "confirm": true }`, so no stray request erases anyone.
 */
import { z } from 'zod';
import type { ErasureAnswer } from '../../shared/api/personalDataContract';
import { t } from '../../shared/i18n/translate';
import { erasePersonalData, exportPersonalData } from '../../shared/services/personalData';
import { forbidden, notFound } from './errors';
import { byId, readRequest, serviceContext } from './request';
import type { ApiRequest, ApiResponse, ApiRoute, ApiServices } from './types';

const none = z.object({}).strict();
const confirmed = z.object({ confirm: z.literal(true) }).strict();

async function download(request: ApiRequest, services: ApiServices, personId: string): Promise<ApiResponse> {
  const found = await exportPersonalData(serviceContext(services), { actor: request.caller!, personId });
  if (found.outcome === 'forbidden') return forbidden(request.lang, t(request.lang, 'privacy.notAllowed'));
  if (found.outcome === 'unknown') return notFound(request.lang);
  const day = found.document.exportedAt.slice(0, 10);
  return {
    status: 200,
    body: `${JSON.stringify(found.document, null, 2)}\n`,
    file: { contentType: 'application/json; charset=utf-8', name: `${t(request.lang, 'privacy.fileName')}-${day}.json` },
  };
}

async function erase(request: ApiRequest, services: ApiServices, personId: string): Promise<ApiResponse> {
  const done = await erasePersonalData(serviceContext(services), { actor: request.caller!, personId });
  if (done.outcome === 'forbidden') return forbidden(request.lang, t(request.lang, 'privacy.notAllowed'));
  // Seats given to the next in the queue and the cards that follow go out now.
  if (done.outcome === 'erased') services.outbox.kick();
  const body: ErasureAnswer = done.outcome === 'erased' ? { erased: true, erasureId: done.erasureId, rows: done.rows } : { erased: false, erasureId: null, rows: 0 };
  return { status: 200, body };
}

export const myDataRoute: ApiRoute = {
  method: 'GET',
  path: '/api/me/personal-data',
  async handle(request, services) {
    const read = readRequest(request, none, z.unknown());
    return read.ok ? download(request, services, request.caller!.id) : read.answer;
  },
};

export const eraseMyDataRoute: ApiRoute = {
  method: 'POST',
  path: '/api/me/personal-data/erase',
  async handle(request, services) {
    const read = readRequest(request, none, confirmed);
    return read.ok ? erase(request, services, request.caller!.id) : read.answer;
  },
};

export const personDataRoute: ApiRoute = {
  method: 'GET',
  path: '/api/admin/people/:id/personal-data',
  async handle(request, services) {
    const read = readRequest(request, byId, z.unknown());
    return read.ok ? download(request, services, read.params.id) : read.answer;
  },
};

export const erasePersonDataRoute: ApiRoute = {
  method: 'POST',
  path: '/api/admin/people/:id/personal-data/erase',
  async handle(request, services) {
    const read = readRequest(request, byId, confirmed);
    return read.ok ? erase(request, services, read.params.id) : read.answer;
  },
};
