/**
 * Where Kollega keeps personal data, table by table: the ONE list that an erasure, a person's export and the
 * daily retention sweep follow. Typed by the schema (a table missing here does not compile) and held against the
 * real database by test/privacy/registry.test.ts (a table or a column pointing at people that is missing here
 * fails it), so a new table cannot be forgotten.
 *
 * The order is the order of work: rows that point at others come before the rows they point at.
 */
import * as joining from './eraseJoining';
import * as events from './eraseEvents';
import * as mentoring from './eraseMentoring';
import * as exchange from './eraseExchange';
import * as resources from './eraseResources';
import * as system from './eraseSystem';
import * as activity from './sweepActivity';
import * as seasons from './sweepMentoring';
import { none, type TableName, type TablePolicy } from './policy';

export type { ExportArea, TableName, TablePolicy } from './policy';

export const personalDataRegistry: Record<TableName, TablePolicy> = {
  // ---- Networks ----
  approval_cards: {
    erasure: 'delete', personIds: ['coordinator_person_id'], identities: ['conversation_id'], freeText: [], exported: 'networks',
    why: 'the cards of their requests, and those they got as a coordinator in their own chat, are theirs', erase: joining.eraseApprovalCards,
    retention: 'cards of requests decided before the period go with the request', sweep: activity.sweepApprovalCards,
  },
  memberships: {
    erasure: 'delete', personIds: ['person_id'], identities: [], freeText: [], exported: 'networks',
    why: 'a membership is about the person only', erase: joining.eraseMemberships,
    retention: 'memberships ended before the period go; a current one lets go of its old request', sweep: activity.sweepMemberships,
  },
  join_requests: {
    erasure: 'delete+anonymise', personIds: ['person_id', 'decided_by'], identities: ['library'], freeText: ['message'], exported: 'networks',
    why: 'their requests go; on others\' requests they decided, only who decided goes (the decision is the requester\'s)', erase: joining.eraseJoinRequests,
    retention: 'requests decided or withdrawn before the period go; a pending one waits for its decision', sweep: activity.sweepJoinRequests,
  },

  // ---- Events ----
  event_notices_sent: {
    erasure: 'delete', personIds: ['person_id'], identities: [], freeText: [], exported: 'events',
    why: 'which reminders they were sent is about them only', erase: events.eraseEventNotices,
    retention: 'go with their event, once it ended before the period', sweep: activity.sweepEventNotices,
  },
  event_contributions: {
    erasure: 'delete', personIds: ['person_id'], identities: ['library'], freeText: ['title', 'author', 'note', 'description', 'isbn', 'age_group'], exported: 'events',
    why: 'book tips and practices are their own words; the event\'s count follows', erase: events.eraseContributions,
    retention: 'go with their event, once it ended before the period', sweep: activity.sweepContributions,
  },
  event_rsvps: {
    erasure: 'delete', personIds: ['person_id'], identities: [], freeText: [], exported: 'events',
    why: 'answers are theirs; a seat is first released by the events\' own rules (the queue moves up), then the counts are taken again', erase: events.eraseRsvps,
    retention: 'go with their event, once it ended before the period', sweep: activity.sweepRsvps,
  },
  event_posts: {
    ...none('the cards posted in team channels: channel conversation ids and Teams message ids, nobody\'s personal data'),
    retention: 'go with their event, once it ended before the period', sweep: activity.sweepEventPosts,
  },
  events: {
    erasure: 'anonymise', personIds: ['created_by'], identities: ['graph_organizer_id'], freeText: [], exported: 'events',
    why: 'an event is the network\'s: the coordinator who planned it becomes the erased person and the meeting no longer theirs', erase: events.eraseEventPlanner,
    retention: 'events that ended before the period go with everything about them: nothing of them is needed any more', sweep: activity.sweepEvents,
  },

  // ---- Group mentoring ----
  mentoring_application_notices: {
    erasure: 'delete', personIds: ['person_id'], identities: [], freeText: [], exported: 'mentoring',
    why: 'messages sent to them, or about their application', erase: mentoring.eraseApplicationNotices,
    retention: 'go with the season, once it ended before the period', sweep: seasons.sweepApplicationNotices,
  },
  mentoring_applications: {
    erasure: 'delete+anonymise', personIds: ['person_id', 'decided_by'], identities: [], freeText: ['message'], exported: 'mentoring',
    why: 'their applications go; on others\' they decided, only who decided goes', erase: mentoring.eraseMentoringApplications,
    retention: 'go once their season ended before the period', sweep: seasons.sweepMentoringApplications,
  },
  mentoring_notices_sent: {
    erasure: 'delete', personIds: ['person_id'], identities: [], freeText: [], exported: 'mentoring',
    why: 'which agendas and feedback requests they were sent is about them only', erase: mentoring.eraseMeetingNotices,
    retention: 'go once their season ended before the period', sweep: seasons.sweepMeetingNotices,
  },
  mentoring_feedback: {
    erasure: 'delete', personIds: ['person_id'], identities: [], freeText: ['comment'], exported: 'mentoring',
    why: 'their ratings and comment (the report\'s averages are taken from what is left)', erase: mentoring.eraseMentoringFeedback,
    retention: 'goes once its season ended before the period: the yearly report is made by then', sweep: seasons.sweepMentoringFeedback,
  },
  mentoring_attendance: {
    erasure: 'delete', personIds: ['person_id'], identities: [], freeText: [], exported: 'mentoring',
    why: 'whether they came is about them only', erase: mentoring.eraseAttendance,
    retention: 'goes once its season ended before the period', sweep: seasons.sweepAttendance,
  },
  mentoring_questions: {
    erasure: 'delete', personIds: ['asked_by'], identities: [], freeText: ['text'], exported: 'mentoring',
    why: 'questions sent with their name; an anonymous one has no author by design, so it is no one\'s and stays', erase: mentoring.eraseQuestions,
    retention: 'go once their season ended before the period', sweep: seasons.sweepQuestions,
  },
  mentoring_theme_votes: {
    erasure: 'delete', personIds: ['person_id'], identities: [], freeText: [], exported: 'mentoring',
    why: 'their votes (the themes are counted again), and the votes on a proposal of theirs that goes', erase: mentoring.eraseThemeVotes,
    retention: 'go once their season ended before the period', sweep: seasons.sweepThemeVotes,
  },
  mentoring_themes: {
    erasure: 'delete+anonymise', personIds: ['proposed_by'], identities: [], freeText: ['title'], exported: 'mentoring',
    why: 'a proposal of theirs goes; one fixed to a meeting is the group\'s agenda and stays, proposed by the erased person', erase: mentoring.eraseThemes,
    retention: 'stay as the record of what was discussed, no longer anyone\'s, once the season ended before the period', sweep: seasons.sweepThemes,
  },
  mentoring_meetings: {
    erasure: 'anonymise', personIds: ['notes_by'], identities: [], freeText: ['notes'], exported: 'mentoring',
    why: 'a meeting is the group\'s; notes they kept as mentor stay the group\'s record, no longer signed by them', erase: mentoring.eraseNotesAuthor,
    retention: 'stay, but their notes (which may name people) go once the season ended before the period', sweep: seasons.sweepMeetingNotes,
  },
  mentoring_group_people: {
    erasure: 'delete', personIds: ['person_id'], identities: [], freeText: [], exported: 'mentoring',
    why: 'their place in a group; it is first released so the group\'s Teams series follows', erase: mentoring.eraseGroupPlaces,
    retention: 'go once their season ended before the period', sweep: seasons.sweepGroupPlaces,
  },
  mentoring_groups: {
    erasure: 'anonymise', personIds: [], identities: ['graph_organizer_id'], freeText: [], exported: null,
    why: 'a group is the unit\'s; only the coordinator\'s calendar (the series\' organizer) is theirs', erase: mentoring.eraseSeriesOrganizer,
    retention: 'stay; the organizer goes once the season ended before the period', sweep: seasons.sweepSeriesOrganizers,
  },
  mentoring_seasons: {
    erasure: 'anonymise', personIds: ['created_by'], identities: [], freeText: [], exported: 'mentoring',
    why: 'a season is the unit\'s: who opened it becomes the erased person', erase: mentoring.eraseSeasonOpener,
    retention: 'stay; who opened one that ended before the period becomes the erased person', sweep: seasons.sweepSeasonOpeners,
  },

  // ---- Staff exchange ----
  exchange_notices: {
    erasure: 'delete', personIds: ['person_id'], identities: [], freeText: [], exported: 'exchange',
    why: 'messages sent to them, or about their applications', erase: exchange.eraseExchangeNotices,
    retention: 'go with their application (see exchange_applications)',
  },
  exchange_feedback: {
    erasure: 'delete', personIds: ['author_id'], identities: [], freeText: ['text'], exported: 'exchange',
    why: 'what they wrote, and what was written about their own visits', erase: exchange.eraseExchangeFeedback,
    retention: 'goes with its application (see exchange_applications)',
  },
  exchange_stories: {
    erasure: 'delete', personIds: [], identities: [], freeText: ['title', 'text'], exported: 'exchange',
    why: 'their story of their visit, published only with their consent', erase: exchange.eraseStories,
    retention: 'goes with its application (see exchange_applications)',
  },
  exchange_history: {
    erasure: 'delete+anonymise', personIds: ['actor_id'], identities: [], freeText: ['reason'], exported: 'exchange',
    why: 'goes with a removed application; on a kept one only the parties stay, on others\' the steps they took stay the erased person\'s', erase: exchange.eraseExchangeHistory,
    retention: 'goes or is anonymised with its application (see exchange_applications)',
  },
  exchange_applications: {
    erasure: 'delete+anonymise',
    personIds: ['applicant_id', 'supervisor_id', 'host_contact_id'],
    identities: ['supervisor_name', 'supervisor_email', 'host_contact_name', 'host_contact_email', 'mentor_name', 'mentor_email', 'return_visitor'],
    freeText: ['expectations', 'expertise', 'last_reason'],
    exported: 'exchange',
    why: 'one that spent nothing goes; costs approved for a visit that began, or reimbursed, stay for the unit\'s accounting (unit, libraries, dates, budget year, euros) without any person or text; where they were named on others\', their name and address go',
    erase: exchange.eraseExchangeApplications,
    retention: 'visits that ended before the period: costs approved or paid are anonymised as on erasure (accounting keeps them), the rest go with their feedback, stories and notices',
    sweep: exchange.sweepExchanges,
  },
  exchange_budgets: {
    erasure: 'anonymise', personIds: ['set_by'], identities: [], freeText: [], exported: 'exchange',
    why: 'a budget is the unit\'s: who set it becomes the erased person', erase: exchange.eraseBudgetSetter,
    retention: 'kept for accounting; who set one before the period becomes the erased person', sweep: activity.sweepBudgetSetters,
  },

  // ---- Kollega's bookkeeping ----
  graph_grants: {
    erasure: 'delete', personIds: [], identities: ['aad_object_id', 'sealed_cache'], freeText: [], exported: 'teams',
    why: 'their delegated calendar tokens', erase: system.eraseGraphGrant,
    retention: 'a grant unused for the period goes (Entra ID\'s refresh tokens have long expired)', sweep: activity.sweepGraphGrants,
  },
  installation_events: {
    erasure: 'delete+anonymise', personIds: [], identities: ['actor', 'conversation_id'], freeText: [], exported: 'teams',
    why: 'the history of their own chats goes; in teams, only who installed goes', erase: system.eraseInstallationEvents,
    retention: 'entries older than the period go, and those of chats Kollega left before it', sweep: activity.sweepInstallationEvents,
  },
  conversations: {
    erasure: 'delete+anonymise', personIds: ['person_id'], identities: ['id', 'installed_by', 'reference_json'], freeText: [], exported: 'teams',
    why: 'their personal chats go; in a team or group chat who installed Kollega and who spoke last go', erase: system.eraseConversations,
    retention: 'chats Kollega was removed from before the period go', sweep: activity.sweepConversations,
  },
  spacing: {
    erasure: 'delete', personIds: [], identities: ['key'], freeText: [], exported: null,
    why: 'pacing marks name conversations (a personal chat\'s would be theirs); not exported: a timestamp of no meaning to anyone', erase: system.eraseSpacing,
    retention: 'marks older than a day go whatever the period: they only keep work seconds apart', sweep: activity.sweepSpacing,
  },
  // ---- Shared resources: games on loan, the reading challenge, guides ----
  game_booking_notices: {
    erasure: 'delete', personIds: ['person_id'], identities: [], freeText: [], exported: 'resources',
    why: 'messages sent to them, or about their bookings', erase: resources.eraseBookingNotices,
    retention: 'go with their booking (see game_bookings)', sweep: resources.sweepBookingNotices,
  },
  game_booking_days: {
    erasure: 'delete', personIds: [], identities: [], freeText: [], exported: null,
    why: 'a game and a day, nobody\'s data in themselves: those of their bookings that go are freed for others at once', erase: resources.eraseBookingDays,
    retention: 'go with their booking (see game_bookings)', sweep: resources.sweepBookingDays,
  },
  game_bookings: {
    erasure: 'delete+anonymise', personIds: ['booker_id', 'decided_by'], identities: ['library_id'], freeText: ['message', 'reason', 'hand_over_note', 'return_note'], exported: 'resources',
    why: 'their bookings go, freeing their days; a loan that happened (handed over, or returned since) is the network\'s record of where its game is or was: it stays with its library, days and condition, without them and without any text; on others\' they decided, only who decided goes',
    erase: resources.eraseBookings,
    retention: 'bookings whose last day is before the period go with their days and notices; a game still out (handed over, never recorded back) stays until it is',
    sweep: resources.sweepBookings,
  },
  games: none('the network\'s games, written by its coordinators'),
  reading_challenges: {
    erasure: 'anonymise', personIds: ['updated_by'], identities: [], freeText: [], exported: 'resources',
    why: 'a challenge is the network\'s: who last wrote it becomes the erased person', erase: resources.eraseChallengeWriter,
    retention: 'kept, earlier years stay readable; who last wrote one before the period becomes the erased person', sweep: resources.sweepChallengeWriters,
  },
  network_guides: {
    erasure: 'anonymise', personIds: ['updated_by'], identities: [], freeText: [], exported: 'resources',
    why: 'a guide is the network\'s: who last wrote it becomes the erased person', erase: resources.eraseGuideWriter,
    retention: 'kept until a coordinator removes it; who last wrote one before the period becomes the erased person', sweep: resources.sweepGuideWriters,
  },

  outbox: {
    erasure: 'delete', personIds: [], identities: ['payload_json', 'idempotency_key', 'last_error'], freeText: [], exported: 'activity',
    why: 'work about them, done or waiting: waiting work is cancelled (it would message or act for someone who is gone)', erase: system.eraseOutbox,
    retention: 'work done or failed before the period goes; waiting work never', sweep: activity.sweepOutbox,
  },
  audit_log: {
    erasure: 'rewrite', personIds: ['actor'], identities: ['subject_id', 'detail_json'], freeText: ['detail_json'], exported: 'activity',
    why: 'append-only but for this: the entries stay, their actor and subject become the erased person and details naming them are cut', erase: system.eraseAudit,
    retention: 'entries older than the period go', sweep: activity.sweepAudit,
  },
  people: {
    erasure: 'delete', personIds: ['id'], identities: ['bot_user_id', 'aad_object_id', 'display_name', 'email', 'guest_user_id', 'tenant_id', 'library'], freeText: [], exported: 'person',
    why: 'the person themselves, last, once nothing points at them', erase: system.erasePerson,
    retention: 'someone who holds nothing any more and was last seen before the period is erased as on request (shared/services/retention.ts)',
  },

  // ---- The seed: configuration, changed in seed.json ----
  coordinators: {
    erasure: 'seed', personIds: [], identities: ['display_name', 'email', 'aad_object_id'], freeText: [], exported: 'roles',
    why: 'staff named in their role by seed.json, reloaded at every start: taken out there, not by an erasure',
    retention: 'as long as the seed names them',
  },
  admins: {
    erasure: 'seed', personIds: [], identities: ['display_name', 'email', 'aad_object_id'], freeText: [], exported: 'roles',
    why: 'administrators named by seed.json, reloaded at every start: taken out there, not by an erasure',
    retention: 'as long as the seed names them',
  },
  network_coordinators: none('links the seed\'s networks and coordinators by their slugs', 'as long as the seed has them'),
  units: none('the development units, from the seed'),
  regions: none('the regions, from the seed'),
  networks: none('the networks with their teams\' ids, from the seed'),
};

/** Tables of Kysely's own in every database: which migrations ran, and their lock. Nobody's data. */
export const bookkeepingTables = ['kysely_migration', 'kysely_migration_lock'] as const;

/** Every column that holds a people.id, for the checks that nothing still points at someone erased. */
export const personIdColumns = (Object.entries(personalDataRegistry) as Array<[TableName, TablePolicy]>).flatMap(([table, p]) =>
  p.personIds.filter((column) => !(table === 'people' && column === 'id')).map((column) => ({ table, column })),
);
