import { feedbackProblem, questionAuthor, questionProblem } from './feedback';
import { groupReport } from './seasonReport';

const member = { role: 'member' as const, coordinates: false };
const coordinator = { role: undefined, coordinates: true };
const held = { startsAt: new Date('2027-02-02T12:00:00Z'), cancelled: false };
const after = new Date('2027-02-02T14:00:00Z');
const before = new Date('2027-02-01T08:00:00Z');
const good = { usefulness: 5, wellbeing: 4, comment: 'Hyvä keskustelu.' };

describe('feedback after a meeting', () => {
  it('is given once by a member, on a 1 to 5 scale, after the meeting started', () => {
    expect(feedbackProblem(member, held, good, false, after)).toBeUndefined();
    expect(feedbackProblem(member, held, good, true, after)).toBe('alreadyGiven');
    expect(feedbackProblem(coordinator, held, good, false, after)).toBe('notMember');
    expect(feedbackProblem(member, held, good, false, before)).toBe('notYet');
    expect(feedbackProblem(member, { ...held, cancelled: true }, good, false, after)).toBe('cancelled');
    for (const bad of [0, 6, 3.5, Number.NaN]) expect(feedbackProblem(member, held, { ...good, usefulness: bad }, false, after)).toBe('outOfScale');
    expect(feedbackProblem(member, held, { ...good, comment: 'x'.repeat(1001) }, false, after)).toBe('tooLong');
  });
});

describe('a question sent in advance', () => {
  it('comes from a member before the meeting, and an anonymous one is stored without its author', () => {
    expect(questionProblem(member, held, 'Miten kohdata aggressiivinen asiakas?', before)).toBeUndefined();
    expect(questionProblem(member, held, 'Myöhässä', after)).toBe('meetingOver');
    expect(questionProblem(coordinator, held, 'Kysymys', before)).toBe('notMember');
    expect(questionProblem(member, held, '  ', before)).toBe('empty');
    expect(questionAuthor('aino', true)).toBeNull();
    expect(questionAuthor('aino', false)).toBe('aino');
  });
});

describe('the season report of a group', () => {
  it('counts the meetings held, the attendance, the themes and the feedback, without names', () => {
    const now = new Date('2027-05-31T12:00:00Z');
    const meetings = [
      { startsAt: new Date('2027-01-05T12:00:00Z'), cancelled: false, attended: 6, theme: 'Jaksaminen' },
      { startsAt: new Date('2027-02-02T12:00:00Z'), cancelled: false, attended: 5, theme: null },
      { startsAt: new Date('2027-03-02T12:00:00Z'), cancelled: true, attended: 0, theme: 'Peruttu' },
      { startsAt: new Date('2027-06-01T11:00:00Z'), cancelled: false, attended: 0, theme: 'Tuleva' },
    ];
    const feedback = [{ usefulness: 5, wellbeing: 4, comment: ' Hyvä. ' }, { usefulness: 4, wellbeing: 4, comment: '' }, { usefulness: 4, wellbeing: 3, comment: 'Lisää aikaa.' }];
    expect(groupReport(meetings, feedback, 8, now)).toEqual({
      meetingsHeld: 2,
      meetingsCancelled: 1,
      groupSize: 8,
      averageAttendance: 5.5,
      attendanceRate: 0.69,
      themes: ['Jaksaminen'],
      feedbackCount: 3,
      averageUsefulness: 4.3,
      averageWellbeing: 3.7,
      comments: ['Hyvä.', 'Lisää aikaa.'],
    });
    expect(groupReport([], [], 0, now)).toMatchObject({ meetingsHeld: 0, averageAttendance: null, attendanceRate: null, averageUsefulness: null });
  });
});
