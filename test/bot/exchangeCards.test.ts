/**
 * Every staff-exchange card in every language and variant (the exchanges list, the apply form, each party's card
 * with and without their buttons, a coordinator recording an outside party's word, the after-visit card, the
 * reminder) is a valid Adaptive Card 1.5 with no input id twice, and is, compiled or reused, exactly what
 * adaptivecards-templating makes of the same data. Also: the commands that open the exchanges, in each language.
 */
import { parseCommand } from '../../bot/commands';
import { afterVisitCard } from '../../bot/cards/exchangeAfterVisit';
import { exchangeCard } from '../../bot/cards/exchangeApplication';
import { emptyExchangeForm, exchangeFormCard } from '../../bot/cards/exchangeForm';
import { exchangesCard } from '../../bot/cards/exchanges';
import { exchangeFacts } from '../../bot/cards/exchangeText';
import { noticeCard } from '../../bot/cards/notice';
import type { AdaptiveCard } from '../../bot/cards/render';
import { welcomeCard } from '../../bot/cards/welcome';
import { languages } from '../../shared/i18n/language';
import type { ExchangeEvent, Party } from '../../shared/domain/exchange/application';
import type { ExchangeView } from '../../shared/services/exchangeViews';
import type { FeedbackDirection } from '../../shared/store/repositories/exchangeAfter';
import { cardProblems } from '../support/cardValidation';
import { templatingDifferences } from '../support/templating';

const id = '0190e6f0-0000-7000-8000-0000000000e1';

/** An application as one person sees it: its state and fields, the steps open to them, the feedback they owe. */
function view(over: Partial<ExchangeView> & { recordFor?: ExchangeView['you']['recordFor'] }, steps: ExchangeEvent['type'][] = [], feedback: FeedbackDirection[] = [], parties: Party[] = ['applicant']): ExchangeView {
  const { recordFor, ...rest } = over;
  return {
    id, unitId: 'ake-borga', applicantId: 'p', state: 'supervisorReview', version: 4, homeLibraryId: 'porvoo-main', hostLibraryId: 'vaasa-main',
    startsOn: '2030-03-05', endsOn: '2030-03-07', reciprocal: false, returnVisitor: null, returnStartsOn: null, returnEndsOn: null,
    expectations: 'Se hur Vasa jobbar med seniorer', expertise: 'Seniorarbete', languagePractice: true, supervisorName: 'Sanna Esihenkilö',
    supervisorEmail: 'sanna@porvoo.fi', hostContactName: 'Hanna Värd', hostContactEmail: 'hanna@vaasa.fi', travelEstimateCents: 12_000, stayEstimateCents: 20_050,
    mentorName: null, mentorEmail: null, grantedCents: null, actualTravelCents: null, actualStayCents: null, reimbursedCents: null, lastReason: null,
    createdAt: '2030-02-01T08:00:00.000Z', updatedAt: '2030-02-01T08:00:00.000Z', applicantName: 'Aino Kirjastolainen', homeLibrary: null, hostLibrary: null,
    workingDays: 3, outside: { supervisor: false, host: Boolean(recordFor?.host.length) },
    history: [
      { seq: 1, at: '2030-02-01T08:00:00.000Z', action: 'create', party: 'applicant', actorId: 'p', actorName: 'Aino', recordedFor: null, reason: null, state: 'draft' },
      { seq: 2, at: '2030-02-01T08:00:00.000Z', action: 'edit', party: 'applicant', actorId: 'p', actorName: 'Aino', recordedFor: null, reason: null, state: 'draft' },
      { seq: 3, at: '2030-02-02T08:00:00.000Z', action: 'confirm', party: 'supervisor', actorId: 'c', actorName: 'Tiina', recordedFor: 'supervisor', reason: null, state: 'hostReview' },
    ],
    feedback: [], story: null,
    you: { parties, steps, recordFor: recordFor ?? { supervisor: [], host: [] }, feedback, story: false },
    ...rest,
  };
}

