/** Finnish. Keys and {placeholders} as in en.ts. */
import type { Catalog } from './en';
import { eventsFi } from './events/fi';
import { exchangeFi } from './exchange/fi';
import { exchangeBotFi } from './exchangeBot/fi';
import { privacyFi } from './privacy/fi';
import { resourcesFi } from './resources/fi';
import { resourcesBotFi } from './resourcesBot/fi';
import { mentoringFi } from './mentoring/fi';

export const fi: Catalog = {
  'app.name': 'Kollega',
  'app.tagline': 'Vertaisoppimista kirjastojen henkilökunnalle',

  'welcome.title': 'Tervetuloa Kollegaan',
  'welcome.intro':
    'Kollega tuo alueesi yleisten kirjastojen vertaisoppimisen Teamsiin. Sitä ylläpitää alueellinen kehittämistehtävä.',
  'welcome.networks.title': 'Verkostot',
  'welcome.networks.text':
    'Liity kollegojen verkostoon, jossa tehdään samaa työtä kuin sinä, esimerkiksi senioreiden tai lasten ja nuorten parissa.',
  'welcome.coffee.title': 'Kahvihetket ja verkostopäivät',
  'welcome.coffee.text': 'Kirjakahveilla vinkataan kirjoja, ideakahveilla jaetaan käytäntöjä. Ilmoittaudu suoraan Teamsissa.',
  'welcome.mentoring.title': 'Ryhmämentorointi',
  'welcome.mentoring.text': 'Tukiryhmät kokoontuvat kuukausittain Teamsissa ennalta sovittujen teemojen äärelle mentorin ohjaamina.',
  'welcome.exchange.title': 'Työntekijävaihto',
  'welcome.exchange.text': 'Vieraile toisessa kirjastossa 1–5 päivää. Alueellinen kehittämistehtävä maksaa matka- ja majoituskulut.',
  'welcome.regionKnown': 'Alueesi: {region}.',
  'welcome.helpHint': 'Kirjoita milloin tahansa "apua", niin näet tämän kortin uudelleen.',
  'welcome.channelHint': 'Kanavalla mainitse minut: @Kollega apua',

  'action.showNetworks': 'Alueeni verkostot',
  'action.showEvents': 'Tulevat tapahtumat',
  'action.showGroups': 'Tukiryhmät',
  'action.chooseRegion': 'Valitse alueeni',
  'action.changeRegion': 'Vaihda aluetta',
  'action.help': 'Ohje',

  'unknown.text': 'Valitettavasti en ymmärtänyt. Voin auttaa näissä asioissa:',

  'region.picker.title': 'Millä alueella työskentelet?',
  'region.picker.text': 'Valitse kirjastosi alue. Kollega näyttää sitten, mitä alueen kehittämistehtävä tarjoaa.',
  'region.picker.label': 'Alue',
  'region.picker.error': 'Valitse alue luettelosta.',
  'region.picker.submit': 'Näytä verkostot',
  'region.saved': 'Alueesi on nyt {region}.',

  'networks.title': 'Verkostot: {region}',
  'networks.runBy': 'Ylläpitäjä: {unit}.',
  'networks.coordinator': 'Koordinaattori: {names}',
  'networks.coordinators': 'Koordinaattorit: {names}',
  'networks.empty': 'Kehittämistehtävällä {unit} ei ole vielä verkostoja Kollegassa. Ne näkyvät tässä, kun ensimmäinen perustetaan.',

  'team.welcome.title': 'Kollega on nyt tässä tiimissä',
  'team.welcome.text':
    'Kerron tällä kanavalla verkoston uutiset. Minulta voi kysyä mainitsemalla minut, esimerkiksi "@Kollega apua".',

  'networks.joinInChat': 'Voit liittyä verkostoon henkilökohtaisessa keskustelussasi Kollegan kanssa.',
  'networks.standing.member': 'Olet jäsen.',
  'networks.standing.pending': 'Pyyntösi odottaa koordinaattorin päätöstä.',
  'action.askToJoin': 'Pyydä liittyä',
  'action.withdraw': 'Peru pyyntö',
  'action.leave': 'Eroa verkostosta',
  'action.leaveConfirm': 'Kyllä, eroa verkostosta {network}',
  'action.openTeam': 'Avaa tiimi',
  'join.form.message': 'Viesti koordinaattorille (vapaaehtoinen)',
  'join.form.library': 'Kirjastosi',
  'join.form.send': 'Lähetä pyyntö',
  'join.sent': 'Pyyntösi liittyä verkostoon {network} lähetettiin koordinaattorille: {coordinators}.',
  'join.alreadyPending': 'Olet jo pyytänyt liittyä verkostoon {network}, joten uutta pyyntöä ei lähetetty. Koordinaattori vastaa sinulle.',
  'join.alreadyMember': 'Olet jo verkoston {network} jäsen.',
  'join.unknownNetwork': 'En löytänyt sellaista verkostoa. Tässä alueesi verkostot:',
  'join.withdrawn': 'Peruit pyyntösi liittyä verkostoon {network}.',
  'join.left': 'Erosit verkostosta {network}.',
  'join.notMember': 'Et ole verkoston {network} jäsen, joten siitä ei voi erota.',
  'join.noCoordinatorReachable':
    'Verkoston {network} koordinaattorit eivät ole vielä avanneet Kollegaa Teamsissa, joten pyyntösi odottaa heitä. Voit myös ottaa yhteyttä suoraan: {coordinators}.',

  'approval.title': '{name} pyytää liittyä verkostoon {network}',
  'approval.library': 'Kirjasto',
  'approval.message': 'Viesti',
  'approval.asked': 'Pyydetty',
  'approval.none': '(ei annettu)',
  'approval.reasonLabel': 'Perustelu (vapaaehtoinen, lähetetään henkilölle {name})',
  'approval.declineConfirm': 'Hylkää pyyntö',
  'action.approve': 'Hyväksy',
  'action.decline': 'Hylkää',
  'approval.approvedBy': 'Hyväksyjä: {name}, {when}.',
  'approval.declinedBy': 'Hylkääjä: {name}, {when}.',
  'approval.withdrawn': '{name} perui pyynnön {when}.',
  'approval.teams.manual': 'Teams-jäsenyyttä ei ole automatisoitu: lisää {name} verkoston tiimiin käsin.',
  'approval.teams.pending': 'Kollega lisää henkilöä {name} verkoston tiimiin.',
  'approval.teams.done': '{name} on nyt verkoston tiimin jäsen.',
  'approval.teams.failed': 'Kollega ei voinut lisätä henkilöä {name} tiimiin: {detail} Lisää hänet käsin.',
  'approval.forbidden': 'Vain verkoston {network} koordinaattorit voivat päättää tästä pyynnöstä. Mitään ei muutettu.',
  'approval.alreadyDecided': 'Pyynnöstä on jo päätetty, joten mitään ei muutettu.',

  'outcome.approved': 'Tervetuloa verkostoon {network}! {coordinator} hyväksyi pyyntösi.',
  'outcome.approvedManual': 'Tervetuloa verkostoon {network}! {coordinator} hyväksyi pyyntösi ja lisää sinut verkoston tiimiin Teamsissa.',
  'outcome.declined': '{coordinator} hylkäsi pyyntösi liittyä verkostoon {network}.',
  'outcome.reason': 'Perustelu: {reason}',

  'coord.requests.title': 'Liittymispyynnöt: {network}',
  'coord.requests.none': 'Odottavia pyyntöjä ei ole.',
  'coord.members.title': 'Verkoston {network} jäsenet ({count})',
  'coord.members.none': 'Verkostolla ei ole vielä jäseniä Kollegassa.',
  'coord.notCoordinator': 'Vain verkoston koordinaattorit näkevät sen pyynnöt ja jäsenet.',

  'teams.failure.no-entra-id': 'Teams ei kertonut henkilön Entra ID -tunnistetta.',
  'teams.failure.no-email': 'Teams ei kertonut vierailijakutsuun tarvittavaa sähköpostiosoitetta.',
  'teams.failure.user-not-found': 'Microsoft 365 ei tunne henkilöä.',
  'teams.failure.forbidden': 'Kollegalla ei ole tarvittavaa oikeutta Microsoft 365:ssä.',
  'teams.failure.rejected': 'Microsoft 365 torjui muutoksen.',
  'teams.failure.gave-up': 'Microsoft 365 ei vastannut uusintayrityksistä huolimatta.',
  'error.unknownRequest': 'Kollega ei käsittele tällaista pyyntöä, joten mitään ei muutettu.',
  'error.invalidAction': 'Painike ei ole enää voimassa, joten mitään ei muutettu. Tässä ajantasainen kortti.',
  'error.unknownRegion': 'Kollegassa ei ole tällaista aluetta. Mitään ei muutettu; valitse alue luettelosta.',
  'error.generic': 'Meillä tapahtui virhe, eikä mitään muutettu. Yritä hetken kuluttua uudelleen.',
  'error.storeUnavailable': 'Kollega ei juuri nyt saa yhteyttä tietokantaansa, joten mitään ei tallennettu. Yritä uudelleen parin minuutin kuluttua.',
  'error.signInRequired': 'Kirjaudu Teams-tililläsi nähdäksesi tämän.',
  'error.notFound': 'Ei löytynyt.',
  'error.cardInput': 'Mitään ei tallennettu: {details}',
  'error.badRequest': 'Pyyntö ei kelpaa: {details}',
  'error.body.notJson': 'sisällön on oltava JSONia (Content-Type: application/json)',
  'error.body.tooLarge': 'sisältö on liian suuri',
  'error.body.malformed': 'sisältö ei ole kelvollista JSONia',
  ...eventsFi,
  ...mentoringFi,
  ...exchangeFi,
  ...exchangeBotFi,
  ...privacyFi,
  ...resourcesFi,
  ...resourcesBotFi,
};
