/**
 * Signing in to the tab and who the caller is. In Teams the page brings an SSO token; outside Teams, with
 * TAB_DEV_SIGN_IN=true (never in production), a developer picks a person: a seeded coordinator, someone Kollega
 * already knows, or one of three developer librarians (fi, sv, en).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { DevPeople, Me, SessionInfo } from '../../shared/api/tabContract';
import { coordinatedNetworks, isAdmin } from '../../shared/services/joining';
import { forgetCatalog, listNetworks, type CoordinatorRecord } from '../../shared/store/repositories/catalog';
import { findOrCreateSignedInPerson, getPerson } from '../../shared/store/repositories/people';
import { ERASED_BOT_USER_ID } from '../../shared/store/repositories/personalData/subject';
import { validate } from '../../shared/validation/validate';
import { badRequest, notFound, unauthorized } from './errors';
import type { ApiRoute, ApiServices } from './types';

/** The developer librarians' tenant: made up, so no real tenant's person is ever impersonated by one. */
const DEV_TENANT = '00000000-0000-4000-8000-00000000d0e0';
const devLibrarians = [
  { key: 'dev-fi', name: 'Kehittäjä Kirjastolainen (fi)' },
  { key: 'dev-sv', name: 'Utvecklare Bibliotekarie (sv)' },
  { key: 'dev-en', name: 'Developer Librarian (en)' },
];
const objectIdOf = (key: string) => {
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export const sessionRoute: ApiRoute = {
  method: 'GET',
  path: '/api/session',
  async handle(_request, { signIn }) {
    const body: SessionInfo = { devSignIn: Boolean(signIn.devTokens) };
    return { status: 200, body };
  },
};

async function seededCoordinators(services: ApiServices): Promise<CoordinatorRecord[]> {
  const byId = new Map<string, CoordinatorRecord>();
  for (const n of await listNetworks(services.store.db)) for (const c of n.coordinators) byId.set(c.id, c);
  return [...byId.values()];
}

/**
 * A seeded coordinator's Entra object id, or, for one the seed names by nobody's id yet (the repository's own
 * seed), a made-up one recorded in this database, so a developer can act as them. The next seed load clears it.
 */
async function coordinatorObjectId(services: ApiServices, c: CoordinatorRecord): Promise<string> {
  if (c.aadObjectId) return c.aadObjectId;
  const objectId = objectIdOf(`coordinator:${c.id}`);
  await services.store.db.updateTable('coordinators').set({ aad_object_id: objectId }).where('id', '=', c.id).where('aad_object_id', 'is', null).execute();
  forgetCatalog(services.store.db);
  return objectId;
}

export const devPeopleRoute: ApiRoute = {
  method: 'GET',
  path: '/api/dev/people',
  async handle(request, services) {
    if (!services.signIn.devTokens) return notFound(request.lang);
    const coordinators = (await seededCoordinators(services)).map((c) => ({ id: `coordinator:${c.id}`, displayName: c.displayName, role: 'coordinator' as const }));
    const librarians = devLibrarians.map((d) => ({ id: `librarian:${d.key}`, displayName: d.name, role: 'member' as const }));
    const known = await services.store.db.selectFrom('people').select(['id', 'display_name']).where('bot_user_id', 'not like', 'aad:%').where('bot_user_id', '!=', ERASED_BOT_USER_ID).orderBy('display_name').limit(50).execute();
    const body: DevPeople = { people: [...coordinators, ...librarians, ...known.map((p) => ({ id: p.id, displayName: p.display_name ?? p.id, role: 'member' as const }))] };
    return { status: 200, body };
  },
};

const signInBody = z.object({ personId: z.string().min(1).max(120) }).strict();

export const devSignInRoute: ApiRoute = {
  method: 'POST',
  path: '/api/dev/sign-in',
  async handle(request, services) {
    const { devTokens } = services.signIn;
    if (!devTokens) return notFound(request.lang);
    const body = validate(signInBody, request.body, request.lang);
    if (!body.ok) return badRequest(request.lang, body.problems);
    const person = await devPerson(services, body.value.personId);
    if (!person) return notFound(request.lang);
    return { status: 200, body: { token: await devTokens.sign(person.id) } };
  },
};

async function devPerson(services: ApiServices, id: string) {
  const now = services.now();
  const [kind, key] = id.split(':', 2);
  if (kind === 'coordinator') {
    const c = (await seededCoordinators(services)).find((x) => x.id === key);
    return c && findOrCreateSignedInPerson(services.store.db, { objectId: await coordinatorObjectId(services, c), tenantId: DEV_TENANT, name: c.displayName, now });
  }
  if (kind === 'librarian') {
    const d = devLibrarians.find((x) => x.key === key);
    return d && findOrCreateSignedInPerson(services.store.db, { objectId: objectIdOf(d.key), tenantId: DEV_TENANT, name: d.name, now });
  }
  return getPerson(services.store.db, id);
}

export const meRoute: ApiRoute = {
  method: 'GET',
  path: '/api/me',
  async handle(request, { store }) {
    if (!request.caller) return unauthorized(request.lang);
    const p = request.caller;
    const body: Me = {
      person: { id: p.id, displayName: p.displayName, locale: p.locale, regionId: p.regionId },
      coordinates: [...(await coordinatedNetworks(store.db, p))].sort(),
      admin: await isAdmin(store.db, p),
    };
    return { status: 200, body };
  },
};
