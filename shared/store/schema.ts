/**
 * The database's tables as Kysely sees them. One schema for SQLite and PostgreSQL:
 * timestamps are ISO 8601 UTC strings and ids are text, so both engines store and sort them alike.
 */
import type { Generated } from 'kysely';

export interface UnitsTable {
  id: string; // slug, e.g. 'ake-borga'
  name_fi: string;
  name_sv: string;
  name_en: string;
  sort_order: number;
}

export interface RegionsTable {
  id: string; // slug, e.g. 'uusimaa'
  unit_id: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  sort_order: number;
}

export interface NetworksTable {
  id: string; // slug, e.g. 'severi'
  unit_id: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  description_fi: string;
  description_sv: string;
  description_en: string;
  /** 'team' or 'channel': where Graph adds members (issue 3). */
  membership_scope: string;
  /** The team's Microsoft 365 group id (a GUID), as Graph's /teams/{id} wants it. */
  teams_team_id: string | null;
  teams_channel_id: string | null;
  sort_order: number;
  teams_url: string | null;
}

export interface CoordinatorsTable {
  id: string; // slug, e.g. 'elina-karioja'
  unit_id: string;
  display_name: string;
  title_fi: string;
  title_sv: string;
  title_en: string;
  email: string | null; // lower case
  aad_object_id: string | null; // lower case
}

export interface NetworkCoordinatorsTable {
  network_id: string;
  coordinator_id: string;
}

export interface PeopleTable {
  id: string; // uuid
  bot_user_id: string; // the channel's id of the user (Teams '29:...'), unique
  aad_object_id: string | null;
  tenant_id: string | null;
  display_name: string | null;
  locale: string | null;
  region_id: string | null;
  created_at: string;
  updated_at: string;
  email: string | null; // lower case, from Teams' member info
  library: string | null; // as the person last gave it
  guest_user_id: string | null; // their user id in the host tenant, once invited as a B2B guest
}

export interface ConversationsTable {
  id: string; // the Bot Framework conversation id
  kind: string; // 'personal' | 'channel' | 'groupChat'
  channel_id: string; // Bot Framework channel, e.g. 'msteams'
  service_url: string;
  tenant_id: string | null;
  team_id: string | null;
  team_aad_group_id: string | null;
  teams_channel_id: string | null;
  person_id: string | null; // personal chats: whose chat it is
  reference_json: string; // ConversationReference, for proactive messages
  installed_by: string | null; // aadObjectId (or bot user id) of who installed
  installed_at: string | null;
  uninstalled_at: string | null;
  welcomed_at: string | null;
  updated_at: string;
}

export interface InstallationEventsTable {
  id: Generated<number>;
  conversation_id: string;
  action: string; // 'add' | 'remove'
  actor: string | null;
  at: string;
}

export type JoinRequestState = 'pending' | 'approved' | 'declined' | 'withdrawn';

export interface JoinRequestsTable {
  id: string; // uuid
  network_id: string;
  person_id: string;
  state: JoinRequestState;
  message: string | null;
  library: string | null;
  decided_by: string | null; // people.id of the coordinator (or of the requester, for a withdrawal)
  decided_at: string | null;
  reason: string | null; // a decline's reason
  created_at: string;
  updated_at: string;
}

export type TeamsMembershipState = 'pending' | 'done' | 'manual' | 'failed' | 'removed';

export interface MembershipsTable {
  network_id: string;
  person_id: string;
  join_request_id: string | null;
  joined_at: string;
  left_at: string | null;
  teams_state: TeamsMembershipState;
  teams_detail: string | null;
}

export interface ApprovalCardsTable {
  join_request_id: string;
  coordinator_person_id: string;
  conversation_id: string;
  activity_id: string | null;
  sent_at: string;
  /** A fingerprint of the card this copy shows now (0004). */
  shown: string | null;
}

export type EventKindColumn = 'bookCoffee' | 'ideaCoffee' | 'networkDay' | 'other';
export type MeetingState = 'pending' | 'created' | 'manual' | 'failed';

export interface EventsTable {
  id: string;
  network_id: string;
  kind: EventKindColumn;
  title_fi: string;
  title_sv: string;
  title_en: string | null;
  description_fi: string;
  description_sv: string;
  description_en: string | null;
  starts_at: string;
  ends_at: string;
  rsvp_deadline: string | null;
  capacity: number | null;
  state: 'scheduled' | 'cancelled';
  cancel_reason: string | null;
  created_by: string; // people.id of the coordinator
  meeting_state: MeetingState;
  meeting_detail: string | null;
  join_url: string | null;
  graph_organizer_id: string | null;
  graph_event_id: string | null;
  ics_token: string;
  version: number;
  attendees_version: number;
  attendees_synced: number;
  confirmed_count: number;
  waitlisted_count: number;
  maybe_count: number;
  not_going_count: number;
  contributions_count: number;
  next_seq: number;
  created_at: string;
  updated_at: string;
}

