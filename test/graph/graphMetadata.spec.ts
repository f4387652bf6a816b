/** The metadata checker itself: correct requests pass, made-up ones fail. */
import { checkAgainstMetadata } from '../support/graphMetadata';

const bind = "https://graph.microsoft.com/v1.0/users('u1')";
const member = { '@odata.type': '#microsoft.graph.aadUserConversationMember', roles: [], 'user@odata.bind': bind };

describe('checkAgainstMetadata', () => {
  it.each([
    ['POST', '/v1.0/teams/t1/members', member],
    ['POST', '/v1.0/teams/t1/channels/c1/members', member],
    ['POST', '/v1.0/teams/t1/members/add', { values: [member] }],
    ['POST', '/v1.0/invitations', { invitedUserEmailAddress: 'a@b.fi', inviteRedirectUrl: 'https://x', sendInvitationMessage: true }],
    ['POST', '/v1.0/users/u1/teamwork/installedApps', { 'teamsApp@odata.bind': 'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/a1' }],
    ['GET', '/v1.0/users/u1/teamwork/installedApps/i1/chat', undefined],
    ['DELETE', '/v1.0/teams/t1/members/m1', undefined],
    ['POST', '/v1.0/users/u1/events/e1/cancel', { Comment: 'sorry' }],
    ['POST', '/v1.0/users/u1/events', { subject: 'x', isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness',
      recurrence: { pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 3 }, range: { type: 'noEnd', startDate: '2026-01-01' } } }],
  ])('accepts %s %s', (method, path, body) => {
    expect(checkAgainstMetadata({ method, path, body })).toEqual([]);
  });

  it('accepts real query options and rejects made-up ones', () => {
    expect(checkAgainstMetadata({ method: 'GET', path: '/v1.0/users/u1', query: { $select: 'id,displayName,officeLocation' } })).toEqual([]);
    expect(checkAgainstMetadata({ method: 'GET', path: '/v1.0/users/u1/teamwork/installedApps', query: { $expand: 'teamsApp', $filter: "teamsApp/id eq 'a'" } })).toEqual([]);
    expect(checkAgainstMetadata({ method: 'GET', path: '/v1.0/users/u1', query: { $select: 'id,officeLocaton' } })).toEqual([expect.stringContaining('officeLocaton')]);
    expect(checkAgainstMetadata({ method: 'GET', path: '/v1.0/users/u1', query: { select: 'id' } })).toEqual([expect.stringContaining('select')]);
  });

  it('accepts the custom query options a navigation property declares, and only there', () => {
    const window = { startDateTime: '2030-01-08T00:00:00Z', endDateTime: '2030-01-09T00:00:00Z' };
    expect(checkAgainstMetadata({ method: 'GET', path: '/v1.0/users/u1/events/e1/instances', query: { ...window, $select: 'id,start,end' } })).toEqual([]);
    expect(checkAgainstMetadata({ method: 'GET', path: '/v1.0/users/u1/events/e1', query: window })).toEqual([
      expect.stringContaining('startDateTime'), expect.stringContaining('endDateTime'),
    ]);
    expect(checkAgainstMetadata({ method: 'GET', path: '/v1.0/users/u1/events/e1/instances', query: { fromDate: '2030-01-08' } })).toEqual([expect.stringContaining('fromDate')]);
  });

  it.each([
    ['misspelled property', 'POST', '/v1.0/teams/t1/members', { ...member, role: [] }, 'role'],
    ['bind to a non-navigation', 'POST', '/v1.0/teams/t1/members', { ...member, 'person@odata.bind': bind }, 'person'],
    ['abstract type without @odata.type', 'POST', '/v1.0/teams/t1/members', { roles: [] }, 'abstract'],
    ['unrelated @odata.type', 'POST', '/v1.0/teams/t1/members', { ...member, '@odata.type': '#microsoft.graph.user' }, 'derive'],
    ['made-up path', 'GET', '/v1.0/teams/t1/memberz', undefined, 'memberz'],
    ['made-up entity set', 'GET', '/v1.0/groupz/g1', undefined, 'groupz'],
    ['no version', 'GET', '/teams/t1', undefined, 'v1.0'],
    ['wrong action parameter', 'POST', '/v1.0/teams/t1/members/add', { members: [member] }, 'members'],
    ['bad enum value', 'POST', '/v1.0/users/u1/events', { onlineMeetingProvider: 'zoom' }, 'zoom'],
    ['GET on an action', 'GET', '/v1.0/teams/t1/members/add', undefined, 'GET'],
    ['POST to a single entity', 'POST', '/v1.0/users/u1', { displayName: 'x' }, 'POST'],
  ])('rejects %s', (_name, method, path, body, hint) => {
    const problems = checkAgainstMetadata({ method, path, body });
    expect(problems.join('\n')).toContain(hint);
  });
});
