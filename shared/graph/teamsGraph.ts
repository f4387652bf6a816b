/**
 * Every Microsoft Graph call Kollega makes: guest invitations, team and channel membership, installing the app
 * for a person (so the bot can message them first) and reading a user.
 * Each call throws GraphError; `transient` ones are for the caller's durable outbox to retry.
 */
import type {
  AadUserConversationMember,
  AadUserConversationMemberResult,
  Chat,
  Invitation,
  User,
  UserScopeTeamsAppInstallation,
} from '@microsoft/microsoft-graph-types';
import { connectGraph, type GraphAnswer as Answer, type GraphSettings, type GraphTransportOptions } from './graphClient';
import { errorFromResponse, GraphError, readErrorBody } from './graphError';

export type MemberAddOutcome = 'added' | 'already-member';
export type MemberRemoveOutcome = 'removed' | 'not-a-member';
export interface BulkAddResult {
  userId: string;
  outcome: MemberAddOutcome | 'failed';
  error?: string;
}
export interface GraphUser {
  id: string;
  displayName: string;
  mail?: string;
  userPrincipalName?: string;
  userType?: string;
  companyName?: string;
  department?: string;
  officeLocation?: string;
}

export interface TeamsGraph {
  inviteGuest(invite: { email: string; displayName: string; redirectUrl: string }): Promise<{ userId: string }>;
  addTeamMember(teamId: string, userId: string): Promise<MemberAddOutcome>;
  addChannelMember(teamId: string, channelId: string, userId: string): Promise<MemberAddOutcome>;
  addTeamMembers(teamId: string, userIds: readonly string[]): Promise<BulkAddResult[]>;
  removeTeamMember(teamId: string, userId: string): Promise<MemberRemoveOutcome>;
  removeChannelMember(teamId: string, channelId: string, userId: string): Promise<MemberRemoveOutcome>;
  installAppForUser(userId: string, teamsAppId: string): Promise<{ chatId: string | undefined }>;
  getUser(idOrUpn: string): Promise<GraphUser | undefined>;
}

/** Graph's limit for one `members/add` request. */
export const BULK_ADD_LIMIT = 200;

// `xxx@odata.bind` and `@odata.type` are not in microsoft-graph-types.
type ODataTyped = { '@odata.type': string };
type MemberBody = ODataTyped & Pick<AadUserConversationMember, 'roles'> & { 'user@odata.bind': string };
type InstallBody = Omit<UserScopeTeamsAppInstallation, 'teamsApp'> & { 'teamsApp@odata.bind': string };
type BulkAddBody = { values: MemberBody[] };

const USER_FIELDS = ['id', 'displayName', 'mail', 'userPrincipalName', 'userType', 'companyName', 'department', 'officeLocation'];
const seg = encodeURIComponent;
/** OData string literal: a quote is doubled. */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

function isAlreadyMember(status: number, body: unknown): boolean {
  if (status === 409) return true;
  const { code, message } = readErrorBody(body);
  return status === 400 && /already (a )?(member|exists)/i.test(`${code ?? ''} ${message ?? ''}`);
}

