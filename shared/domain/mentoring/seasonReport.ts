/**
 * The end-of-season figures per group for the unit's yearly report: meetings held, attendance, themes discussed,
 * and feedback (averages and comments, never with names).
 */
export interface ReportMeeting {
  startsAt: Date;
  cancelled: boolean;
  attended: number;
  theme: string | null;
}

export interface ReportFeedback {
  usefulness: number;
  wellbeing: number;
  comment: string;
}

export interface GroupReport {
  meetingsHeld: number;
  meetingsCancelled: number;
  /** The group's people (mentors and members) at the season's end. */
  groupSize: number;
  /** Average attendance per meeting held, and as a share of the group (0 to 1), one decimal / two decimals. */
  averageAttendance: number | null;
  attendanceRate: number | null;
  themes: string[];
  feedbackCount: number;
  averageUsefulness: number | null;
  averageWellbeing: number | null;
  comments: string[];
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const average = (values: number[], digits = 1) => (values.length ? round(values.reduce((a, b) => a + b, 0) / values.length, digits) : null);

export function groupReport(meetings: readonly ReportMeeting[], feedback: readonly ReportFeedback[], groupSize: number, now: Date): GroupReport {
  const held = meetings.filter((m) => !m.cancelled && m.startsAt <= now);
  const attendance = average(held.map((m) => m.attended));
  return {
    meetingsHeld: held.length,
    meetingsCancelled: meetings.filter((m) => m.cancelled).length,
    groupSize,
    averageAttendance: attendance,
    attendanceRate: attendance === null || groupSize === 0 ? null : round(average(held.map((m) => m.attended), 4)! / groupSize, 2),
    themes: held.flatMap((m) => (m.theme ? [m.theme] : [])),
    feedbackCount: feedback.length,
    averageUsefulness: average(feedback.map((f) => f.usefulness)),
    averageWellbeing: average(feedback.map((f) => f.wellbeing)),
    comments: feedback.map((f) => f.comment.trim()).filter(Boolean),
  };
}
