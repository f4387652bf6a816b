/**
 * The staff-exchange application as a form: the home and host library picked from the directory of Kollega's
 * regions (searchable; bilingual hosts marked, for language practice), the visit's dates, one-way or reciprocal
 * with the return visit, what the applicant expects and the expertise to deepen, language practice, the supervisor
 * and the host library's contact, and the estimated costs. "Save draft" keeps it unfinished; "Send" asks for it all.
 * Shown again with what was typed and the server's list of what is wrong, when something is.
 */
import { libraryName, searchLibraries } from '../../shared/domain/exchange/libraryDirectory';
import { regionLibraries } from '../../shared/domain/exchange/regionLibraries';
import type { Language } from '../../shared/i18n/language';
import { translator, type MessageKey } from '../../shared/i18n/translate';
import { actionData } from '../activities/cardActions';
import { libraryLabel } from './exchangeText';
import { renderCard, type AdaptiveCard } from './render';
import template from './exchangeForm.card.json';

/** The form's fields as text, as the card sends them back and shows them again. */
export interface ExchangeFormValues {
  homeLibraryId: string;
  hostLibraryId: string;
  startsOn: string;
  endsOn: string;
  kind: 'oneWay' | 'reciprocal';
  returnVisitor: string;
  returnStartsOn: string;
  returnEndsOn: string;
  expectations: string;
  expertise: string;
  languagePractice: 'true' | 'false';
  supervisorName: string;
  supervisorEmail: string;
  hostContactName: string;
  hostContactEmail: string;
  travelEstimate: string;
  stayEstimate: string;
}

export const emptyExchangeForm: ExchangeFormValues = {
  homeLibraryId: '', hostLibraryId: '', startsOn: '', endsOn: '', kind: 'oneWay', returnVisitor: '', returnStartsOn: '', returnEndsOn: '',
  expectations: '', expertise: '', languagePractice: 'false', supervisorName: '', supervisorEmail: '', hostContactName: '', hostContactEmail: '',
  travelEstimate: '', stayEstimate: '',
};

/** The directory's choices in each language, sorted by the name the reader sees; built once per language. */
const choices = new Map<Language, Array<{ title: string; value: string }>>();

function libraryChoices(lang: Language) {
  let list = choices.get(lang);
  if (!list) {
    list = searchLibraries(regionLibraries, '', { lang }).map((library) => ({ title: libraryLabel(library.id, lang) ?? libraryName(library, lang), value: library.id }));
    choices.set(lang, list);
  }
  return list;
}

export interface ExchangeFormInput {
  lang: Language;
  /** The application being written, and the version the form shows; none for a new one. */
  target: { applicationId: string; version: number } | null;
  values: ExchangeFormValues;
  problems?: readonly string[];
  notice?: { text: string; good: boolean };
}

export function exchangeFormCard({ lang, target, values, problems = [], notice }: ExchangeFormInput): AdaptiveCard {
  const t = translator(lang);
  const label = (name: string) => t(`exchangeBot.form.${name}` as MessageKey);
  const labelNames = ['homeLibrary', 'hostLibrary', 'pick', 'startsOn', 'endsOn', 'kind', 'returnVisitor', 'returnStartsOn', 'returnEndsOn', 'expectations', 'expertise', 'languagePractice', 'supervisorName', 'supervisorEmail', 'hostContactName', 'hostContactEmail', 'travel', 'stay', 'required', 'save', 'send'];
  const write = target ? { applicationId: target.applicationId, version: target.version } : {};
  return renderCard(template, {
    notice: notice?.text ?? '',
    noticeColor: notice?.good ? 'Good' : 'Attention',
    problems: problems.length > 0 ? [t('exchangeBot.form.notSaved'), ...problems].map((text) => ({ text })) : [],
    heading: target ? t('exchangeBot.form.edit') : t('exchangeBot.form.new'),
    intro: t('exchangeBot.form.intro'),
    labels: { ...Object.fromEntries(labelNames.map((name) => [name, label(name)])), back: t('exchangeBot.action.back') },
    values,
    libraries: libraryChoices(lang),
    kinds: [
      { title: t('exchangeBot.form.oneWay'), value: 'oneWay' },
      { title: t('exchangeBot.form.reciprocal'), value: 'reciprocal' },
    ],
    sendData: actionData({ action: 'exchangeSend', ...write }),
    saveData: actionData({ action: 'exchangeSave', ...write }),
    backData: actionData({ action: 'exchanges' }),
  });
}
