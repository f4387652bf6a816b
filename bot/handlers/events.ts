/**
 * Events from the bot: the list, a coordinator's form to plan or change one, cancelling, answering on a card,
 * and adding book tips or practices. The rules live in shared/services (the tab API uses the same); these
 * handlers read what a card sent, and answer with the card the person should see now.
 */
import { findNetworkByName } from '../../shared/domain/catalog';
import { readContribution, type Contribution } from '../../shared/domain/contributions';
import type { PlanProblem, RsvpAnswer } from '../../shared/domain/events';
import { inLanguage } from '../../shared/domain/localized';
import { toHelsinki } from '../../shared/i18n/localTime';
import type { MessageKey } from '../../shared/i18n/translate';
import { answer, contribute, standingFor, type ContributeResult, type Standing } from '../../shared/services/eventAnswers';
import { readDraft, type DraftProblem, type LocalEventFields } from '../../shared/services/eventDrafts';
import { cancelEvent, changeEvent, createEvent, icsUrl, mayManage, upcomingEventsFor, type EventsContext, type ManageResult } from '../../shared/services/events';
import { coordinatedNetworks } from '../../shared/services/joining';
import { getNetwork, listNetworks } from '../../shared/store/repositories/catalog';
import { getEvent, type EventRecord } from '../../shared/store/repositories/events';
import { listContributions } from '../../shared/store/repositories/eventContributions';
import { recentResponders } from '../../shared/store/repositories/eventRsvps';
import type { CardAction } from '../activities/cardActions';
import { eventCard } from '../cards/eventCard';
import { emptyEventForm, eventFormCard, type EventFormTarget, type EventFormValues } from '../cards/eventForm';
import { eventsListCard } from '../cards/eventsList';
import { noticeCard } from '../cards/notice';
import { maxRefreshUsers, type AdaptiveCard } from '../cards/render';
import type { BotServices } from '../services';
import type { Turn } from '../turn';
import { contributionsCard } from '../cards/contributions';

type Action<A extends CardAction['action']> = Extract<CardAction, { action: A }>;

function eventsContext(services: BotServices): EventsContext {
  return { db: services.store.db, now: services.now(), ...services.events };
}

/** The card as this person sees it: their own answer, and a notice above when there is one. */
export async function personalEventCard(turn: Turn, services: BotServices, event: EventRecord, standing?: Standing, notice?: string): Promise<AdaptiveCard> {
  const db = services.store.db;
  const [own, refreshUserIds] = await Promise.all([standing ?? standingFor(db, event.id, turn.person.id), recentResponders(db, event.id, maxRefreshUsers)]);
  return eventCard({ lang: turn.lang, event, now: services.now(), standing: own, notice, icsUrl: icsUrl(services.events.publicUrl, event, turn.lang), refreshUserIds });
}

export async function showEvent(turn: Turn, services: BotServices, eventId: string, notice?: string): Promise<AdaptiveCard> {
  const event = await getEvent(services.store.db, eventId);
  if (!event) return noticeCard({ lines: [turn.t('event.unknown')] });
  return personalEventCard(turn, services, event, undefined, notice);
}

export async function rsvp(turn: Turn, services: BotServices, eventId: string, choice: RsvpAnswer): Promise<AdaptiveCard> {
  const result = await answer({ db: services.store.db, now: services.now() }, { person: turn.person, eventId, answer: choice });
  if (result.outcome === 'unknown') return noticeCard({ lines: [turn.t('event.unknown')] });
  services.outbox.kick();
  const notice =
    result.outcome === 'refused' ? turn.t(`event.answer.refused.${result.refusal}`) : result.outcome === 'unchanged' ? turn.t('event.answer.unchanged') : undefined;
  return personalEventCard(turn, services, result.event, result.standing, notice);
}

export async function addContribution(turn: Turn, services: BotServices, action: Action<'addBookTip'> | Action<'addPractice'>): Promise<AdaptiveCard> {
  const event = await getEvent(services.store.db, action.eventId);
  if (!event) return noticeCard({ lines: [turn.t('event.unknown')] });
  const { action: verb, eventId: _eventId, ...fields } = action;
  const contribution = readContribution(verb === 'addBookTip' ? { kind: 'bookTip', ...fields } : { kind: 'practice', ...fields });
  if (contribution === 'required') return personalEventCard(turn, services, event, undefined, turn.t('event.form.required'));
  if (contribution === 'badIsbn') return personalEventCard(turn, services, event, undefined, turn.t('event.contribution.badIsbn'));
  const network = await getNetwork(services.store.db, event.networkId);
  // Written in the network's own team: Teams has already let only its members in.
  const fromNetworkTeam = Boolean(network?.teamsTeamId && turn.activity.channelData?.team?.aadGroupId === network.teamsTeamId);
  const result = await contribute({ db: services.store.db, now: services.now() }, { person: turn.person, eventId: event.id, contribution, fromNetworkTeam });
  if (result.outcome === 'unknown') return noticeCard({ lines: [turn.t('event.unknown')] });
  services.outbox.kick();
  return personalEventCard(turn, services, result.event, undefined, turn.t(contributionNotice(contribution, result)));
}