export function createTeamsGraph(settings: GraphSettings, options: GraphTransportOptions = {}): TeamsGraph {
  const graph = connectGraph(settings, options);
  const userBind = (userId: string) => `${graph.baseUrl}/v1.0/users(${literal(userId)})`;
  const memberBody = (userId: string): MemberBody => ({
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    roles: [],
    'user@odata.bind': userBind(userId),
  });

  /** One request: success, "already a member" and 404 are answered to the caller; anything else throws GraphError. */
  async function send(what: string, method: 'GET' | 'POST' | 'DELETE', path: string, extra: { query?: Record<string, string>; body?: unknown } = {}): Promise<Answer> {
    const answer = await graph.request(what, method, path, extra);
    if (answer.ok || isAlreadyMember(answer.status, answer.body) || answer.status === 404) return answer;
    throw errorFromResponse(what, answer.status, answer.body, answer.retryAfter);
  }

  /** Like send, but a 404 is an error too (the caller has no "not found" meaning for it). */
  async function sendStrict(what: string, method: 'GET' | 'POST' | 'DELETE', path: string, extra?: { query?: Record<string, string>; body?: unknown }): Promise<Answer> {
    const answer = await send(what, method, path, extra);
    if (answer.status === 404) throw errorFromResponse(what, 404, answer.body, null);
    return answer;
  }

  async function addMember(what: string, membersPath: string, userId: string): Promise<MemberAddOutcome> {
    const answer = await sendStrict(what, 'POST', membersPath, { body: memberBody(userId) });
    if (answer.status >= 200 && answer.status < 300) return 'added';
    if (isAlreadyMember(answer.status, answer.body)) return 'already-member';
    throw errorFromResponse(what, answer.status, answer.body, null);
  }

  async function listAll<T>(what: string, path: string, query?: Record<string, string>): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = path;
    let nextQuery = query;
    while (next) {
      const answer = await sendStrict(what, 'GET', next, { query: nextQuery });
      const page = answer.body as { value?: T[]; '@odata.nextLink'?: string };
      items.push(...(page.value ?? []));
      next = page['@odata.nextLink'];
      nextQuery = undefined; // the next link carries its own query
      if (next && !next.startsWith(`${graph.baseUrl}/`)) throw new GraphError(`${what}: next link leaves Graph`, { status: 502, transient: false });
    }
    return items;
  }

  async function removeMember(what: string, membersPath: string, userId: string): Promise<MemberRemoveOutcome> {
    // Listing and matching userId works for teams and channels alike (filter support differs between them).
    const members = await listAll<AadUserConversationMember>(what, membersPath);
    const member = members.find((m) => m.userId === userId);
    if (!member?.id) return 'not-a-member';
    const answer = await send(what, 'DELETE', `${membersPath}/${seg(member.id)}`);
    return answer.status === 404 ? 'not-a-member' : 'removed';
  }

  async function addChunk(teamId: string, userIds: readonly string[]): Promise<BulkAddResult[]> {
    const body: BulkAddBody = { values: userIds.map(memberBody) };
    const what = `add ${userIds.length} members to team ${teamId}`;
    const answer = await sendStrict(what, 'POST', `/teams/${seg(teamId)}/members/add`, { body });
    if (answer.status < 200 || answer.status >= 300) throw errorFromResponse(what, answer.status, answer.body, null);
    // 200: all added; 207: per-user results, an entry with `error` failed.
    const parts = ((answer.body as { value?: AadUserConversationMemberResult[] } | undefined)?.value ?? []);
    const byUser = new Map(parts.filter((p) => p.userId).map((p) => [p.userId as string, p]));
    return userIds.map((userId): BulkAddResult => {
      const part = byUser.get(userId);
      if (!part) return answer.status === 200 ? { userId, outcome: 'added' } : { userId, outcome: 'failed', error: 'no result for this user' };
      if (!part.error) return { userId, outcome: 'added' };
      const error = `${part.error.code ?? 'error'}: ${part.error.message ?? ''}`.trim();
      const alreadyMember = part.error.code === 'Conflict' || isAlreadyMember(400, { error: part.error });
      return alreadyMember ? { userId, outcome: 'already-member' } : { userId, outcome: 'failed', error };
    });
  }

  async function findInstallation(userId: string, teamsAppId: string): Promise<string | undefined> {
    const installs = await listAll<UserScopeTeamsAppInstallation>(
      `find app ${teamsAppId} for user ${userId}`,
      `/users/${seg(userId)}/teamwork/installedApps`,
      { $expand: 'teamsApp', $filter: `teamsApp/id eq ${literal(teamsAppId)}` },
    );
    return installs.find((i) => i.teamsApp?.id === teamsAppId)?.id;
  }

  return {
    async inviteGuest({ email, displayName, redirectUrl }) {
      const body: Invitation = {
        invitedUserEmailAddress: email,
        invitedUserDisplayName: displayName,
        inviteRedirectUrl: redirectUrl,
        sendInvitationMessage: true,
      };
      const what = `invite ${email}`;
      const answer = await sendStrict(what, 'POST', '/invitations', { body });
      const userId = (answer.body as Invitation | undefined)?.invitedUser?.id;
      if (answer.status >= 300 || !userId) throw errorFromResponse(what, answer.status, answer.body, null);
      return { userId };
    },

    addTeamMember: (teamId, userId) =>
      addMember(`add ${userId} to team ${teamId}`, `/teams/${seg(teamId)}/members`, userId),

    addChannelMember: (teamId, channelId, userId) =>
      addMember(`add ${userId} to channel ${channelId}`, `/teams/${seg(teamId)}/channels/${seg(channelId)}/members`, userId),

    async addTeamMembers(teamId, userIds) {
      const results: BulkAddResult[] = [];
      // Sequential on purpose: Teams allows about 4 requests a second per team.
      for (let start = 0; start < userIds.length; start += BULK_ADD_LIMIT) {
        results.push(...(await addChunk(teamId, userIds.slice(start, start + BULK_ADD_LIMIT))));
      }
      return results;
    },

    removeTeamMember: (teamId, userId) =>
      removeMember(`remove ${userId} from team ${teamId}`, `/teams/${seg(teamId)}/members`, userId),

    removeChannelMember: (teamId, channelId, userId) =>
      removeMember(`remove ${userId} from channel ${channelId}`, `/teams/${seg(teamId)}/channels/${seg(channelId)}/members`, userId),

    async installAppForUser(userId, teamsAppId) {
      const what = `install app ${teamsAppId} for ${userId}`;
      const appsPath = `/users/${seg(userId)}/teamwork/installedApps`;
      const body: InstallBody = { 'teamsApp@odata.bind': `${graph.baseUrl}/v1.0/appCatalogs/teamsApps/${seg(teamsAppId)}` };
      const answer = await sendStrict(what, 'POST', appsPath, { body });
      if (answer.status >= 300 && answer.status !== 409) throw errorFromResponse(what, answer.status, answer.body, null);
      // Graph answers 201 with no body; 409 means it was installed before. Either way, look the installation up.
      const installationId = (answer.body as UserScopeTeamsAppInstallation | undefined)?.id ?? (await findInstallation(userId, teamsAppId));
      if (!installationId) return { chatId: undefined };
      const chat = await send(`${what}: chat`, 'GET', `${appsPath}/${seg(installationId)}/chat`);
      return { chatId: chat.status === 404 ? undefined : (chat.body as Chat).id ?? undefined };
    },

    async getUser(idOrUpn) {
      const answer = await send(`get user ${idOrUpn}`, 'GET', `/users/${seg(idOrUpn)}`, { query: { $select: USER_FIELDS.join(',') } });
      if (answer.status === 404) return undefined;
      const user = answer.body as User;
      if (!user.id) throw new GraphError(`get user ${idOrUpn}: answer without id`, { status: answer.status, transient: false });
      const result: GraphUser = { id: user.id, displayName: user.displayName ?? '' };
      for (const key of ['mail', 'userPrincipalName', 'userType', 'companyName', 'department', 'officeLocation'] as const) {
        const value = user[key];
        if (typeof value === 'string') result[key] = value;
      }
      return result;
    },
  };
}
