/** Ryhmämentoroinnin tekstit suomeksi. */
import type { mentoringEn } from './en';

export const mentoringFi: Record<keyof typeof mentoringEn, string> = {
  'mentoring.notCoordinator': 'Vain tämän kehittämisyksikön koordinaattorit voivat muuttaa sen mentorointia.',
  'mentoring.unknownUnit': 'Tällaista kehittämisyksikköä ei ole.',
  'mentoring.season.invalidDate': 'Anna kauden ensimmäinen ja viimeinen päivä oikeina päivämäärinä.',
  'mentoring.season.endsBeforeStart': 'Kauden on päätyttävä alkamisensa jälkeen.',
  'mentoring.season.tooLong': 'Kausi on enintään vuoden mittainen.',
  'mentoring.season.endsInPast': 'Tämä kausi olisi jo päättynyt.',
  'mentoring.group.unknownPerson': 'Joku mentoriksi tai jäseneksi nimetty ei ole Kollegan tuntema.',
  'mentoring.group.overCapacity': 'Jäseniä on enemmän kuin ryhmän kokoraja sallii.',
  'mentoring.group.networkNotInUnit': 'Verkosto ei kuulu tähän kehittämisyksikköön.',
  'mentoring.group.mentorAndMember': 'Sama henkilö ei voi olla sekä mentori että jäsen.',
  'mentoring.group.nameRequired': 'Anna ryhmän nimi ja painopiste suomeksi ja ruotsiksi.',
  'mentoring.group.full': 'Ryhmä on täynnä.',
  'mentoring.application.alreadyInGroup': 'Olet jo tässä ryhmässä.',
  'mentoring.application.seasonOver': 'Tämän ryhmän kausi on päättynyt.',
  'mentoring.application.alreadyDecided': 'Tästä hakemuksesta on jo päätetty.',
  'mentoring.application.full': 'Ryhmä on täynnä: ketään ei voi enää hyväksyä.',
  'mentoring.application.forbidden': 'Et voi päättää tästä hakemuksesta.',
  'mentoring.series.invalidTime': "Anna tapaamisten alku ja loppu kellonaikoina, esim. 14:00.",
  'mentoring.series.endNotAfterStart': "Tapaamisen on päätyttävä alkamisensa jälkeen.",
  'mentoring.series.tooLong': "Tapaaminen on enintään neljän tunnin mittainen.",
  'mentoring.series.noMeetingInSeason': "Yksikään tämän säännön tapaaminen ei osu kaudelle.",
  'mentoring.series.alreadyPlanned': "Tämän ryhmän tapaamiset on jo suunniteltu.",
};
