import { fixThemeProblem, proposeTheme, rankThemes, voteProblem, type ThemeProposal } from './themes';

const member = { role: 'member' as const, coordinates: false };
const mentor = { role: 'mentor' as const, coordinates: false };
const coordinator = { role: undefined, coordinates: true };
const outsider = { role: undefined, coordinates: false };
const at = (iso: string) => new Date(iso);
const theme = (over: Partial<ThemeProposal>): ThemeProposal => ({ id: 't', title: 'Vaikeat asiakastilanteet', proposedBy: 'aino', proposedAt: at('2027-01-10T10:00:00Z'), votes: 0, meetingId: null, ...over });

describe('themes agreed in advance', () => {
  it('lets members and mentors propose a theme, tidied, and nobody else', () => {
    expect(proposeTheme(member, 'aino', '  Senioreiden   digituki ', [])).toEqual({ ok: true, title: 'Senioreiden digituki' });
    expect(proposeTheme(mentor, 'mentor', 'Jaksaminen', [])).toEqual({ ok: true, title: 'Jaksaminen' });
    expect(proposeTheme(coordinator, 'elina', 'Jaksaminen', [])).toEqual({ ok: false, refusal: 'notMember' });
    expect(proposeTheme(outsider, 'x', 'Jaksaminen', [])).toEqual({ ok: false, refusal: 'notMember' });
  });

  it('refuses an empty, an overlong, a repeated theme and a sixth open proposal of one person', () => {
    const five = Array.from({ length: 5 }, (_, i) => theme({ id: `t${i}`, title: `Teema ${i}` }));
    expect(proposeTheme(member, 'aino', '   ', [])).toEqual({ ok: false, refusal: 'empty' });
    expect(proposeTheme(member, 'aino', 'x'.repeat(121), [])).toEqual({ ok: false, refusal: 'tooLong' });
    expect(proposeTheme(member, 'pekka', 'vaikeat ASIAKASTILANTEET', [theme({})])).toEqual({ ok: false, refusal: 'duplicate' });
    expect(proposeTheme(member, 'aino', 'Kuudes', five)).toEqual({ ok: false, refusal: 'tooMany' });
    expect(proposeTheme(member, 'aino', 'Kuudes', five.map((t, i) => (i === 0 ? { ...t, meetingId: 'm1' } : t)))).toMatchObject({ ok: true });
  });

  it('takes votes from members only, on an open theme of the group', () => {
    expect(voteProblem(member, theme({}))).toBeUndefined();
    expect(voteProblem(outsider, theme({}))).toBe('notMember');
    expect(voteProblem(coordinator, theme({}))).toBe('notMember');
    expect(voteProblem(member, undefined)).toBe('unknownTheme');
    expect(voteProblem(member, theme({ meetingId: 'm1' }))).toBe('alreadyFixed');
  });

  it('lets a mentor or coordinator fix a theme for a coming meeting of the group', () => {
    const now = at('2027-02-01T10:00:00Z');
    const meeting = { id: 'm2', startsAt: at('2027-02-02T12:00:00Z'), cancelled: false };
    expect(fixThemeProblem(mentor, theme({}), meeting, now)).toBeUndefined();
    expect(fixThemeProblem(coordinator, theme({}), meeting, now)).toBeUndefined();
    expect(fixThemeProblem(member, theme({}), meeting, now)).toBe('notLeader');
    expect(fixThemeProblem(mentor, theme({}), { ...meeting, startsAt: at('2027-01-05T12:00:00Z') }, now)).toBe('meetingOver');
    expect(fixThemeProblem(mentor, theme({}), { ...meeting, cancelled: true }, now)).toBe('unknownMeeting');
    expect(fixThemeProblem(mentor, theme({ meetingId: 'm1' }), meeting, now)).toBe('alreadyFixed');
    expect(fixThemeProblem(mentor, theme({ meetingId: 'm2' }), meeting, now)).toBeUndefined();
  });

  it('ranks open themes by votes, then by who proposed first, and fixed ones last', () => {
    const ranked = rankThemes([
      theme({ id: 'a', votes: 2, proposedAt: at('2027-01-12T00:00:00Z') }),
      theme({ id: 'b', votes: 5, meetingId: 'm1' }),
      theme({ id: 'c', votes: 2, proposedAt: at('2027-01-11T00:00:00Z') }),
      theme({ id: 'd', votes: 3 }),
    ]);
    expect(ranked.map((t) => t.id)).toEqual(['d', 'c', 'a', 'b']);
  });
});
