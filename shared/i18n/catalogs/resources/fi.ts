/** Suomeksi: verkoston yhteiset materiaalit välilehden rajapinnan vastauksissa. */
import type { resourcesEn } from './en';

export const resourcesFi: Record<keyof typeof resourcesEn, string> = {
  'resources.period.invalidDate': 'nouto- ja palautuspäivän on oltava oikeita päivämääriä',
  'resources.period.returnBeforePickUp': 'palautuspäivä on ennen noutopäivää',
  'resources.period.pickUpInPast': 'noutopäivä on jo mennyt',
  'resources.period.tooLong': 'laina voi kestää enintään {days} päivää',
  'resources.period.tooFarAhead': 'varauksia voi tehdä enintään {days} päivän päähän',
  'resources.period.unknownLibrary': 'valitse kirjasto verkoston alueelta',
  'resources.taken': 'Peli on jo varattu ajalle {periods}. Mitään ei varattu; valitse muut päivät.',
  'resources.notMember': 'Vain verkoston jäsenet voivat varata sen pelejä. Pyydä ensin liittymistä verkostoon; mitään ei varattu.',
  'resources.notCoordinator': 'Vain verkoston koordinaattorit voivat muuttaa sen pelejä, lukuhaastetta ja oppaita. Mitään ei muutettu.',
  'resources.refusal.notYours': 'Vain verkoston koordinaattorit voivat tehdä tämän; varaaja voi perua oman varauksensa. Mitään ei muutettu.',
  'resources.refusal.closed': 'Tämä varaus on jo päättynyt, joten mitään ei muutettu.',
  'resources.refusal.notNow': 'Tämä vaihe ei sovi varauksen nykyiseen tilaan, joten mitään ei muutettu.',
  'resources.refusal.noteRequired': 'Mitään ei tallennettu: hylkäykselle tarvitaan syy, ja palautukselle, josta puuttuu osia tai joka on vaurioitunut, huomautus niistä.',
  'resources.refusal.gameStillOut': 'Peli on vielä lainassa toisessa kirjastossa: kirjaa ensin sen palautus. Mitään ei muutettu.',
  'resources.refusal.stale': 'Joku muutti varausta sillä välin, joten mitään ei muutettu. Katso varaus uudelleen sellaisena kuin se nyt on.',
  'resources.range.invalid': 'kalenterin välin on oltava oikeita päiviä oikeassa järjestyksessä, enintään {days} päivää',
  'resources.challenge.titleMissing': 'haasteelle tarvitaan otsikko suomeksi ja ruotsiksi',
  'resources.challenge.noTasks': 'haasteessa on oltava vähintään yksi tehtävä',
  'resources.challenge.tooManyTasks': 'haasteessa voi olla enintään {max} tehtävää',
  'resources.challenge.taskMissingLanguage': 'jokaiselle tehtävälle tarvitaan suomen- ja ruotsinkielinen teksti',
  'resources.challenge.yearOutOfRange': 'vuoden on oltava vähintään {first} ja enintään ensi vuosi',
  'resources.guide.titleMissing': 'oppaalle tarvitaan otsikko',
  'resources.guide.noEdition': 'anna linkki ainakin yhden kielen versioon',
  'resources.guide.unsafeLink': 'linkkien on oltava verkko-osoitteita (https://…)',
};
