/**
 * Who may do what in a support group: its members and mentors take part (themes, votes, questions, feedback);
 * only they see its themes, notes and questions; only the network's coordinators (and admins) change the group
 * and its plan; a mentor also fixes a meeting's theme and records its notes.
 */
export type GroupRole = 'mentor' | 'member';

export interface GroupView {
  /** The caller's place in the group, if any. */
  role: GroupRole | undefined;
  /** The caller coordinates the group's network (or is an admin). */
  coordinates: boolean;
}

export const mayTakePart = (v: GroupView) => v.role !== undefined;
export const maySeeInside = (v: GroupView) => v.role !== undefined || v.coordinates;
export const mayChangeGroup = (v: GroupView) => v.coordinates;
export const mayLeadMeeting = (v: GroupView) => v.role === 'mentor' || v.coordinates;
