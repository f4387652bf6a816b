/** What an application says: the visit, its purpose, who agrees, the money (estimated, granted, actual, paid). */
import { useI18n } from '../i18n/I18nContext';
import { formatDays } from './dates';
import type { ExchangeRecord, ExchangeView, LibrarySummary } from './exchangeTypes';
import { FactList, type Fact } from './FactList';
import { libraryWithTown } from './libraryNames';
import { formatEuros } from './money';

type Shown = ExchangeRecord & Partial<Pick<ExchangeView, 'workingDays' | 'outside'>> & { applicantName: string | null; homeLibrary: LibrarySummary | null; hostLibrary: LibrarySummary | null };

export function VisitFacts({ application: a, showOutside }: { application: Shown; showOutside?: boolean }) {
  const { t, lang } = useI18n();
  const euros = (cents: number | null) => (cents === null ? null : formatEuros(cents, lang));
  const person = (name: string, email: string) => [name, email && `<${email}>`].filter(Boolean).join(' ');
  const outside = (who: 'supervisor' | 'host') => (showOutside && a.outside?.[who] && a.state !== 'draft' ? ` (${t('exchange.facts.outside')})` : '');
  const days = formatDays(a.startsOn, a.endsOn, lang);
  const host = a.hostLibrary && `${libraryWithTown(a.hostLibrary, lang)}${a.hostLibrary.bilingual ? ` · ${t('exchange.library.bilingual')}` : ''}`;
  const actual = a.actualTravelCents === null ? null : t('exchange.facts.costsOf', {
    travel: formatEuros(a.actualTravelCents, lang), stay: formatEuros(a.actualStayCents ?? 0, lang), total: formatEuros(a.actualTravelCents + (a.actualStayCents ?? 0), lang),
  });
  const facts: Fact[] = [
    [t('exchange.facts.applicant'), a.applicantName],
    [t('exchange.form.home'), libraryWithTown(a.homeLibrary, lang)],
    [t('exchange.form.host'), host || t('exchange.facts.notChosen')],
    [t('exchange.facts.dates'), days && (a.workingDays ? t('exchange.facts.datesDays', { dates: days, count: a.workingDays }) : days)],
    [t('exchange.form.kind'), a.reciprocal ? t('exchange.reciprocal') : t('exchange.oneWay')],
    [t('exchange.form.returnVisitor'), a.reciprocal && a.returnVisitor],
    [t('exchange.facts.returnDates'), a.reciprocal && formatDays(a.returnStartsOn, a.returnEndsOn, lang)],
    [t('exchange.form.expectations'), a.expectations],
    [t('exchange.form.expertise'), a.expertise],
    [t('exchange.facts.languagePractice'), a.languagePractice ? t('exchange.facts.yes') : t('exchange.facts.no')],
    [t('exchange.facts.supervisor'), a.supervisorName && person(a.supervisorName, a.supervisorEmail) + outside('supervisor')],
    [t('exchange.facts.hostContact'), a.hostContactName && person(a.hostContactName, a.hostContactEmail) + outside('host')],
    [t('exchange.facts.mentor'), a.mentorName && person(a.mentorName, a.mentorEmail ?? '')],
    [t('exchange.facts.estimate'), t('exchange.facts.costsOf', {
      travel: formatEuros(a.travelEstimateCents, lang), stay: formatEuros(a.stayEstimateCents, lang), total: formatEuros(a.travelEstimateCents + a.stayEstimateCents, lang),
    })],
    [t('exchange.facts.granted'), euros(a.grantedCents)],
    [t('exchange.facts.actual'), actual],
    [t('exchange.facts.reimbursed'), euros(a.reimbursedCents)],
    [t('exchange.facts.reason'), (a.state === 'changesRequested' || a.state === 'declined') && a.lastReason],
  ];
  return <FactList facts={facts} />;
}