/** What a person is told after adding a tip or a practice (the API answers with the same words). */
export function contributionNotice(contribution: Contribution, result: Exclude<ContributeResult, { outcome: 'unknown' }>): MessageKey {
  if (result.outcome === 'refused') return `event.contribution.${result.reason}`;
  return result.outcome === 'added' ? `event.${contribution.kind}.added` : 'event.contribution.alreadyAdded';
}

export async function showContributions(turn: Turn, services: BotServices, eventId: string): Promise<AdaptiveCard> {
  const event = await getEvent(services.store.db, eventId);
  if (!event) return noticeCard({ lines: [turn.t('event.unknown')] });
  return contributionsCard(turn.lang, event, await listContributions(services.store.db, event.id));
}

/** The events of the person's networks (member or coordinator), or of their region's networks when they have none. */
export async function eventsList(turn: Turn, services: BotServices, notice?: string): Promise<AdaptiveCard> {
  const db = services.store.db;
  const { events, coordinated } = await upcomingEventsFor(db, turn.person, services.now());
  const rows = await Promise.all(
    events.map(async (event) => ({ event, status: statusLine(turn, event, await standingFor(db, event.id, turn.person.id)), canChange: coordinated.has(event.networkId) })),
  );
  return eventsListCard({ lang: turn.lang, events: rows, canCreate: coordinated.size > 0, notice });
}

function statusLine(turn: Turn, event: EventRecord, { rsvp: own, waitlistPosition }: Standing): string {
  if (event.cancelled) return turn.t('event.cancelled');
  if (!own) return '';
  if (own.answer === 'going') return own.status === 'waitlisted' ? turn.t('event.you.waitlisted', { position: waitlistPosition ?? '?' }) : turn.t('event.you.going');
  return own.answer === 'maybe' ? turn.t('event.you.maybe') : turn.t('event.you.notGoing');
}

/** "new event [network]": the form, with that network chosen when one has the name. */
export async function newEventByName(turn: Turn, services: BotServices, typed?: string): Promise<AdaptiveCard> {
  const network = typed === undefined ? undefined : findNetworkByName(await listNetworks(services.store.db), typed);
  return newEventForm(turn, services, network?.id);
}

/** The form to plan an event, for the networks the person coordinates. */
export async function newEventForm(turn: Turn, services: BotServices, networkId?: string, values = emptyEventForm, problems: string[] = []): Promise<AdaptiveCard> {
  const coordinated = await coordinatedNetworks(services.store.db, turn.person);
  if (coordinated.size === 0) return noticeCard({ lines: [turn.t('event.notCoordinator')] });
  const networks = (await listNetworks(services.store.db)).filter((n) => coordinated.has(n.id)).map((n) => ({ id: n.id, name: inLanguage(n.name, turn.lang) }));
  const target: EventFormTarget = { creating: true, networks, networkId: networkId && coordinated.has(networkId) ? networkId : undefined };
  return eventFormCard({ lang: turn.lang, target, values, problems, askLink: !services.events.meetingAutomation });
}

export async function createEventFromForm(turn: Turn, services: BotServices, action: Action<'createEvent'>): Promise<AdaptiveCard> {
  const ctx = eventsContext(services);
  const network = await getNetwork(ctx.db, action.networkId ?? '');
  if (!network || !(await mayManage(ctx, turn.person, network.id, 'create', network.id))) {
    return noticeCard({ lines: [network ? turn.t('event.forbidden', { network: inLanguage(network.name, turn.lang) }) : turn.t('event.notCoordinator')] });
  }
  const values = formValues(action);
  const read = readDraft(action);
  if (!read.ok) return newEventForm(turn, services, network.id, values, read.problems.map((p) => draftProblemText(turn, p)));
  const result = await createEvent(ctx, { actor: turn.person, networkId: network.id, kind: action.kind, draft: read.draft });
  if (result.outcome === 'invalid') return newEventForm(turn, services, network.id, values, result.problems.map((p) => planProblemText(turn, p, 0)));
  services.outbox.kick();
  return manageAnswer(turn, services, result);
}

/** The form to change an event, filled with its plan in Finnish time. */
export async function editEventForm(turn: Turn, services: BotServices, eventId: string, values?: EventFormValues, problems: string[] = []): Promise<AdaptiveCard> {
  const ctx = eventsContext(services);
  const event = await getEvent(ctx.db, eventId);
  if (!event) return noticeCard({ lines: [turn.t('event.unknown')] });
  if (!(await mayManage(ctx, turn.person, event.networkId, 'change', event.id))) return forbidden(turn, services, event.networkId);
  if (event.cancelled) return eventsList(turn, services, turn.t('event.alreadyCancelled'));
  const target: EventFormTarget = { creating: false, eventId: event.id, title: inLanguage(event.title, turn.lang) };
  return eventFormCard({ lang: turn.lang, target, values: values ?? valuesOf(event), problems, askLink: byHand(event) });
}

