/** Gruppmentorskapets texter på svenska. */
import type { mentoringEn } from './en';

export const mentoringSv: Record<keyof typeof mentoringEn, string> = {
  'mentoring.notCoordinator': 'Endast den här utvecklingsenhetens koordinatorer kan ändra dess mentorskap.',
  'mentoring.unknownUnit': 'Det finns ingen sådan utvecklingsenhet.',
  'mentoring.season.invalidDate': 'Ange säsongens första och sista dag som riktiga datum.',
  'mentoring.season.endsBeforeStart': 'Säsongen måste sluta efter att den börjat.',
  'mentoring.season.tooLong': 'En säsong är högst ett år lång.',
  'mentoring.season.endsInPast': 'Den här säsongen skulle redan vara över.',
  'mentoring.group.unknownPerson': 'Någon som nämnts som mentor eller medlem är okänd för Kollega.',
  'mentoring.group.overCapacity': 'Det finns fler medlemmar än gruppens storleksgräns tillåter.',
  'mentoring.group.networkNotInUnit': 'Nätverket hör inte till den här utvecklingsenheten.',
  'mentoring.group.mentorAndMember': 'Samma person kan inte vara både mentor och medlem.',
  'mentoring.group.nameRequired': 'Ange gruppens namn och inriktning på finska och svenska.',
  'mentoring.group.full': 'Gruppen är full.',
  'mentoring.application.alreadyInGroup': 'Du är redan med i den här gruppen.',
  'mentoring.application.seasonOver': 'Den här gruppens säsong är över.',
  'mentoring.application.alreadyDecided': 'Den här ansökan har redan avgjorts.',
  'mentoring.application.full': 'Gruppen är full: ingen fler kan godkännas.',
  'mentoring.application.forbidden': 'Du kan inte avgöra den här ansökan.',
  'mentoring.series.invalidTime': "Ange mötenas början och slut som klockslag, t.ex. 14:00.",
  'mentoring.series.endNotAfterStart': "Ett möte måste sluta efter att det börjat.",
  'mentoring.series.tooLong': "Ett möte är högst fyra timmar långt.",
  'mentoring.series.noMeetingInSeason': "Inget möte enligt den här regeln infaller under säsongen.",
  'mentoring.series.alreadyPlanned': "Den här gruppens möten är redan planerade.",
};
