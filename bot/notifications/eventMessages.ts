/**
 * Personal messages about an event, each in the reader's own language with the join link: news of a change or
 * a cancellation to everyone who answered going or maybe, a seat freed for someone on the waitlist, and
 * reminders to everyone going. Each person's message is claimed before it goes, so it is sent once, also across
 * instances, retries and restarts; a job deferred by Teams' rate limit carries on where it stopped.
 */
import { createHash } from 'node:crypto';
import { inLanguage } from '../../shared/domain/localized';
import { formatTimeRange } from '../../shared/i18n/format';
import { languageOf } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { getEvent, type EventRecord } from '../../shared/store/repositories/events';
import { claimNotice, releaseNotice } from '../../shared/store/repositories/eventPosts';
import { listResponders, type Responder } from '../../shared/store/repositories/eventRsvps';
import { getPerson } from '../../shared/store/repositories/people';
import { noticeCard } from '../cards/notice';
import type { EventWork } from './eventCards';
import { sendClaimedToEach } from './personal';

type Reader = Pick<Responder, 'personId' | 'locale'>;

function noticeFor(event: EventRecord, reader: Reader, lines: (t: ReturnType<typeof translator>, title: string, when: string) => string[]) {
  const lang = languageOf(reader.locale);
  const t = translator(lang);
  const links = event.meeting.joinUrl && !event.cancelled ? [{ title: t('event.action.join'), url: event.meeting.joinUrl }] : [];
  return noticeCard({ lines: lines(t, inLanguage(event.title, lang), formatTimeRange(event.startsAt, event.endsAt, lang)), links });
}

/** Sends `notice` to each reader once: a reader already sent it is skipped; a failed send is retried later. */
async function sendOnce(work: EventWork, event: EventRecord, notice: string, readers: readonly Reader[], card: (reader: Reader) => ReturnType<typeof noticeCard>) {
  await sendClaimedToEach(work, readers, {
    claim: (personId) => claimNotice(work.db, { eventId: event.id, notice, personId, now: work.now() }),
    release: (personId) => releaseNotice(work.db, { eventId: event.id, notice, personId }),
  }, card);
}

export async function notifyChange(work: EventWork, payload: { eventId: string; change: 'changed' | 'cancelled' }): Promise<void> {
  const event = await getEvent(work.db, payload.eventId);
  if (!event) return;
  const readers = await listResponders(work.db, event.id, ['going', 'maybe']);
  if (payload.change === 'cancelled') {
    await sendOnce(work, event, 'cancelled', readers, (reader) =>
      noticeFor(event, reader, (t, title, when) => [t('event.notice.cancelled', { title, when }), ...(event.cancelReason ? [t('event.notice.reason', { reason: event.cancelReason })] : [])]),
    );
    return;
  }
  if (event.cancelled) return;
  // Keyed by what the message says: two quick changes whose jobs both run after the second tell the new plan once.
  await sendOnce(work, event, `changed:${planFingerprint(event)}`, readers, (reader) => noticeFor(event, reader, (t, title, when) => [t('event.notice.changed', { title, when })]));
}

function planFingerprint(event: EventRecord): string {
  const plan = [event.title.fi, event.title.sv, event.title.en, event.startsAt.toISOString(), event.endsAt.toISOString(), event.meeting.joinUrl ?? ''];
  return createHash('sha256').update(JSON.stringify(plan)).digest('base64url').slice(0, 16);
}

export async function notifyPromoted(work: EventWork, payload: { eventId: string; personId: string }): Promise<void> {
  const event = await getEvent(work.db, payload.eventId);
  const person = await getPerson(work.db, payload.personId);
  if (!event || event.cancelled || !person) return;
  await sendOnce(work, event, `promoted@${event.startsAt.toISOString()}`, [{ personId: person.id, locale: person.locale }], (reader) =>
    noticeFor(event, reader, (t, title, when) => [t('event.notice.promoted', { title, when })]),
  );
}

/**
 * A reminder `minutes` before the start to everyone with a seat. Skipped when the event moved (a new reminder
 * was planned for the new time), started, or was cancelled, and when a shorter reminder is already due, as after
 * a long outage: people get the latest reminder only.
 */
export async function remind(work: EventWork, payload: { eventId: string; minutes: number; startsAt: string }): Promise<void> {
  const event = await getEvent(work.db, payload.eventId);
  const now = work.now().getTime();
  if (!event || event.cancelled || event.startsAt.toISOString() !== payload.startsAt || now >= event.startsAt.getTime()) return;
  const superseded = work.reminderMinutes.some((m) => m < payload.minutes && now >= event.startsAt.getTime() - m * 60_000);
  if (superseded) return;
  const going = (await listResponders(work.db, event.id, ['going'])).filter((r) => r.status === 'confirmed');
  await sendOnce(work, event, `remind:${payload.minutes}@${payload.startsAt}`, going, (reader) =>
    noticeFor(event, reader, (t, title, when) => [t('event.notice.reminder', { title, when })]),
  );
}
