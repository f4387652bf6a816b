/**
 * Themes agreed in advance: members and mentors propose themes and vote for them; a mentor or coordinator fixes a
 * meeting's theme from the group's proposals. Plain decisions over plain data; the store keeps the rows.
 */
import { normalizeForMatch } from '../localized';
import { mayLeadMeeting, mayTakePart, type GroupView } from './participation';

export const MAX_THEME_LENGTH = 120;
/** Open proposals per person and group: enough to say what matters, not a flood. */
export const MAX_OPEN_PROPOSALS = 5;

export interface ThemeProposal {
  id: string;
  title: string;
  proposedBy: string;
  proposedAt: Date;
  votes: number;
  /** The meeting it was fixed for, once it was. */
  meetingId: string | null;
}

export type ProposeRefusal = 'notMember' | 'empty' | 'tooLong' | 'duplicate' | 'tooMany';

export function proposeTheme(view: GroupView, personId: string, title: string, existing: readonly ThemeProposal[]): { ok: true; title: string } | { ok: false; refusal: ProposeRefusal } {
  if (!mayTakePart(view)) return { ok: false, refusal: 'notMember' };
  const clean = title.replace(/\s+/g, ' ').trim();
  if (!clean) return { ok: false, refusal: 'empty' };
  if (clean.length > MAX_THEME_LENGTH) return { ok: false, refusal: 'tooLong' };
  if (existing.some((t) => normalizeForMatch(t.title) === normalizeForMatch(clean))) return { ok: false, refusal: 'duplicate' };
  if (existing.filter((t) => t.proposedBy === personId && t.meetingId === null).length >= MAX_OPEN_PROPOSALS) return { ok: false, refusal: 'tooMany' };
  return { ok: true, title: clean };
}

export type VoteRefusal = 'notMember' | 'unknownTheme' | 'alreadyFixed';

/** A vote is given or taken back; the store keeps one row per person and theme, so a double click counts once. */
export function voteProblem(view: GroupView, theme: ThemeProposal | undefined): VoteRefusal | undefined {
  if (!mayTakePart(view)) return 'notMember';
  if (!theme) return 'unknownTheme';
  if (theme.meetingId !== null) return 'alreadyFixed';
  return undefined;
}

export type FixRefusal = 'notLeader' | 'unknownTheme' | 'unknownMeeting' | 'meetingOver' | 'alreadyFixed';

export function fixThemeProblem(
  view: GroupView,
  theme: ThemeProposal | undefined,
  meeting: { id: string; startsAt: Date; cancelled: boolean } | undefined,
  now: Date,
): FixRefusal | undefined {
  if (!mayLeadMeeting(view)) return 'notLeader';
  if (!theme) return 'unknownTheme';
  if (!meeting || meeting.cancelled) return 'unknownMeeting';
  if (meeting.startsAt <= now) return 'meetingOver';
  if (theme.meetingId !== null && theme.meetingId !== meeting.id) return 'alreadyFixed';
  return undefined;
}

/** Most votes first; among equals, the earlier proposal. Fixed themes after the open ones. */
export function rankThemes<T extends ThemeProposal>(themes: readonly T[]): T[] {
  return [...themes].sort((a, b) => Number(a.meetingId !== null) - Number(b.meetingId !== null) || b.votes - a.votes || a.proposedAt.getTime() - b.proposedAt.getTime());
}
