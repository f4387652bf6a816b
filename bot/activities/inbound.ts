/**
 * The parts of an inbound Bot Framework activity Kollega reads, validated before any handler sees them.
 * Bounds keep a forged or broken activity from reaching the database or a card.
 */
import { z } from 'zod';
import { languageOf } from '../../shared/i18n/language';
import { validate } from '../../shared/validation/validate';

const text = (max: number) => z.string().max(max);

const account = z.looseObject({
  id: text(512).min(1),
  name: text(512).optional().nullable(),
  aadObjectId: text(64).optional().nullable(),
});

const teamsChannelData = z.looseObject({
  tenant: z.looseObject({ id: text(64) }).optional(),
  team: z.looseObject({ id: text(512), aadGroupId: text(64).optional(), name: text(512).optional() }).optional(),
  channel: z.looseObject({ id: text(512), name: text(512).optional() }).optional(),
});

/** What an Action.Execute invoke must carry for the SDK to read it safely; its data is parsed by cardActions.ts. */
const cardInvokeValue = z.looseObject({ action: z.looseObject({ type: text(64), verb: text(128).optional() }) });

export const inboundActivitySchema = z.looseObject({
  type: text(64).min(1),
  id: text(512).optional(),
  channelId: text(64).min(1),
  serviceUrl: z.string().url().max(2048),
  locale: text(35).optional().nullable(),
  // Teams caps a message at about 28 KB; anything longer is not from a person.
  text: text(28_000).optional().nullable(),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    id: text(1024).min(1),
    conversationType: text(32).optional(),
    tenantId: text(64).optional(),
  }),
  channelData: teamsChannelData.optional().nullable(),
  name: text(256).optional(),
  // Read by the SDK and by the turn (the client's info), before any handler could check them.
  entities: z.array(z.looseObject({ type: text(64) })).max(50).optional().nullable(),
  value: z.unknown().optional(),
}).superRefine((activity, ctx) => {
  // The SDK reads value.action.type of a card's Action.Execute, and puts it in its own error text, before any
  // handler could check it: anything but an action object with a text type would make it throw, and the caller
  // would get a server error instead of an answer.
  if (activity.type !== 'invoke' || activity.name !== 'adaptiveCard/action') return;
  const checked = cardInvokeValue.safeParse(activity.value);
  // Zod's own words for each, in the reader's language.
  for (const issue of checked.error?.issues ?? []) ctx.addIssue({ code: 'custom', path: ['value', ...issue.path], input: undefined });
});

export type InboundActivity = z.infer<typeof inboundActivitySchema>;

/** Problems are described in the activity's own language when it names one. */
export function checkInboundActivity(activity: unknown) {
  const locale = (activity as { locale?: unknown } | undefined)?.locale;
  return validate(inboundActivitySchema, activity, languageOf(typeof locale === 'string' ? locale : undefined));
}
