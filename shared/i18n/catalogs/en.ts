/**
 * English: the reference catalog. Its keys are the keys of every catalog; fi.ts and sv.ts must have each of them,
 * with the same {placeholders} (checked at compile time and by catalogs.spec.ts).
 */
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

  'error.invalidAction': 'That button is no longer valid, so nothing was changed. Here is an up-to-date card.',
  'error.unknownRegion': 'There is no such region in Kollega. Nothing was changed; choose one from the list.',
  'error.generic': 'Something went wrong on our side and nothing was changed. Please try again in a moment.',
  'error.notFound': 'Not found.',
  'error.badRequest': 'The request is not valid: {details}',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
