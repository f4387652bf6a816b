/**
 * Kollega's Teams activity routing: text commands, card submits and card invokes go to one handler per verb,
 * and installs are remembered for proactive messages. Activities arrive here already checked by their schema.
 */
import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
  TeamsActivityHandler,
  type TurnContext,
} from 'botbuilder';
import { languageOf } from '../shared/i18n/language';
import { t } from '../shared/i18n/translate';
import { isStoreUnavailable } from '../shared/store/errors';
import { eventOfRefusedAction, parseCardAction, type CardAction } from './activities/cardActions';
import type { InboundActivity } from './activities/inbound';
import { parseCommand } from './commands';
import { adaptiveCardContentType, cardAttachment, type AdaptiveCard } from './cards/render';
import { welcomeCard } from './cards/welcome';
import { sendHelp, sendNotUnderstood } from './handlers/help';
import { onInstalled, onUninstalled, rememberConversation } from './handlers/installation';
import { coordinatorList } from './handlers/coordinator';
import { decideJoin, joinByName, joinForm, leave, refreshApproval, requestJoin, withdrawJoin } from './handlers/joining';
import { networksAnswer, regionNetworksCard, regionPicker } from './handlers/networks';
import {
  addContribution,
  cancelEventAction,
  changeEventFromForm,
  createEventFromForm,
  editEventForm,
  eventsList,
  newEventByName,
  newEventForm,
  rsvp,
  showContributions,
  showEvent,
} from './handlers/events';
import { feedbackFromCard, proposeFromCard, questionFromCard, themesAnswer, voteFromCard } from './handlers/mentoring';
import { applyForm, applyFromCard, decideFromCard, groupsAnswer, refreshApplication, withdrawFromCard } from './handlers/mentoringApplications';
import { exchangeAnswer, isExchangeAction } from './handlers/exchangeActions';
import { exchangesAnswer } from './handlers/exchanges';
import { isResourceAction, resourceAnswer } from './handlers/gameBookingActions';
import { freeGamesAnswer } from './handlers/games';
import { resourcesAnswer } from './handlers/resources';
import type { BotServices } from './services';
import { beginTurn, type Turn } from './turn';

export class KollegaBot extends TeamsActivityHandler {
  constructor(private readonly services: BotServices) {
    super();
  }

  /**
   * Only /api/messages runs the bot, and it lets through nothing that failed inboundActivitySchema
   * (bot/http/server.ts): the activity here is that same, checked activity.
   */
  private turn(context: TurnContext): Promise<Turn> {
    return beginTurn(context, context.activity as unknown as InboundActivity, this.services);
  }

  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    const turn = await this.turn(context);
    await rememberConversation(turn, this.services);
    const value = context.activity.value;
    if (value !== undefined && value !== null) return this.onSubmit(turn, value);