function everyExchangeCard(): Array<[string, AdaptiveCard]> {
  const cards: Array<[string, AdaptiveCard]> = [];
  for (const lang of languages) {
    const add = (name: string, card: AdaptiveCard) => cards.push([`${lang} ${name}`, card]);
    add('welcome', welcomeCard({ lang }));
    add('exchanges, empty', exchangesCard({ lang, mine: [], waiting: [] }));
    add('exchanges, mine and waiting', exchangesCard({
      lang,
      mine: [view({ state: 'draft', hostLibraryId: null, startsOn: null, endsOn: null }, ['edit', 'submit', 'withdraw']), view({ state: 'changesRequested', lastReason: 'Dates?' }, ['edit', 'withdraw']), view({ state: 'approved' })],
      waiting: [view({ state: 'supervisorReview' }, ['confirm', 'requestChanges', 'decline'])],
      notice: { text: 'x', good: true },
    }));
    add('form, new', exchangeFormCard({ lang, target: null, values: emptyExchangeForm }));
    add('form, draft with problems', exchangeFormCard({
      lang, target: { applicationId: id, version: 3 }, values: { ...emptyExchangeForm, homeLibraryId: 'porvoo-main', kind: 'reciprocal', languagePractice: 'true', travelEstimate: '12,50' },
      problems: ['a', 'b'], notice: { text: 'Saved', good: true },
    }));
    const card = (name: string, over: Parameters<typeof view>[0], steps: Parameters<typeof view>[1] = [], extra: Partial<Parameters<typeof exchangeCard>[0]> = {}) =>
      add(`card, ${name}`, exchangeCard({ lang, view: view(over, steps), budget: null, refreshUserIds: ['29:a', '29:b'], ...extra }));
    card('supervisor to confirm', { state: 'supervisorReview' }, ['confirm', 'requestChanges', 'decline']);
    card('host to accept', { state: 'hostReview', reciprocal: true, returnVisitor: 'Hanna', returnStartsOn: '2030-04-02', returnEndsOn: '2030-04-03' }, ['acceptAsHost', 'requestChanges', 'decline']);
    card('coordinator to approve', { state: 'coordinatorReview', mentorName: 'Mikko', mentorEmail: 'mikko@vaasa.fi' }, ['approveCosts', 'requestChanges', 'decline'], { budget: { year: 2030, leftCents: 500_000, set: true } });
    card('coordinator without a budget', { state: 'coordinatorReview' }, ['approveCosts', 'requestChanges', 'decline'], { budget: { year: 2030, leftCents: 0, set: false } });
    card('coordinator recording the host', { state: 'hostReview', recordFor: { supervisor: [], host: ['acceptAsHost', 'requestChanges', 'decline'] } });
    card('coordinator recording the supervisor', { state: 'supervisorReview', recordFor: { supervisor: ['confirm', 'requestChanges', 'decline'], host: [] } });
    card('applicant, changes asked', { state: 'changesRequested', lastReason: 'Other dates, please.' }, ['edit', 'withdraw'], { notice: { text: 'x', good: false } });
    card('read-only, agreed', { state: 'approved', grantedCents: 30_000, mentorName: 'Mikko', mentorEmail: null });
    card('read-only, declined', { state: 'declined', lastReason: 'No room.' });
    add('after visit, guest', afterVisitCard({ lang, view: view({ state: 'approved' }, ['fileCosts'], ['guestToHost', 'guestToUnit']) }));
    add('after visit, guest, one given', afterVisitCard({ lang, view: view({ state: 'approved' }, [], ['guestToUnit']), notice: { text: 'x', good: true } }));
    add('after visit, host', afterVisitCard({ lang, view: view({ state: 'approved' }, [], ['hostToGuest'], ['host']) }));
    add('after visit, all done', afterVisitCard({ lang, view: view({ state: 'approved' }) }));
    add('reminder', noticeCard({ lines: ['a', 'b'], entries: exchangeFacts(view({ state: 'approved', mentorName: 'M', mentorEmail: null }), lang, 'plan').map((f) => ({ title: f.title, detail: f.value })) }));
  }
  return cards;
}

describe('the staff exchange\'s cards', () => {
  it('are valid Adaptive Cards 1.5 in fi, sv and en', () => {
    const cards = everyExchangeCard();
    expect(cards.length).toBe(3 * 19);
    expect(cards.flatMap(([name, c]) => cardProblems(c).map((p) => `${name}: ${p}`))).toEqual([]);
  });

  it('are, compiled or reused, exactly what adaptivecards-templating makes of the same data', async () => {
    expect(await templatingDifferences(everyExchangeCard)).toEqual([]);
  });

  it('give each person only their own buttons, and a coordinator the recording ones for an outside party', () => {
    const verbs = (c: AdaptiveCard) => [...JSON.stringify(c).matchAll(/"verb":"(exchange\w+)"/g)].map((m) => m[1]).filter((v) => v !== 'exchangeRefresh').sort();
    const draw = (over: Parameters<typeof view>[0], steps: Parameters<typeof view>[1] = []) => exchangeCard({ lang: 'fi', view: view(over, steps), budget: null, refreshUserIds: [] });
    expect(verbs(draw({ state: 'supervisorReview' }, ['confirm', 'requestChanges', 'decline']))).toEqual(['exchangeConfirm', 'exchangeDecline', 'exchangeRequestChanges', 'exchanges']);
    expect(verbs(draw({ state: 'supervisorReview' }))).toEqual(['exchanges']);
    const recording = draw({ state: 'hostReview', recordFor: { supervisor: [], host: ['acceptAsHost', 'requestChanges', 'decline'] } });
    expect(verbs(recording)).toEqual(['exchangeAccept', 'exchangeDecline', 'exchangeRequestChanges', 'exchanges']);
    expect(JSON.stringify(recording)).toContain('"recordingFor":"host"');
    expect(JSON.stringify(recording)).toContain('Kirjaa vastaanottavan kirjaston hyväksyntä');
  });

  it.each([
    ['vaihto', 'exchange'], ['Työntekijävaihto', 'exchange'], ['utbyte', 'exchange'], ['Personalutbyte!', 'exchange'], ['exchange', 'exchange'], ['<at>Kollega</at> staff exchange', 'exchange'],
  ])('%j opens the exchanges', (text, kind) => {
    expect(parseCommand(text)).toEqual({ kind });
  });
});
