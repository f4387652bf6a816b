/**
 * An event's card: what, when (in the reader's language, in Finnish time), the meeting link, how many are
 * going, and the answer buttons; a book coffee or an idea coffee also collects tips or practices. Posted to the
 * network's channel, where it refreshes to each reader's own view (their answer, their place in the queue) for
 * the last people who answered (Teams shows such views to at most 60 people); the same card, with the reader's
 * own line, answers their button press.
 */
import { ageGroups, contributionKindFor } from '../../shared/domain/contributions';
import { answersOpen } from '../../shared/domain/events';
import { inLanguage } from '../../shared/domain/localized';
import { formatDateTime, formatTimeRange } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/language';
import { translator, type Translate } from '../../shared/i18n/translate';
import type { Standing } from '../../shared/services/eventAnswers';
import type { EventRecord } from '../../shared/store/repositories/events';
import { actionData } from '../activities/cardActions';
import { maxRefreshUsers, renderCard, type AdaptiveCard } from './render';
import template from './event.card.json';


export interface EventCardInput {
  lang: Language;
  event: EventRecord;
  now: Date;
  /** The reader's answer; absent on the card everyone in the channel sees. */
  standing?: Standing;
  notice?: string;
  /** The event's .ics file, when Kollega's public address is known. */
  icsUrl?: string;
  refreshUserIds: readonly string[];
}

export function eventCard({ lang, event, now, standing, notice, icsUrl, refreshUserIds }: EventCardInput): AdaptiveCard {
  const t = translator(lang);
  const open = answersOpen(event, now);
  const kind = contributionKindFor(event.kind);
  const collecting = kind && !event.cancelled && now < event.endsAt ? kind : '';
  const answer = (a: 'going' | 'maybe' | 'notGoing') => actionData({ action: 'rsvp', eventId: event.id, answer: a });
  return renderCard(template, {
    notice: notice ?? '',
    refreshTitle: t('app.name'),
    refreshData: actionData({ action: 'refreshEvent', eventId: event.id }),
    refreshUserIds: refreshUserIds.slice(0, maxRefreshUsers),
    kindLabel: t(`event.kind.${event.kind}`),
    title: inLanguage(event.title, lang),
    when: formatTimeRange(event.startsAt, event.endsAt, lang),
    cancelled: !event.cancelled ? '' : event.cancelReason ? t('event.cancelledReason', { reason: event.cancelReason }) : t('event.cancelled'),
    description: inLanguage(event.description, lang),
    meeting: meetingLine(event, t),
    counts: countsLine(event, t),
    deadline: event.cancelled ? '' : !open ? t('event.answersClosed') : event.rsvpDeadline ? t('event.deadline', { when: formatDateTime(event.rsvpDeadline, lang) }) : '',
    contributed: kind ? t(`event.${kind}.count`, { count: event.contributions }) : '',
    you: standing ? standingLine(standing, t) : '',
    answersOpen: open,
    labels: {
      going: t('event.action.going'),
      maybe: t('event.action.maybe'),
      notGoing: t('event.action.notGoing'),
      join: t('event.action.join'),
      ics: t('event.action.ics'),
      add: kind ? t(`event.${kind}.add`) : '',
      send: kind ? t(`event.${kind}.send`) : '',
      show: kind ? t(`event.${kind}.show`) : '',
    },
    goingData: answer('going'),
    maybeData: answer('maybe'),
    notGoingData: answer('notGoing'),
    joinUrl: !event.cancelled && event.meeting.joinUrl?.startsWith('https://') ? event.meeting.joinUrl : '',
    icsUrl: !event.cancelled && icsUrl ? icsUrl : '',
    collects: collecting,
    fields: {
      title: t('event.field.title'),
      author: t('event.field.author'),
      ageGroup: t('event.field.ageGroup'),
      note: t('event.field.note'),
      isbn: t('event.field.isbn'),
      description: t('event.field.description'),
      library: t('event.field.library'),
      required: t('event.form.required'),
    },
    ageGroups: ageGroups.map((value) => ({ title: t(`event.age.${value}`), value })),
    addData: actionData({ action: collecting === 'practice' ? 'addPractice' : 'addBookTip', eventId: event.id }),
    showData: actionData({ action: 'showContributions', eventId: event.id }),
  });
}

function meetingLine(event: EventRecord, t: Translate): string {
  if (event.cancelled || event.meeting.joinUrl) return '';
  return event.meeting.state === 'pending' ? t('event.meeting.pending') : t('event.meeting.none');
}

function countsLine(event: EventRecord, t: Translate): string {
  const { confirmed, waitlisted, maybe } = event.counts;
  const parts = [event.capacity === null ? t('event.counts.going', { count: confirmed }) : t('event.counts.goingOf', { count: confirmed, capacity: event.capacity })];
  if (waitlisted > 0 || event.capacity !== null) parts.push(t('event.counts.waitlist', { count: waitlisted }));
  parts.push(t('event.counts.maybe', { count: maybe }));
  return parts.join(' · ');
}

function standingLine({ rsvp, waitlistPosition }: Standing, t: Translate): string {
  if (!rsvp) return '';
  if (rsvp.answer === 'going') return rsvp.status === 'waitlisted' ? t('event.you.waitlisted', { position: waitlistPosition ?? '?' }) : t('event.you.going');
  return rsvp.answer === 'maybe' ? t('event.you.maybe') : t('event.you.notGoing');
}
