/** Swedish (as written in Finland). Keys and {placeholders} as in en.ts. */
import type { Catalog } from './en';

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

  'error.invalidAction': 'Knappen gäller inte längre, så ingenting ändrades. Här är ett uppdaterat kort.',
  'error.unknownRegion': 'En sådan region finns inte i Kollega. Ingenting ändrades; välj en region i listan.',
  'error.generic': 'Något gick fel hos oss och ingenting ändrades. Försök igen om en stund.',
  'error.notFound': 'Hittades inte.',
  'error.badRequest': 'Begäran är ogiltig: {details}',
};
