/**
 * The application form's values as typed, and the plan the API takes. Kept apart from the dialog so the
 * conversions (empty dates are none, euros to cents, a one-way visit has no return) are tested on their own.
 */
import type { Lang } from '../../../../shared/api/tabContract';
import type { ExchangePlan, ExchangeView, LibrarySummary } from './exchangeTypes';
import { eurosForField, parseEuros } from './money';

export interface PlanForm {
  home: LibrarySummary | null;
  host: LibrarySummary | null;
  startsOn: string;
  endsOn: string;
  reciprocal: boolean;
  returnVisitor: string;
  returnStartsOn: string;
  returnEndsOn: string;
  expectations: string;
  expertise: string;
  languagePractice: boolean;
  supervisorName: string;
  supervisorEmail: string;
  hostContactName: string;
  hostContactEmail: string;
  /** Euros as typed. */
  travel: string;
  stay: string;
}

export const emptyPlanForm: PlanForm = {
  home: null, host: null, startsOn: '', endsOn: '', reciprocal: false, returnVisitor: '', returnStartsOn: '', returnEndsOn: '',
  expectations: '', expertise: '', languagePractice: false, supervisorName: '', supervisorEmail: '', hostContactName: '',
  hostContactEmail: '', travel: '', stay: '',
};

/** A saved application back in the form, to finish a draft or answer a request for changes. */
export function formOfView(view: ExchangeView, lang: Lang): PlanForm {
  return {
    home: view.homeLibrary, host: view.hostLibrary, startsOn: view.startsOn ?? '', endsOn: view.endsOn ?? '', reciprocal: view.reciprocal,
    returnVisitor: view.returnVisitor ?? '', returnStartsOn: view.returnStartsOn ?? '', returnEndsOn: view.returnEndsOn ?? '',
    expectations: view.expectations, expertise: view.expertise, languagePractice: view.languagePractice,
    supervisorName: view.supervisorName, supervisorEmail: view.supervisorEmail, hostContactName: view.hostContactName, hostContactEmail: view.hostContactEmail,
    // An estimate of 0 was "not known yet": an empty field says so better than "0,00".
    travel: view.travelEstimateCents ? eurosForField(view.travelEstimateCents, lang) : '',
    stay: view.stayEstimateCents ? eurosForField(view.stayEstimateCents, lang) : '',
  };
}

/** What the form itself can tell is wrong before asking the server (which checks the rest). */
export type FormProblem = 'homeMissing' | 'travelInvalid' | 'stayInvalid';

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function planOfForm(form: PlanForm, lang: Lang): { ok: true; plan: ExchangePlan } | { ok: false; problems: FormProblem[] } {
  const travel = parseEuros(form.travel, lang);
  const stay = parseEuros(form.stay, lang);
  const problems: FormProblem[] = [];
  if (!form.home) problems.push('homeMissing');
  if (travel === null) problems.push('travelInvalid');
  if (stay === null) problems.push('stayInvalid');
  if (!form.home || travel === null || stay === null) return { ok: false, problems };
  return {
    ok: true,
    plan: {
      homeLibraryId: form.home.id,
      hostLibraryId: form.host?.id ?? null,
      startsOn: orNull(form.startsOn),
      endsOn: orNull(form.endsOn),
      reciprocal: form.reciprocal,
      // A one-way visit has no return: what was typed before switching is not sent. (The API takes no null text.)
      returnVisitor: form.reciprocal ? form.returnVisitor.trim() : '',
      returnStartsOn: form.reciprocal ? orNull(form.returnStartsOn) : null,
      returnEndsOn: form.reciprocal ? orNull(form.returnEndsOn) : null,
      expectations: form.expectations.trim(),
      expertise: form.expertise.trim(),
      languagePractice: form.languagePractice,
      supervisorName: form.supervisorName.trim(),
      supervisorEmail: form.supervisorEmail.trim(),
      hostContactName: form.hostContactName.trim(),
      hostContactEmail: form.hostContactEmail.trim(),
      travelEstimateCents: travel,
      stayEstimateCents: stay,
    },
  };
}
