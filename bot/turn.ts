/**
 * What every handler needs to know about the turn: who is speaking, in which language, and where.
 * Built once per activity, after the activity passed its schema.
 */
import type { TurnContext } from 'botbuilder';
import { languageOf, type Language } from '../shared/i18n/language';
import { translator, type Translate } from '../shared/i18n/translate';
import type { ConversationKind } from '../shared/store/repositories/conversations';
import { adoptInvitedPerson, adoptSignedInPerson, getPersonByBotUserId, hasInvitedPeople, upsertPerson, type PersonRecord } from '../shared/store/repositories/people';
import type { InboundActivity } from './activities/inbound';
import { teamsEmailOf } from './handlers/identity';
import type { BotServices } from './services';

export interface Turn {
  context: TurnContext;
  activity: InboundActivity;
  lang: Language;
  t: Translate;
  kind: ConversationKind;
  inChannel: boolean;
  tenantId: string | undefined;
  /** Whether the client told its locale (lang falls back to English when it did not). */
  localeKnown: boolean;
  /** The person speaking, created on first contact. */
  person: PersonRecord;
}

export async function beginTurn(context: TurnContext, activity: InboundActivity, services: BotServices): Promise<Turn> {
  const locale = activity.locale ?? clientInfoLocale(context);
  const lang = languageOf(locale);
  const kind = conversationKind(activity.conversation.conversationType);
  const tenantId = activity.channelData?.tenant?.id ?? activity.conversation.tenantId;
  const seen = {
    botUserId: activity.from.id,
    aadObjectId: activity.from.aadObjectId?.toLowerCase(),
    tenantId,
    displayName: activity.from.name,
    locale,
  };
  // Most turns come from someone already known, unchanged: a read then, and a write only when something changed.
  const known = await getPersonByBotUserId(services.store.db, seen.botUserId);
  // First contact of someone who may have signed in to the tab already: that person is this one.
  if (!known && seen.aadObjectId) await adoptSignedInPerson(services.store.db, { aadObjectId: seen.aadObjectId, botUserId: seen.botUserId, now: services.now() });
  // ... or whom a coordinator added to a group by e-mail.
  if (!known && (await hasInvitedPeople(services.store.db))) await adoptByEmail(context, seen, services);
  const person = known && !changes(known, seen) ? known : await upsertPerson(services.store.db, { ...seen, now: services.now() });
  return {
    context,
    activity,
    lang,
    t: translator(lang),
    kind,
    inChannel: kind === 'channel',
    tenantId,
    localeKnown: Boolean(locale),
    person,
  };
}

/** Teams tells a person's e-mail only through its member API: asked once, at first contact, while invitations wait. */
async function adoptByEmail(context: TurnContext, seen: { botUserId: string; aadObjectId?: string; tenantId?: string }, services: BotServices): Promise<void> {
  try {
    const email = await teamsEmailOf(context, seen.botUserId);
    if (email) await adoptInvitedPerson(services.store.db, { email, botUserId: seen.botUserId, aadObjectId: seen.aadObjectId ?? null, tenantId: seen.tenantId ?? null, now: services.now() });
  } catch (err) {
    // Not fatal: they become a person of their own, and the coordinator can add that one.
    services.log.debug({ err }, 'member info unavailable at first contact');
  }
}

/** Whether the activity tells something new about the person (a missing value never clears a known one). */
function changes(known: PersonRecord, seen: { aadObjectId?: string; tenantId?: string; displayName?: string | null; locale?: string }): boolean {
  const differs = (now: string | null | undefined, before: string | null) => Boolean(now) && now !== before;
  return (
    differs(seen.aadObjectId, known.aadObjectId) ||
    differs(seen.tenantId, known.tenantId) ||
    differs(seen.displayName, known.displayName) ||
    differs(seen.locale, known.locale)
  );
}

function conversationKind(type: string | undefined): ConversationKind {
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'groupChat';
  return 'personal';
}

/** Teams also puts the client's locale in a clientInfo entity; used when the activity has none. */
function clientInfoLocale(context: TurnContext): string | undefined {
  const info = (context.activity.entities ?? []).find((e) => e.type === 'clientInfo') as { locale?: unknown } | undefined;
  return typeof info?.locale === 'string' ? info.locale : undefined;
}
