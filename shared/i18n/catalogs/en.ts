/**
 * English: the reference catalog. Its keys are the keys of every catalog; fi.ts and sv.ts must have each of them,
 * with the same {placeholders} (checked at compile time and by catalogs.spec.ts).
 */
import { eventsEn } from './events/en';
import { exchangeEn } from './exchange/en';
import { exchangeBotEn } from './exchangeBot/en';
import { privacyEn } from './privacy/en';
import { resourcesEn } from './resources/en';
import { resourcesBotEn } from './resourcesBot/en';
import { mentoringEn } from './mentoring/en';

export const en = {
  'app.name': 'Kollega',
  'app.tagline': 'Peer learning for library staff',

  'welcome.title': 'Welcome to Kollega',
  'welcome.intro':
    "Kollega brings the peer learning of your region's public libraries into Teams. It is run by the regional library development unit.",
  'welcome.networks.title': 'Networks',
  'welcome.networks.text': 'Join a network of colleagues who work with the same things, such as seniors or children and young people.',
  'welcome.coffee.title': 'Coffee sessions and network days',
  'welcome.coffee.text': 'Book coffees share book tips, idea coffees share practice. Sign up right here in Teams.',
  'welcome.mentoring.title': 'Group mentoring',
  'welcome.mentoring.text': 'Support groups meet monthly on Teams, with themes agreed in advance and a mentor to guide.',
  'welcome.exchange.title': 'Staff exchange',
  'welcome.exchange.text': 'Visit another library for 1 to 5 days. The regional unit pays travel and accommodation.',
  'welcome.regionKnown': 'Your region: {region}.',
  'welcome.helpHint': 'Type "help" at any time to see this card again.',
  'welcome.channelHint': 'In a channel, mention me: @Kollega help',

  'action.showNetworks': 'Networks of my region',
  'action.showEvents': 'Coming events',
  'action.showGroups': 'Support groups',
  'action.chooseRegion': 'Choose my region',
  'action.changeRegion': 'Change region',
  'action.help': 'Help',

  'unknown.text': "Sorry, I didn't understand that. Here is what I can do:",

  'region.picker.title': 'Which region do you work in?',
  'region.picker.text':
    "Choose the region of your library. Kollega then shows you what that region's library development unit offers.",
  'region.picker.label': 'Region',
  'region.picker.error': 'Choose a region from the list.',
  'region.picker.submit': 'Show networks',
  'region.saved': 'Your region is now {region}.',

  'networks.title': 'Networks in {region}',
  'networks.runBy': 'Run by {unit}.',
  'networks.coordinator': 'Coordinator: {names}',
  'networks.coordinators': 'Coordinators: {names}',
  'networks.empty': '{unit} has no networks in Kollega yet. They will appear here when the unit starts one.',

  'team.welcome.title': 'Kollega is now in this team',
  'team.welcome.text':
    'I will post the news of this network here. Anyone can ask me things: mention me, for example "@Kollega help".',

  'networks.joinInChat': 'To join a network, open your personal chat with Kollega.',
  'networks.standing.member': 'You are a member.',
  'networks.standing.pending': 'Your request is waiting for the coordinator.',
  'action.askToJoin': 'Ask to join',
  'action.withdraw': 'Withdraw request',
  'action.leave': 'Leave network',
  'action.leaveConfirm': 'Yes, leave {network}',
  'action.openTeam': 'Open the team',
  'join.form.message': 'Message to the coordinator (optional)',
  'join.form.library': 'Your library',
  'join.form.send': 'Send request',
  'join.sent': 'Your request to join {network} was sent to {coordinators}.',
  'join.alreadyPending': 'You already asked to join {network}, so nothing new was sent. The coordinator will answer you.',
  'join.alreadyMember': 'You are already a member of {network}.',
  'join.unknownNetwork': 'I could not find that network. Here are the networks of your region:',
  'join.withdrawn': 'You withdrew your request to join {network}.',
  'join.left': 'You left {network}.',
  'join.notMember': 'You are not a member of {network}, so there is nothing to leave.',
  'join.noCoordinatorReachable':
    'The coordinators of {network} have not opened Kollega in Teams yet, so your request waits for them. You can also contact {coordinators} directly.',

  'approval.title': '{name} asks to join {network}',
  'approval.library': 'Library',
  'approval.message': 'Message',
  'approval.asked': 'Asked',
  'approval.none': '(not given)',
  'approval.reasonLabel': 'Reason (optional, sent to {name})',
  'approval.declineConfirm': 'Decline the request',
  'action.approve': 'Approve',
  'action.decline': 'Decline',
  'approval.approvedBy': 'Approved by {name} on {when}.',
  'approval.declinedBy': 'Declined by {name} on {when}.',
  'approval.withdrawn': '{name} withdrew the request on {when}.',
  'approval.teams.manual': 'Teams membership is not automated here: add {name} to the network\'s team by hand.',
  'approval.teams.pending': 'Kollega is adding {name} to the network\'s team.',
  'approval.teams.done': '{name} is now a member of the network\'s team.',
  'approval.teams.failed': 'Kollega could not add {name} to the team: {detail} Add them by hand.',
  'approval.forbidden': 'Only the coordinators of {network} can decide on this request. Nothing was changed.',
  'approval.alreadyDecided': 'This request has already been decided, so nothing was changed.',

  'outcome.approved': 'Welcome to {network}! {coordinator} approved your request.',
  'outcome.approvedManual': 'Welcome to {network}! {coordinator} approved your request and will add you to the network\'s team in Teams.',
  'outcome.declined': '{coordinator} declined your request to join {network}.',
  'outcome.reason': 'Reason: {reason}',

  'coord.requests.title': 'Requests to join {network}',
  'coord.requests.none': 'There are no pending requests.',
  'coord.members.title': 'Members of {network} ({count})',
  'coord.members.none': 'The network has no members in Kollega yet.',
  'coord.notCoordinator': 'Only the coordinators of a network can see its requests and members.',

  'teams.failure.no-entra-id': 'Teams did not give the person\'s Entra ID.',
  'teams.failure.no-email': 'Teams did not give the e-mail address a guest invitation needs.',
  'teams.failure.user-not-found': 'Microsoft 365 does not know the person.',
  'teams.failure.forbidden': 'Kollega lacks the permission in Microsoft 365.',
  'teams.failure.rejected': 'Microsoft 365 refused the change.',
  'teams.failure.gave-up': 'Microsoft 365 did not answer, even after retries.',
  'error.unknownRequest': 'Kollega does not handle this kind of request, so nothing was changed.',
  'error.invalidAction': 'That button is no longer valid, so nothing was changed. Here is an up-to-date card.',
  'error.unknownRegion': 'There is no such region in Kollega. Nothing was changed; choose one from the list.',
  'error.generic': 'Something went wrong on our side and nothing was changed. Please try again in a moment.',
  'error.storeUnavailable': 'Kollega cannot reach its database right now, so nothing was saved. Please try again in a couple of minutes.',
  'error.signInRequired': 'Sign in with your Teams account to see this.',
  'error.notFound': 'Not found.',
  'error.cardInput': 'Nothing was saved: {details}',
  'error.badRequest': 'The request is not valid: {details}',
  'error.body.notJson': 'the body must be JSON (Content-Type: application/json)',
  'error.body.tooLarge': 'the body is too large',
  'error.body.malformed': 'the body is not valid JSON',
  ...eventsEn,
  ...mentoringEn,
  ...exchangeEn,
  ...exchangeBotEn,
  ...privacyEn,
  ...resourcesEn,
  ...resourcesBotEn,
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
