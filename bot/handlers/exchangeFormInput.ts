/**
 * Between the apply form's text fields and the service's plan: what the card sent, kept as typed so the form can
 * be shown again; the plan made of it (euros to cents); and an application's plan as form values to go on with.
 * Whether the plan is right (libraries, dates, addresses) is the service's to say.
 */
import type { ExchangePlan } from '../../shared/domain/exchange/plan';
import type { Language } from '../../shared/i18n/language';
import type { ExchangeRecord } from '../../shared/store/repositories/exchange';
import type { CardAction } from '../activities/cardActions';
import type { ExchangeFormValues } from '../cards/exchangeForm';
import { centsOf, centsText } from '../cards/exchangeText';

type WriteAction = Extract<CardAction, { action: 'exchangeSave' | 'exchangeSend' }>;

export function formValues(a: WriteAction): ExchangeFormValues {
  return {
    homeLibraryId: a.homeLibraryId ?? '',
    hostLibraryId: a.hostLibraryId ?? '',
    startsOn: a.startsOn ?? '',
    endsOn: a.endsOn ?? '',
    kind: a.kind === 'reciprocal' ? 'reciprocal' : 'oneWay',
    returnVisitor: a.returnVisitor ?? '',
    returnStartsOn: a.returnStartsOn ?? '',
    returnEndsOn: a.returnEndsOn ?? '',
    expectations: a.expectations ?? '',
    expertise: a.expertise ?? '',
    languagePractice: a.languagePractice === 'true' ? 'true' : 'false',
    supervisorName: a.supervisorName ?? '',
    supervisorEmail: a.supervisorEmail ?? '',
    hostContactName: a.hostContactName ?? '',
    hostContactEmail: a.hostContactEmail ?? '',
    travelEstimate: a.travelEstimate ?? '',
    stayEstimate: a.stayEstimate ?? '',
  };
}

/** The plan of the form's values; undefined when an amount is not one (the form says so and keeps the text). */
export function planOf(v: ExchangeFormValues): ExchangePlan | undefined {
  const travel = centsOf(v.travelEstimate);
  const stay = centsOf(v.stayEstimate);
  if (travel === null || stay === null) return undefined;
  const reciprocal = v.kind === 'reciprocal';
  return {
    homeLibraryId: v.homeLibraryId,
    hostLibraryId: v.hostLibraryId || null,
    startsOn: v.startsOn || null,
    endsOn: v.endsOn || null,
    reciprocal,
    returnVisitor: (reciprocal && v.returnVisitor) || null,
    returnStartsOn: (reciprocal && v.returnStartsOn) || null,
    returnEndsOn: (reciprocal && v.returnEndsOn) || null,
    expectations: v.expectations,
    expertise: v.expertise,
    languagePractice: v.languagePractice === 'true',
    supervisorName: v.supervisorName,
    supervisorEmail: v.supervisorEmail,
    hostContactName: v.hostContactName,
    hostContactEmail: v.hostContactEmail,
    travelEstimateCents: travel ?? 0,
    stayEstimateCents: stay ?? 0,
  };
}

/** A saved application as the form shows it for going on (an estimate of 0 shows as blank, as it was left). */
export function valuesOf(a: ExchangeRecord, lang: Language): ExchangeFormValues {
  return {
    homeLibraryId: a.homeLibraryId,
    hostLibraryId: a.hostLibraryId ?? '',
    startsOn: a.startsOn ?? '',
    endsOn: a.endsOn ?? '',
    kind: a.reciprocal ? 'reciprocal' : 'oneWay',
    returnVisitor: a.returnVisitor ?? '',
    returnStartsOn: a.returnStartsOn ?? '',
    returnEndsOn: a.returnEndsOn ?? '',
    expectations: a.expectations,
    expertise: a.expertise,
    languagePractice: a.languagePractice ? 'true' : 'false',
    supervisorName: a.supervisorName,
    supervisorEmail: a.supervisorEmail,
    hostContactName: a.hostContactName,
    hostContactEmail: a.hostContactEmail,
    travelEstimate: a.travelEstimateCents ? centsText(a.travelEstimateCents, lang) : '',
    stayEstimate: a.stayEstimateCents ? centsText(a.stayEstimateCents, lang) : '',
  };
}