    const command = parseCommand(context.activity.text ?? '');
    switch (command.kind) {
      case 'help':
        return sendHelp(turn, this.services);
      case 'networks':
        return this.reply(turn, await networksAnswer(turn, this.services, { typedRegion: command.regionName }));
      case 'chooseRegion':
        return this.reply(turn, await regionPicker(turn, this.services));
      case 'join':
        return this.reply(turn, await joinByName(turn, this.services, command.networkName));
      case 'events':
        return this.reply(turn, await eventsList(turn, this.services));
      case 'themes':
        return this.reply(turn, await themesAnswer(turn, this.services));
      case 'groups':
        return this.reply(turn, await groupsAnswer(turn, this.services));
      case 'exchange':
        return this.reply(turn, await exchangesAnswer(turn, this.services));
      case 'newEvent':
        return this.reply(turn, await newEventByName(turn, this.services, command.networkName));
      case 'requests':
      case 'members':
        for (const card of await coordinatorList(turn, this.services, command.kind, command.networkName)) await this.reply(turn, card);
        return;
      case 'games':
        for (const card of await freeGamesAnswer(turn, this.services, command)) await this.reply(turn, card);
        return;
      case 'resources':
        for (const card of await resourcesAnswer(turn, this.services)) await this.reply(turn, card);
        return;
      case 'unknown':
        return sendNotUnderstood(turn, this.services);
    }
  }

  /** Action.Submit: the card's data arrives as the message's value. */
  private async onSubmit(turn: Turn, value: unknown): Promise<void> {
    const parsed = parseCardAction(value);
    if (!parsed.ok) {
      this.services.log.warn({ problems: parsed.problems }, 'invalid card submit rejected');
      return sendHelp(turn, this.services, turn.t('error.invalidAction'));
    }
    return this.reply(turn, await this.cardFor(turn, parsed.value));
  }

  /**
   * An invoke Kollega never offers (a messaging extension, a task module, a made-up name) is the caller's mistake,
   * not a fault of the server: the SDK's 501 becomes a 400 with a message in the caller's language.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    let response: InvokeResponse;
    try {
      response = await super.onInvokeActivity(context);
    } catch (err) {
      if (!isStoreUnavailable(err)) throw err;
      return this.storeUnavailable(context, err);
    }
    if (response.status !== 501) return response;
    this.services.log.warn({ name: context.activity.name }, 'unknown invoke refused');
    return { status: 400, body: { code: 'BadRequest', message: t(languageOf(context.activity.locale), 'error.unknownRequest') } };
  }

  /**
   * The database is away: the press changed nothing. Teams shows an Action.Execute's message answer under the
   * card it left as it was, so the person reads why and can press again; any other invoke gets a 503.
   */
  private storeUnavailable(context: TurnContext, err: unknown): InvokeResponse {
    this.services.log.warn({ err, name: context.activity.name }, 'database unavailable; invoke refused');
    const message = t(languageOf(context.activity.locale), 'error.storeUnavailable');
    if (context.activity.name !== 'adaptiveCard/action') return { status: 503, body: { code: 'ServiceUnavailable', message } };
    return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message } };
  }

  /** Action.Execute (Universal Actions): the answer replaces the card it came from. */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const turn = await this.turn(context);
    await rememberConversation(turn, this.services);
    const parsed = parseCardAction(invokeValue.action?.data, invokeValue.action?.verb);
    if (!parsed.ok) {
      this.services.log.warn({ problems: parsed.problems, verb: invokeValue.action?.verb }, 'invalid card action rejected');
      const eventId = eventOfRefusedAction(invokeValue.action?.data);
      if (eventId) return cardResponse(await showEvent(turn, this.services, eventId, turn.t('error.cardInput', { details: parsed.problems.join('; ') })));
      return cardResponse(welcomeCard({ lang: turn.lang, notice: turn.t('error.invalidAction'), inChannel: turn.inChannel }));
    }
    return cardResponse(await this.cardFor(turn, parsed.value));
  }

  private async cardFor(turn: Turn, action: CardAction): Promise<AdaptiveCard> {
    if (isExchangeAction(action)) return exchangeAnswer(turn, this.services, action);
    if (isResourceAction(action)) return resourceAnswer(turn, this.services, action);
    switch (action.action) {
      case 'help':
        return welcomeCard({ lang: turn.lang, inChannel: turn.inChannel });
      case 'showNetworks':
        return networksAnswer(turn, this.services);
      case 'chooseRegion':
        return regionPicker(turn, this.services);
      case 'setRegion':
        return regionNetworksCard(turn, this.services, action.regionId);
      case 'openJoinForm':
        return joinForm(turn, this.services, action.networkId);
      case 'requestJoin':
        return requestJoin(turn, this.services, action);
      case 'withdrawJoin':
        return withdrawJoin(turn, this.services, action.networkId);
      case 'leaveNetwork':
        return leave(turn, this.services, action.networkId);
      case 'approveJoin':
        return decideJoin(turn, this.services, action.requestId, { type: 'approve' }, action.action);
      case 'declineJoin':
        return decideJoin(turn, this.services, action.requestId, { type: 'decline', reason: action.reason }, action.action);
      case 'refreshJoinRequest':
        return refreshApproval(turn, this.services, action.requestId);
      case 'showEvents':
        return eventsList(turn, this.services);
      case 'newEvent':
        return newEventForm(turn, this.services, action.networkId);
      case 'createEvent':
        return createEventFromForm(turn, this.services, action);
      case 'editEvent':
        return editEventForm(turn, this.services, action.eventId);
      case 'changeEvent':
        return changeEventFromForm(turn, this.services, action);
      case 'cancelEvent':
        return cancelEventAction(turn, this.services, action.eventId, action.reason);
      case 'showEvent':
      case 'refreshEvent':
        return showEvent(turn, this.services, action.eventId);
      case 'rsvp':
        return rsvp(turn, this.services, action.eventId, action.answer);
      case 'addBookTip':
      case 'addPractice':
        return addContribution(turn, this.services, action);
      case 'showContributions':
        return showContributions(turn, this.services, action.eventId);
      case 'mentoringQuestion':
        return questionFromCard(turn, this.services, action);
      case 'mentoringFeedback':
        return feedbackFromCard(turn, this.services, action);
      case 'mentoringVote':
        return voteFromCard(turn, this.services, action);
      case 'mentoringPropose':
        return proposeFromCard(turn, this.services, action);
      case 'mentoringGroups':
        return groupsAnswer(turn, this.services);
      case 'mentoringApplyForm':
        return applyForm(turn, this.services, action);
      case 'mentoringApply':
        return applyFromCard(turn, this.services, action);
      case 'mentoringWithdraw':
        return withdrawFromCard(turn, this.services, action);
      case 'mentoringAccept':
      case 'mentoringDecline':
        return decideFromCard(turn, this.services, action);
      case 'mentoringApplicationRefresh':
        return refreshApplication(turn, this.services, action);
    }
  }

  private async reply(turn: Turn, card: AdaptiveCard): Promise<void> {
    await turn.context.sendActivity({ attachments: [cardAttachment(card)] });
  }

  protected override async onInstallationUpdateAddActivity(context: TurnContext): Promise<void> {
    await onInstalled(await this.turn(context), this.services);
  }

  protected override async onInstallationUpdateRemoveActivity(context: TurnContext): Promise<void> {
    await onUninstalled(await this.turn(context), this.services);
  }

  /**
   * Bot added to a personal chat, a group chat or a team: the same as an install. Teams also sends an
   * installationUpdate, which carries the locale; without one here, that event does the welcome.
   */
  protected override async onConversationUpdateActivity(context: TurnContext): Promise<void> {
    const botId = context.activity.recipient?.id;
    if ((context.activity.membersAdded ?? []).some((m) => m.id === botId)) {
      const turn = await this.turn(context);
      await onInstalled(turn, this.services, { welcome: turn.localeKnown });
    } else if ((context.activity.membersRemoved ?? []).some((m) => m.id === botId)) {
      await onUninstalled(await this.turn(context), this.services);
    }
    await super.onConversationUpdateActivity(context);
  }
}

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: adaptiveCardContentType, value: card as unknown as Record<string, unknown> };
}