export async function changeEventFromForm(turn: Turn, services: BotServices, action: Action<'changeEvent'>): Promise<AdaptiveCard> {
  const ctx = eventsContext(services);
  const event = await getEvent(ctx.db, action.eventId);
  if (!event) return noticeCard({ lines: [turn.t('event.unknown')] });
  if (!(await mayManage(ctx, turn.person, event.networkId, 'change', event.id))) return forbidden(turn, services, event.networkId);
  const values = formValues(action);
  const read = readDraft(action);
  if (!read.ok) return editEventForm(turn, services, event.id, values, read.problems.map((p) => draftProblemText(turn, p)));
  const result = await changeEvent(ctx, { actor: turn.person, eventId: event.id, draft: read.draft });
  if (result.outcome === 'invalid') {
    return editEventForm(turn, services, event.id, values, result.problems.map((p) => planProblemText(turn, p, event.counts.confirmed)));
  }
  services.outbox.kick();
  return manageAnswer(turn, services, result);
}

export async function cancelEventAction(turn: Turn, services: BotServices, eventId: string, reason?: string): Promise<AdaptiveCard> {
  const result = await cancelEvent(eventsContext(services), { actor: turn.person, eventId, reason: reason ?? null });
  services.outbox.kick();
  return manageAnswer(turn, services, result);
}

async function manageAnswer(turn: Turn, services: BotServices, result: ManageResult): Promise<AdaptiveCard> {
  switch (result.outcome) {
    case 'unknown':
      return noticeCard({ lines: [turn.t('event.unknown')] });
    case 'forbidden':
      return noticeCard({ lines: [result.network ? turn.t('event.forbidden', { network: inLanguage(result.network.name, turn.lang) }) : turn.t('event.notCoordinator')] });
    case 'invalid':
      return noticeCard({ lines: result.problems.map((p) => planProblemText(turn, p, 0)) });
    case 'cancelled':
      return eventsList(turn, services, turn.t('event.alreadyCancelled'));
    case 'cancelled-now':
      return eventsList(turn, services, turn.t('event.cancelledNow'));
    case 'created': {
      const network = await getNetwork(services.store.db, result.event.networkId);
      return personalEventCard(turn, services, result.event, undefined, turn.t('event.created', { network: network ? inLanguage(network.name, turn.lang) : '' }));
    }
    case 'changed':
      return personalEventCard(turn, services, result.event, undefined, turn.t('event.changed'));
  }
}

async function forbidden(turn: Turn, services: BotServices, networkId: string): Promise<AdaptiveCard> {
  const network = await getNetwork(services.store.db, networkId);
  return noticeCard({ lines: [network ? turn.t('event.forbidden', { network: inLanguage(network.name, turn.lang) }) : turn.t('event.notCoordinator')] });
}

function draftProblemText(turn: Turn, problem: DraftProblem): string {
  const keys: Record<DraftProblem, MessageKey> = {
    incomplete: 'event.problem.incomplete',
    badTime: 'event.problem.badTime',
    skippedTime: 'event.problem.skippedTime',
    badCapacity: 'event.problem.badCapacity',
    badUrl: 'event.problem.badUrl',
  };
  return turn.t(keys[problem]);
}

function planProblemText(turn: Turn, problem: PlanProblem, confirmed: number): string {
  return turn.t(`event.problem.${problem}`, { count: confirmed });
}

/** The form's fields as the card sent them, to show them again. */
function formValues(fields: LocalEventFields): EventFormValues {
  return Object.fromEntries(Object.keys(emptyEventForm).map((k) => [k, String(fields[k as keyof LocalEventFields] ?? '')])) as unknown as EventFormValues;
}

/** An event's plan as the form shows it: Finnish dates and times. */
function valuesOf(event: EventRecord): EventFormValues {
  const start = toHelsinki(event.startsAt);
  const end = toHelsinki(event.endsAt);
  const deadline = event.rsvpDeadline && toHelsinki(event.rsvpDeadline);
  return {
    titleFi: event.title.fi,
    titleSv: event.title.sv,
    titleEn: event.title.en,
    descriptionFi: event.description.fi,
    descriptionSv: event.description.sv,
    descriptionEn: event.description.en,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    capacity: event.capacity === null ? '' : String(event.capacity),
    deadlineDate: deadline ? deadline.date : '',
    deadlineTime: deadline ? deadline.time : '',
    joinUrl: byHand(event) ? (event.meeting.joinUrl ?? '') : '',
  };
}

/** The meeting's link is the coordinator's to give: no Graph, or Graph could not make the meeting. */
function byHand(event: EventRecord): boolean {
  return event.meeting.state === 'manual' || event.meeting.state === 'failed';
}
