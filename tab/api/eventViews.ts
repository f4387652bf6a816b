/** Events as the tab's API shows them: the plan, the counts, the meeting, and the caller's own answer. */
import type { Language } from '../../shared/i18n/language';
import { formatTimeRange } from '../../shared/i18n/format';
import type { Standing } from '../../shared/services/eventAnswers';
import { icsUrl } from '../../shared/services/events';
import type { ContributionRecord } from '../../shared/store/repositories/eventContributions';
import type { EventRecord } from '../../shared/store/repositories/events';

export function eventView(event: EventRecord, lang: Language, extra: { standing?: Standing; canManage: boolean; publicUrl?: string }) {
  const own = extra.standing?.rsvp;
  return {
    id: event.id,
    networkId: event.networkId,
    kind: event.kind,
    title: event.title,
    description: event.description,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    /** In the reader's language, in Finnish time. */
    when: formatTimeRange(event.startsAt, event.endsAt, lang),
    rsvpDeadline: event.rsvpDeadline?.toISOString() ?? null,
    capacity: event.capacity,
    cancelled: event.cancelled,
    cancelReason: event.cancelReason,
    meeting: { state: event.meeting.state, joinUrl: event.cancelled ? null : event.meeting.joinUrl },
    counts: { going: event.counts.confirmed, waitlist: event.counts.waitlisted, maybe: event.counts.maybe, notGoing: event.counts.notGoing },
    contributions: event.contributions,
    icsUrl: icsUrl(extra.publicUrl, event, lang) ?? null,
    you: own ? { answer: own.answer, status: own.status, waitlistPosition: extra.standing?.waitlistPosition ?? null } : null,
    canManage: extra.canManage,
  };
}

export function contributionView(c: ContributionRecord) {
  const base = { id: c.id, kind: c.kind, title: c.title, by: c.personName, addedAt: c.createdAt };
  return c.kind === 'bookTip'
    ? { ...base, author: c.author, ageGroup: c.ageGroup, note: c.note, isbn: c.isbn }
    : { ...base, description: c.description, library: c.library };
}
