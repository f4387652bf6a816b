/** The Microsoft Graph module: the only place the app talks to Graph or Entra ID token endpoints. */
export { createTeamsGraph, BULK_ADD_LIMIT } from './teamsGraph';
export type { TeamsGraph, GraphUser, BulkAddResult, MemberAddOutcome, MemberRemoveOutcome } from './teamsGraph';
export { createCalendarGraph } from './calendarGraph';
export type { CalendarGraph, MeetingDetails, MeetingAttendee, MeetingSeriesDetails } from './calendarGraph';
export { GraphError, TRANSIENT_STATUSES, NETWORK_FAILURE_STATUS, parseRetryAfter } from './graphError';
export { DEFAULT_GRAPH_BASE_URL, DEFAULT_AUTHORITY_HOST } from './graphClient';
export type { GraphSettings, GraphTransportOptions, FetchLike } from './graphClient';
export { createDelegatedAccess, DELEGATED_SCOPE } from './delegatedAccess';
export type { DelegatedAccess, GrantVault, GrantOutcome } from './delegatedAccess';
export { sealingKey } from './sealing';
