/** På svenska: nätverkets gemensamma material i flikens gränssnittssvar. */
import type { resourcesEn } from './en';

export const resourcesSv: Record<keyof typeof resourcesEn, string> = {
  'resources.period.invalidDate': 'avhämtnings- och återlämningsdagen måste vara riktiga datum',
  'resources.period.returnBeforePickUp': 'återlämningsdagen är före avhämtningsdagen',
  'resources.period.pickUpInPast': 'avhämtningsdagen har redan passerat',
  'resources.period.tooLong': 'ett lån kan vara högst {days} dagar',
  'resources.period.tooFarAhead': 'bokningar kan göras högst {days} dagar framåt',
  'resources.period.unknownLibrary': 'välj ett bibliotek i nätverkets region',
  'resources.taken': 'Spelet är redan bokat för {periods}. Ingenting bokades; välj andra dagar.',
  'resources.notMember': 'Bara nätverkets medlemmar kan boka dess spel. Be först om att få gå med i nätverket; ingenting bokades.',
  'resources.notCoordinator': 'Bara nätverkets koordinatorer kan ändra dess spel, läsutmaning och guider. Ingenting ändrades.',
  'resources.refusal.notYours': 'Bara nätverkets koordinatorer kan göra detta; den som bokade kan avboka sin egen bokning. Ingenting ändrades.',
  'resources.refusal.closed': 'Bokningen är redan avslutad, så ingenting ändrades.',
  'resources.refusal.notNow': 'Det steget passar inte där bokningen är nu, så ingenting ändrades.',
  'resources.refusal.noteRequired': 'Ingenting sparades: ett avslag behöver en motivering, och en återlämning med saknade eller skadade delar en anteckning om dem.',
  'resources.refusal.gameStillOut': 'Spelet är fortfarande utlånat till ett annat bibliotek: registrera först dess återlämning. Ingenting ändrades.',
  'resources.refusal.stale': 'Någon ändrade bokningen under tiden, så ingenting ändrades. Titta på den igen som den är nu.',
  'resources.range.invalid': 'kalenderns intervall måste vara riktiga dagar i ordning, högst {days} dagar',
  'resources.challenge.titleMissing': 'utmaningen behöver en rubrik på finska och på svenska',
  'resources.challenge.noTasks': 'utmaningen behöver minst en uppgift',
  'resources.challenge.tooManyTasks': 'en utmaning kan ha högst {max} uppgifter',
  'resources.challenge.taskMissingLanguage': 'varje uppgift behöver sin finska och sin svenska text',
  'resources.challenge.yearOutOfRange': 'året måste vara mellan {first} och nästa år',
  'resources.guide.titleMissing': 'guiden behöver en rubrik',
  'resources.guide.noEdition': 'ge en länk till minst ett språks utgåva',
  'resources.guide.unsafeLink': 'länkarna måste vara webbadresser (https://…)',
};
