/** Swedish (as written in Finland). Keys and {placeholders} as in en.ts. */
import type { Catalog } from './en';
import { eventsSv } from './events/sv';
import { exchangeSv } from './exchange/sv';
import { exchangeBotSv } from './exchangeBot/sv';
import { privacySv } from './privacy/sv';
import { resourcesSv } from './resources/sv';
import { resourcesBotSv } from './resourcesBot/sv';
import { mentoringSv } from './mentoring/sv';

export const sv: Catalog = {
  'app.name': 'Kollega',
  'app.tagline': 'Kollegialt lärande för bibliotekspersonal',

  'welcome.title': 'Välkommen till Kollega',
  'welcome.intro':
    'Kollega för in det kollegiala lärandet vid regionens allmänna bibliotek i Teams. Det sköts av det regionala utvecklingsuppdraget.',
  'welcome.networks.title': 'Nätverk',
  'welcome.networks.text':
    'Anslut dig till ett nätverk av kolleger som jobbar med samma saker som du, till exempel med seniorer eller med barn och unga.',
  'welcome.coffee.title': 'Kaffestunder och nätverksdagar',
  'welcome.coffee.text': 'På bokkaffet tipsar vi om böcker, på idékaffet delar vi praxis. Anmäl dig direkt i Teams.',
  'welcome.mentoring.title': 'Gruppmentorskap',
  'welcome.mentoring.text': 'Stödgrupper träffas varje månad i Teams kring teman som man kommit överens om på förhand, med en mentor som guide.',
  'welcome.exchange.title': 'Personalutbyte',
  'welcome.exchange.text': 'Besök ett annat bibliotek under 1–5 dagar. Det regionala utvecklingsuppdraget står för rese- och logikostnaderna.',
  'welcome.regionKnown': 'Din region: {region}.',
  'welcome.helpHint': 'Skriv "hjälp" när som helst för att se det här kortet igen.',
  'welcome.channelHint': 'I en kanal nämner du mig: @Kollega hjälp',

  'action.showNetworks': 'Nätverken i min region',
  'action.showEvents': 'Kommande evenemang',
  'action.showGroups': 'Stödgrupper',
  'action.chooseRegion': 'Välj min region',
  'action.changeRegion': 'Byt region',
  'action.help': 'Hjälp',

  'unknown.text': 'Tyvärr förstod jag inte. Det här kan jag hjälpa till med:',

  'region.picker.title': 'I vilken region jobbar du?',
  'region.picker.text': 'Välj ditt biblioteks region. Kollega visar sedan vad regionens utvecklingsuppdrag erbjuder.',
  'region.picker.label': 'Region',
  'region.picker.error': 'Välj en region i listan.',
  'region.picker.submit': 'Visa nätverk',
  'region.saved': 'Din region är nu {region}.',

  'networks.title': 'Nätverk i {region}',
  'networks.runBy': 'Leds av {unit}.',
  'networks.coordinator': 'Koordinator: {names}',
  'networks.coordinators': 'Koordinatorer: {names}',
  'networks.empty': '{unit} har ännu inga nätverk i Kollega. De syns här när det första startar.',

  'team.welcome.title': 'Kollega finns nu i det här teamet',
  'team.welcome.text':
    'Jag berättar om nätverkets nyheter i den här kanalen. Vem som helst kan fråga mig genom att nämna mig, till exempel "@Kollega hjälp".',

  'networks.joinInChat': 'Du kan gå med i ett nätverk i din personliga chatt med Kollega.',
  'networks.standing.member': 'Du är medlem.',
  'networks.standing.pending': 'Din begäran väntar på koordinatorns beslut.',
  'action.askToJoin': 'Be att få gå med',
  'action.withdraw': 'Återkalla begäran',
  'action.leave': 'Lämna nätverket',
  'action.leaveConfirm': 'Ja, lämna {network}',
  'action.openTeam': 'Öppna teamet',
  'join.form.message': 'Meddelande till koordinatorn (frivilligt)',
  'join.form.library': 'Ditt bibliotek',
  'join.form.send': 'Skicka begäran',
  'join.sent': 'Din begäran att gå med i {network} skickades till {coordinators}.',
  'join.alreadyPending': 'Du har redan bett att få gå med i {network}, så ingen ny begäran skickades. Koordinatorn svarar dig.',
  'join.alreadyMember': 'Du är redan medlem i {network}.',
  'join.unknownNetwork': 'Jag hittade inget sådant nätverk. Här är nätverken i din region:',
  'join.withdrawn': 'Du återkallade din begäran att gå med i {network}.',
  'join.left': 'Du lämnade {network}.',
  'join.notMember': 'Du är inte medlem i {network}, så det finns inget att lämna.',
  'join.noCoordinatorReachable':
    'Koordinatorerna för {network} har inte öppnat Kollega i Teams ännu, så din begäran väntar på dem. Du kan också kontakta {coordinators} direkt.',

  'approval.title': '{name} ber att få gå med i {network}',
  'approval.library': 'Bibliotek',
  'approval.message': 'Meddelande',
  'approval.asked': 'Begärd',
  'approval.none': '(inte angett)',
  'approval.reasonLabel': 'Motivering (frivillig, skickas till {name})',
  'approval.declineConfirm': 'Avslå begäran',
  'action.approve': 'Godkänn',
  'action.decline': 'Avslå',
  'approval.approvedBy': 'Godkänd av {name} {when}.',
  'approval.declinedBy': 'Avslagen av {name} {when}.',
  'approval.withdrawn': '{name} återkallade begäran {when}.',
  'approval.teams.manual': 'Medlemskapet i Teams sköts inte automatiskt här: lägg till {name} i nätverkets team för hand.',
  'approval.teams.pending': 'Kollega lägger till {name} i nätverkets team.',
  'approval.teams.done': '{name} är nu medlem i nätverkets team.',
  'approval.teams.failed': 'Kollega kunde inte lägga till {name} i teamet: {detail} Lägg till personen för hand.',
  'approval.forbidden': 'Endast koordinatorerna för {network} kan besluta om den här begäran. Ingenting ändrades.',
  'approval.alreadyDecided': 'Den här begäran har redan avgjorts, så ingenting ändrades.',

  'outcome.approved': 'Välkommen till {network}! {coordinator} godkände din begäran.',
  'outcome.approvedManual': 'Välkommen till {network}! {coordinator} godkände din begäran och lägger till dig i nätverkets team i Teams.',
  'outcome.declined': '{coordinator} avslog din begäran att gå med i {network}.',
  'outcome.reason': 'Motivering: {reason}',

  'coord.requests.title': 'Anslutningsbegäranden: {network}',
  'coord.requests.none': 'Det finns inga väntande begäranden.',
  'coord.members.title': 'Medlemmar i {network} ({count})',
  'coord.members.none': 'Nätverket har ännu inga medlemmar i Kollega.',
  'coord.notCoordinator': 'Endast ett nätverks koordinatorer kan se dess begäranden och medlemmar.',

  'teams.failure.no-entra-id': 'Teams gav inte personens Entra ID.',
  'teams.failure.no-email': 'Teams gav inte den e-postadress som en gästinbjudan behöver.',
  'teams.failure.user-not-found': 'Microsoft 365 känner inte till personen.',
  'teams.failure.forbidden': 'Kollega saknar behörigheten i Microsoft 365.',
  'teams.failure.rejected': 'Microsoft 365 avvisade ändringen.',
  'teams.failure.gave-up': 'Microsoft 365 svarade inte, trots nya försök.',
  'error.unknownRequest': 'Kollega hanterar inte den här sortens begäran, så ingenting ändrades.',
  'error.invalidAction': 'Knappen gäller inte längre, så ingenting ändrades. Här är ett uppdaterat kort.',
  'error.unknownRegion': 'En sådan region finns inte i Kollega. Ingenting ändrades; välj en region i listan.',
  'error.generic': 'Något gick fel hos oss och ingenting ändrades. Försök igen om en stund.',
  'error.storeUnavailable': 'Kollega når inte sin databas just nu, så ingenting sparades. Försök igen om ett par minuter.',
  'error.signInRequired': 'Logga in med ditt Teams-konto för att se det här.',
  'error.notFound': 'Hittades inte.',
  'error.cardInput': 'Ingenting sparades: {details}',
  'error.badRequest': 'Begäran är ogiltig: {details}',
  'error.body.notJson': 'innehållet måste vara JSON (Content-Type: application/json)',
  'error.body.tooLarge': 'innehållet är för stort',
  'error.body.malformed': 'innehållet är inte giltig JSON',
  ...eventsSv,
  ...mentoringSv,
  ...exchangeSv,
  ...exchangeBotSv,
  ...privacySv,
  ...resourcesSv,
  ...resourcesBotSv,
};
