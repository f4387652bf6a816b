/**
 * Installs and uninstalls: the conversation reference is kept for proactive messages, with who installed and
 * where, and a new install is welcomed once (Teams sends both installationUpdate and conversationUpdate for it).
 */
import type { TurnContext } from 'botbuilder';
import { claimWelcome, recordInstall, recordUninstall, saveConversation } from '../../shared/store/repositories/conversations';
import { cardAttachment } from '../cards/render';
import { teamWelcomeCard } from '../cards/teamWelcome';
import type { BotServices } from '../services';
import type { Turn } from '../turn';
import { enqueue } from '../../shared/jobs/outbox';
import { postUpcomingInTeam } from '../../shared/services/events';
import { coordinatedNetworks, joiningJobs } from '../../shared/services/joining';
import { listPendingRequests } from '../../shared/store/repositories/joining';
import { sendHelp } from './help';
import { withEmail } from './identity';

/** A channel reply's conversation id names its thread (";messageid=..."); the conversation is the channel. */
const baseConversationId = (id: string) => id.split(';messageid=')[0];

function conversationFields(turn: Turn, services: BotServices) {
  const { activity } = turn;
  const reference = turnReference(turn.context);
  return {
    id: baseConversationId(activity.conversation.id),
    kind: turn.kind,
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    tenantId: turn.tenantId ?? null,
    teamId: activity.channelData?.team?.id ?? null,
    teamAadGroupId: activity.channelData?.team?.aadGroupId ?? null,
    teamsChannelId: activity.channelData?.channel?.id ?? null,
    personId: turn.kind === 'personal' ? turn.person.id : null,
    referenceJson: JSON.stringify(reference),
    now: services.now(),
  };
}

function turnReference(context: TurnContext) {
  const { activity } = context;
  // The reference of the conversation itself, not of a reply thread in a channel.
  return {
    bot: activity.recipient,
    channelId: activity.channelId,
    conversation: { ...activity.conversation, id: baseConversationId(activity.conversation.id) },
    locale: activity.locale,
    serviceUrl: activity.serviceUrl,
    user: activity.from,
  };
}

/** Teams may change the service URL at any time: a turn whose reference differs from the last one saves it. */
export async function rememberConversation(turn: Turn, services: BotServices): Promise<void> {
  const fields = conversationFields(turn, services);
  const key = `${fields.referenceJson}|${fields.personId}|${fields.teamAadGroupId}|${fields.tenantId}`;
  if (services.recent.sameReference(fields.id, key)) return;
  await saveConversation(services.store.db, fields);
  services.recent.savedReference(fields.id, key);
}

/**
 * `welcome: false` records the install but leaves the welcome to the other install event: Teams' conversationUpdate
 * may come without a locale, and a welcome in the wrong language is worse than one a moment later.
 */
export async function onInstalled(turn: Turn, services: BotServices, { welcome = true } = {}): Promise<void> {
  const fields = conversationFields(turn, services);
  const installed = await recordInstall(services.store.db, {
    ...fields,
    installedBy: turn.activity.from.aadObjectId?.toLowerCase() ?? turn.activity.from.id,
  });
  if (turn.kind === 'personal') await deliverWaitingApprovals(turn, services, `${fields.id}:${installed.installedAt}`);
  else if (fields.teamAadGroupId && (await postUpcomingInTeam(services.store.db, services.now(), fields.teamAadGroupId, `${fields.id}:${installed.installedAt}`)) > 0) {
    services.outbox.kick();
  }
  if (!welcome || !(await claimWelcome(services.store.db, fields.id, services.now()))) return;
  services.log.info({ conversationKind: turn.kind, teamId: fields.teamId }, 'kollega installed');
  if (turn.kind === 'personal') await sendHelp(turn, services);
  else await turn.context.sendActivity({ attachments: [cardAttachment(teamWelcomeCard(turn.lang))] });
}

/**
 * A coordinator who installs Kollega (or for whom Kollega was installed through Graph) gets the approval
 * cards of the requests waiting in the networks they coordinate.
 */
async function deliverWaitingApprovals(turn: Turn, services: BotServices, installation: string): Promise<void> {
  const person = await withEmail(turn, services);
  const networks = await coordinatedNetworks(services.store.db, person);
  if (networks.size === 0) return;
  for (const networkId of networks) {
    for (const request of await listPendingRequests(services.store.db, networkId)) {
      await enqueue(
        services.store.db,
        {
          kind: joiningJobs.notifyCoordinators,
          payload: { requestId: request.id },
          // Both install events of one install name the same installation: one job, not two.
          idempotencyKey: `${joiningJobs.notifyCoordinators}:${request.id}:install:${installation}`,
        },
        services.now(),
      );
    }
  }
  services.outbox.kick();
}

export async function onUninstalled(turn: Turn, services: BotServices): Promise<void> {
  const actor = turn.activity.from.aadObjectId?.toLowerCase() ?? turn.activity.from.id;
  const id = baseConversationId(turn.activity.conversation.id);
  const known = await recordUninstall(services.store.db, { id, actor, now: services.now() });
  services.log.info({ conversationKind: turn.kind, known }, 'kollega uninstalled');
}
