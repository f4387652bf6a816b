/**
 * The Uusimaa libraries' reading challenge (lukuhaaste / läsutmaning): one per network and year, its title,
 * introduction and tasks written in Finnish and Swedish, both of which a bilingual region's readers need.
 * A coordinator may save it unpublished while writing; once published the network's libraries read it, and
 * earlier years stay readable.
 */
export interface BilingualText {
  fi: string;
  sv: string;
}

export interface ChallengeDraft {
  year: number;
  title: BilingualText;
  intro: BilingualText;
  tasks: BilingualText[];
}

export const MAX_TASKS = 60;
export const FIRST_YEAR = 2000;

export type ChallengeError = 'titleMissing' | 'noTasks' | 'tooManyTasks' | 'taskMissingLanguage' | 'yearOutOfRange';

/** What keeps a challenge from being published; `publish` false lets a half-written one be saved. */
export function checkChallenge(draft: ChallengeDraft, publish: boolean, thisYear: number): ChallengeError[] {
  const errors: ChallengeError[] = [];
  if (draft.year < FIRST_YEAR || draft.year > thisYear + 1) errors.push('yearOutOfRange');
  if (draft.tasks.length > MAX_TASKS) errors.push('tooManyTasks');
  if (!publish) return errors;
  if (!draft.title.fi.trim() || !draft.title.sv.trim()) errors.push('titleMissing');
  if (draft.tasks.length === 0) errors.push('noTasks');
  if (draft.tasks.some((task) => !task.fi.trim() || !task.sv.trim())) errors.push('taskMissingLanguage');
  return errors;
}

/** Blank tasks a form left at the end are dropped rather than published. */
export const withoutBlankTasks = (tasks: readonly BilingualText[]): BilingualText[] => tasks.filter((task) => task.fi.trim() || task.sv.trim());
