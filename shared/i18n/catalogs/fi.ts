/** Finnish. Keys and {placeholders} as in en.ts. */
import type { Catalog } from './en';

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

  'error.invalidAction': 'Painike ei ole enää voimassa, joten mitään ei muutettu. Tässä ajantasainen kortti.',
  'error.unknownRegion': 'Kollegassa ei ole tällaista aluetta. Mitään ei muutettu; valitse alue luettelosta.',
  'error.generic': 'Meillä tapahtui virhe, eikä mitään muutettu. Yritä hetken kuluttua uudelleen.',
  'error.notFound': 'Ei löytynyt.',
  'error.badRequest': 'Pyyntö ei kelpaa: {details}',
};
