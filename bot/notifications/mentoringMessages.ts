/**
 * A support group's personal cards from the outbox: each meeting's agenda a few days before it, and its feedback
 * request when it ends, to every mentor and member in their own language. Each person's card is claimed before
 * it goes, so it is sent once, also across instances, retries and restarts.
 */
import { languageOf } from '../../shared/i18n/language';
import { AGENDA_LEAD_MS } from '../../shared/services/mentoring';
import { getGroup, listGroupPeople, type GroupPerson, type GroupRecord } from '../../shared/store/repositories/mentoring';
import { claimMeetingNotice, getMeeting, releaseMeetingNotice, type MeetingRecord } from '../../shared/store/repositories/mentoringMeetings';
import { themeOfMeeting } from '../../shared/store/repositories/mentoringThemes';
import { agendaCard, feedbackCard } from '../cards/mentoringCards';
import type { AdaptiveCard } from '../cards/render';
import type { EventWork } from './eventCards';
import { sendClaimedToEach } from './personal';

type MessageWork = Pick<EventWork, 'db' | 'proactive' | 'now'>;

/** Each person's card about this meeting once, claimed in mentoring_notices_sent. */
async function sendEach(work: MessageWork, meeting: MeetingRecord, notice: string, people: readonly GroupPerson[], card: (person: GroupPerson) => AdaptiveCard) {
  await sendClaimedToEach(work, people, {
    claim: (personId) => claimMeetingNotice(work.db, { meetingId: meeting.id, notice, personId }, work.now()),
    release: (personId) => releaseMeetingNotice(work.db, { meetingId: meeting.id, notice, personId }),
  }, card);
}

async function meetingOf(work: MessageWork, meetingId: string): Promise<{ meeting: MeetingRecord; group: GroupRecord } | undefined> {
  const meeting = await getMeeting(work.db, meetingId);
  const group = meeting && (await getGroup(work.db, meeting.groupId));
  return meeting && group && !meeting.cancelled ? { meeting, group } : undefined;
}

export async function sendAgenda(work: MessageWork, { meetingId }: { meetingId: string }): Promise<void> {
  const found = await meetingOf(work, meetingId);
  // A meeting that already started (after a long outage) gets no agenda: its questions could no longer be sent.
  // One moved later is left to the agenda job of its new time.
  if (!found || found.meeting.startsAt <= work.now() || work.now().getTime() < found.meeting.startsAt.getTime() - AGENDA_LEAD_MS - 60_000) return;
  const theme = await themeOfMeeting(work.db, found.meeting.id);
  const people = await listGroupPeople(work.db, found.group.id);
  // Keyed by the meeting's time, so a meeting moved later gets an agenda for its new time.
  await sendEach(work, found.meeting, `agenda@${found.meeting.startsAt.toISOString()}`, people, (p) =>
    agendaCard({ lang: languageOf(p.locale), group: found.group, meeting: found.meeting, theme, joinUrl: found.group.joinUrl }),
  );
}

export async function requestFeedback(work: MessageWork, { meetingId }: { meetingId: string }): Promise<void> {
  const found = await meetingOf(work, meetingId);
  // A meeting moved later is asked about by the job of its new end.
  if (!found || found.meeting.endsAt > work.now()) return;
  const people = await listGroupPeople(work.db, found.group.id);
  await sendEach(work, found.meeting, 'feedback', people, (p) =>
    feedbackCard({ lang: languageOf(p.locale), group: found.group, meeting: found.meeting, theme: null, joinUrl: null, open: true }),
  );
}