export interface EventRsvpsTable {
  event_id: string;
  person_id: string;
  answer: 'going' | 'maybe' | 'notGoing';
  status: 'confirmed' | 'waitlisted' | null;
  seq: number | null;
  answered_at: string;
}

export interface EventPostsTable {
  event_id: string;
  conversation_id: string;
  activity_id: string | null;
  shown_version: number | null;
  posted_at: string;
}

export interface EventContributionsTable {
  id: string;
  event_id: string;
  person_id: string;
  kind: 'bookTip' | 'practice';
  title: string;
  author: string | null;
  age_group: string | null;
  isbn: string | null;
  note: string | null;
  description: string | null;
  library: string | null;
  created_at: string;
}

export interface EventNoticesSentTable {
  event_id: string;
  /** Which message: a reminder ('remind:1440@<start>') or news ('changed@v7', 'cancelled'). */
  notice: string;
  person_id: string;
  sent_at: string;
}

export interface OutboxTable {
  id: Generated<number>;
  kind: string;
  payload_json: string;
  idempotency_key: string;
  state: 'pending' | 'done' | 'failed';
  attempts: number;
  next_attempt_at: string;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

/** Kollega's administrators, as the seed names them (migration 0008). */
export interface AdminsTable {
  display_name: string;
  email: string | null;
  aad_object_id: string | null;
}

/** When paced work last went, by key (migration 0007). */
export interface SpacingTable {
  key: string;
  last_at: string;
}

/** A user's delegated Graph tokens, sealed (migration 0009). */
export interface GraphGrantsTable {
  aad_object_id: string;
  sealed_cache: string;
  updated_at: string;
}

/** Group mentoring (migration 0010). */
export interface MentoringSeasonsTable {
  id: string;
  unit_id: string;
  name_fi: string;
  name_sv: string;
  name_en: string | null;
  starts_on: string;
  ends_on: string;
  created_by: string;
  created_at: string;
}

export interface MentoringGroupsTable {
  id: string;
  season_id: string;
  network_id: string | null;
  name_fi: string;
  name_sv: string;
  name_en: string | null;
  focus_fi: string;
  focus_sv: string;
  focus_en: string | null;
  capacity: number | null;
  meeting_rule_json: string | null;
  graph_organizer_id: string | null;
  graph_series_id: string | null;
  join_url: string | null;
  series_state: 'unplanned' | 'pending' | 'created' | 'manual' | 'failed';
  created_at: string;
  updated_at: string;
}

export interface MentoringGroupPeopleTable {
  group_id: string;
  person_id: string;
  role: 'mentor' | 'member';
  added_at: string;
}

export interface MentoringApplicationsTable {
  id: string;
  group_id: string;
  person_id: string;
  state: 'pending' | 'accepted' | 'declined' | 'withdrawn';
  message: string | null;
  reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface MentoringMeetingsTable {
  id: string;
  group_id: string;
  series_date: string;
  starts_at: string;
  ends_at: string;
  state: 'scheduled' | 'cancelled';
  graph_event_id: string | null;
  notes: string | null;
  notes_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface MentoringThemesTable {
  id: string;
  group_id: string;
  title: string;
  title_key: string;
  proposed_by: string;
  proposed_at: string;
  meeting_id: string | null;
  votes: number;
}

export interface MentoringThemeVotesTable {
  theme_id: string;
  person_id: string;
  voted_at: string;
}

export interface MentoringQuestionsTable {
  id: string;
  meeting_id: string;
  text: string;
  asked_by: string | null;
  asked_at: string;
}

export interface MentoringAttendanceTable {
  meeting_id: string;
  person_id: string;
}

export interface MentoringFeedbackTable {
  meeting_id: string;
  person_id: string;
  usefulness: number;
  wellbeing: number;
  comment: string;
  given_at: string;
}

export interface MentoringNoticesSentTable {
  meeting_id: string;
  notice: string;
  person_id: string;
  sent_at: string;
}

export interface MentoringApplicationNoticesTable {
  application_id: string;
  notice: string;
  person_id: string;
  sent_at: string;
}

/** Staff exchange (migration 0013). */
export interface ExchangeApplicationsTable {
  id: string;
  unit_id: string;
  applicant_id: string;
  state: 'draft' | 'supervisorReview' | 'hostReview' | 'coordinatorReview' | 'changesRequested' | 'approved' | 'reimbursed' | 'declined' | 'withdrawn';
  version: number;
  home_library_id: string;
  host_library_id: string | null;
  starts_on: string | null;
  ends_on: string | null;
  reciprocal: number;
  return_visitor: string | null;
  return_starts_on: string | null;
  return_ends_on: string | null;
  expectations: string;
  expertise: string;
  language_practice: number;
  supervisor_name: string;
  supervisor_email: string;
  supervisor_id: string | null;
  host_contact_name: string;
  host_contact_email: string;
  host_contact_id: string | null;
  travel_estimate_cents: number;
  stay_estimate_cents: number;
  mentor_name: string | null;
  mentor_email: string | null;
  granted_cents: number | null;
  actual_travel_cents: number | null;
  actual_stay_cents: number | null;
  reimbursed_cents: number | null;
  last_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface ExchangeHistoryTable {
  application_id: string;
  seq: number;
  at: string;
  action: string;
  party: string;
  actor_id: string;
  recorded_for: string | null;
  reason: string | null;
  state: string;
}

export interface ExchangeBudgetsTable {
  unit_id: string;
  year: number;
  amount_cents: number;
  set_by: string;
  set_at: string;
}

export interface ExchangeFeedbackTable {
  application_id: string;
  direction: 'guestToHost' | 'guestToUnit' | 'hostToGuest';
  author_id: string;
  rating: number;
  text: string;
  given_at: string;
}

export interface ExchangeStoriesTable {
  application_id: string;
  title: string;
  text: string;
  published_at: string | null;
  updated_at: string;
}

export interface ExchangeNoticesTable {
  application_id: string;
  notice: string;
  person_id: string;
  sent_at: string;
}

export interface GamesTable {
  id: string;
  network_id: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  description_fi: string;
  description_sv: string;
  description_en: string;
  created_at: string;
  updated_at: string;
}

export interface GameBookingsTable {
  id: string;
  game_id: string;
  booker_id: string;
  library_id: string;
  pick_up_on: string;
  return_on: string;
  state: 'requested' | 'confirmed' | 'handedOver' | 'returned' | 'declined' | 'cancelled';
  version: number;
  message: string | null;
  reason: string | null;
  decided_by: string | null;
  handed_over_at: string | null;
  hand_over_note: string | null;
  returned_at: string | null;
  return_condition: 'complete' | 'missingParts' | 'damaged' | null;
  return_note: string | null;
  created_at: string;
  updated_at: string;
}

export interface GameBookingDaysTable {
  game_id: string;
  day: string;
  booking_id: string;
}

export interface GameBookingNoticesTable {
  booking_id: string;
  notice: string;
  person_id: string;
  sent_at: string;
}

export interface ReadingChallengesTable {
  network_id: string;
  year: number;
  title_fi: string;
  title_sv: string;
  intro_fi: string;
  intro_sv: string;
  tasks_json: string;
  published_at: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface NetworkGuidesTable {
  id: string;
  network_id: string;
  title_fi: string;
  title_sv: string;
  title_en: string;
  editions_json: string;
  updated_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string | null; // people.id, or a system component
  action: string;
  subject_type: string;
  subject_id: string;
  detail_json: string | null;
}

export interface Database {
  units: UnitsTable;
  regions: RegionsTable;
  networks: NetworksTable;
  coordinators: CoordinatorsTable;
  network_coordinators: NetworkCoordinatorsTable;
  people: PeopleTable;
  conversations: ConversationsTable;
  installation_events: InstallationEventsTable;
  join_requests: JoinRequestsTable;
  memberships: MembershipsTable;
  approval_cards: ApprovalCardsTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  events: EventsTable;
  event_rsvps: EventRsvpsTable;
  event_posts: EventPostsTable;
  event_contributions: EventContributionsTable;
  event_notices_sent: EventNoticesSentTable;
  spacing: SpacingTable;
  admins: AdminsTable;
  graph_grants: GraphGrantsTable;
  mentoring_seasons: MentoringSeasonsTable;
  mentoring_groups: MentoringGroupsTable;
  mentoring_group_people: MentoringGroupPeopleTable;
  mentoring_applications: MentoringApplicationsTable;
  mentoring_meetings: MentoringMeetingsTable;
  mentoring_themes: MentoringThemesTable;
  mentoring_theme_votes: MentoringThemeVotesTable;
  mentoring_questions: MentoringQuestionsTable;
  mentoring_attendance: MentoringAttendanceTable;
  mentoring_feedback: MentoringFeedbackTable;
  mentoring_notices_sent: MentoringNoticesSentTable;
  mentoring_application_notices: MentoringApplicationNoticesTable;
  exchange_applications: ExchangeApplicationsTable;
  exchange_history: ExchangeHistoryTable;
  exchange_budgets: ExchangeBudgetsTable;
  exchange_feedback: ExchangeFeedbackTable;
  exchange_stories: ExchangeStoriesTable;
  exchange_notices: ExchangeNoticesTable;
  games: GamesTable;
  game_bookings: GameBookingsTable;
  game_booking_days: GameBookingDaysTable;
  game_booking_notices: GameBookingNoticesTable;
  reading_challenges: ReadingChallengesTable;
  network_guides: NetworkGuidesTable;
}
