/**
 * The shape of seed.json: the units, regions, networks, coordinators and admins a deployment starts with.
 * Array order is display order (it becomes sort_order).
 */
import { z } from 'zod';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as "ake-borga"');

const text = z.string().trim().min(1, 'must not be empty');

export const localizedTextSchema = z.strictObject({ fi: text, sv: text, en: text });

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const seedUnitSchema = z.strictObject({ id: slug, name: localizedTextSchema });

export const seedRegionSchema = z.strictObject({ id: slug, unit: slug, name: localizedTextSchema });

/** A work e-mail, stored lower case. */
const emailField = z.email('must be a valid e-mail address').nullish().transform((v) => v?.toLowerCase() ?? null);
/** An Entra object id, stored lower case. */
const aadObjectIdField = z
  .string()
  .regex(GUID, 'must be a GUID such as "00000000-0000-0000-0000-000000000000"')
  .nullish()
  .transform((v) => v?.toLowerCase() ?? null);

export const seedCoordinatorSchema = z.strictObject({
  id: slug,
  unit: slug,
  displayName: text,
  title: localizedTextSchema,
  /** Left empty in the repository; the deploying admin fills it in. */
  email: emailField,
  aadObjectId: aadObjectIdField,
});

/**
 * Kollega's administrators (the development units' staff who run it): they may do what every network's
 * coordinators may. Named like coordinators, by Entra object id or work e-mail; the seed is the whole list.
 */
export const seedAdminSchema = z
  .strictObject({
    displayName: text,
    email: emailField,
    aadObjectId: aadObjectIdField,
  })
  .refine((a) => a.email || a.aadObjectId, { message: 'must name the admin by aadObjectId or email' });

export const seedNetworkSchema = z.strictObject({
  id: slug,
  unit: slug,
  name: localizedTextSchema,
  description: localizedTextSchema,
  membershipScope: z.enum(['team', 'channel']),
  /** The team's Microsoft 365 group id, as Graph's /teams/{id} wants it. */
  teamsTeamId: z.string().regex(GUID, 'must be the team\'s group id (a GUID)').nullish().transform((v) => v ?? null),
  teamsChannelId: z.string().min(1).nullish().transform((v) => v ?? null),
  /** "Get link to team" in Teams: where an approved member is sent. */
  teamsUrl: z
    .url({ protocol: /^https$/, message: 'must be an https link to the team' })
    .nullish()
    .transform((v) => v ?? null),
  /** Coordinator ids, in the order the seed lists them. */
  coordinators: z.array(slug),
  /**
   * The escape-room games the network lends to its libraries. Added once: the coordinators rename and describe
   * them in the tab afterwards, and a later start keeps their words.
   */
  games: z.array(z.strictObject({ id: slug, name: localizedTextSchema, description: localizedTextSchema })).default([]),
});

export const seedSchema = z
  .strictObject({
    units: z.array(seedUnitSchema).min(1, 'must list at least one unit'),
    regions: z.array(seedRegionSchema),
    networks: z.array(seedNetworkSchema),
    coordinators: z.array(seedCoordinatorSchema),
    admins: z.array(seedAdminSchema).default([]),
  })
  .superRefine((seed, ctx) => {
    // Cross-references: reported with the path of the bad field, like the checks above.
    const unitIds = new Set(seed.units.map((u) => u.id));
    const coordinatorIds = new Set(seed.coordinators.map((c) => c.id));
    const unique = (list: 'units' | 'regions' | 'networks' | 'coordinators') => {
      const seen = new Set<string>();
      seed[list].forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: `duplicate id "${item.id}"` });
        seen.add(item.id);
      });
    };
    (['units', 'regions', 'networks', 'coordinators'] as const).forEach(unique);
    (['regions', 'networks', 'coordinators'] as const).forEach((list) =>
      seed[list].forEach((item, i) => {
        if (!unitIds.has(item.unit)) {
          ctx.addIssue({ code: 'custom', path: [list, i, 'unit'], message: `unknown unit "${item.unit}"` });
        }
      }),
    );
    seed.networks.forEach((network, i) => {
      network.coordinators.forEach((id, j) => {
        if (!coordinatorIds.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['networks', i, 'coordinators', j], message: `unknown coordinator "${id}"` });
        }
      });
      if (network.membershipScope === 'channel' && network.teamsTeamId && !network.teamsChannelId) {
        ctx.addIssue({
          code: 'custom',
          path: ['networks', i, 'teamsChannelId'],
          message: 'is required when membershipScope is "channel" and teamsTeamId is set',
        });
      }
    });
    for (const field of ['email', 'aadObjectId'] as const) {
      const seen = new Set<string>();
      seed.coordinators.forEach((c, i) => {
        const value = c[field];
        if (value && seen.has(value)) {
          ctx.addIssue({ code: 'custom', path: ['coordinators', i, field], message: `"${value}" is used by another coordinator` });
        }
        if (value) seen.add(value);
      });
    }
  });

/** A validated seed (ids checked, e-mail and object ids lower case, missing ones null). */
export type Seed = z.output<typeof seedSchema>;
/** What a seed file may contain. */
export type SeedInput = z.input<typeof seedSchema>;
