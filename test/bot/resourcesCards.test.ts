/**
 * Every card about a network's shared resources in every language and variant (the free games with and without
 * free days, link and notice; the answer to someone in no lending network; the materials with guides in and out of
 * the reader's language and with or without a challenge; a booking's card in each state, with and without the
 * coordinator's buttons; the welcome card listing them) is a valid Adaptive Card 1.5, and is, compiled or reused,
 * exactly what adaptivecards-templating makes of the same data.
 */
import { freeGamesCard, noGamesCard } from '../../bot/cards/freeGames';
import { gameBookingCard, type BookingCardView } from '../../bot/cards/gameBooking';
import type { AdaptiveCard } from '../../bot/cards/render';
import { resourcesCard } from '../../bot/cards/resources';
import { guideLine } from '../../bot/cards/resourcesText';
import { welcomeCard } from '../../bot/cards/welcome';
import type { BookingState } from '../../shared/domain/resources/gameBooking';
import { languages } from '../../shared/i18n/language';
import { cardProblems } from '../support/cardValidation';
import { templatingDifferences } from '../support/templating';

const bookingStates: readonly BookingState[] = ['requested', 'confirmed', 'handedOver', 'returned', 'declined', 'cancelled'];
const bookingId = '0190e6f0-0000-7000-8000-0000000000b1';
const tabUrl = 'https://teams.microsoft.com/l/entity/x/kollega-home?context=%7B%7D';

const booking = (over: Partial<BookingCardView> = {}): BookingCardView => ({
  bookingId, version: 1, state: 'requested', gameName: 'Pakohuonepeli 1', networkName: 'Lanu', bookerName: 'Aino Kirjastolainen',
  library: 'Porvoon kaupunginkirjasto', dates: '15.3.2030–20.3.2030', message: 'Teemaviikolle.', decidedBy: null, reason: null, steps: [], ...over,
});

function everyResourcesCard(): Array<[string, AdaptiveCard]> {
  const cards: Array<[string, AdaptiveCard]> = [];
  const prao = {
    title: { fi: 'PRAO-opas kirjastoille', sv: 'PRAO-guide för bibliotek', en: '' },
    editions: { fi: { url: 'https://example.org/prao-fi.pdf', published: '2021-11' }, sv: { url: 'https://example.org/prao-sv.pdf', published: '2022-02' } },
  };
  for (const lang of languages) {
    const add = (name: string, card: AdaptiveCard) => cards.push([`${lang} ${name}`, card]);
    add('welcome', welcomeCard({ lang }));
    const games = [{ name: 'Pakohuonepeli 1', free: '1.3.2030–4.3.2030 ja 11.3.2030–31.3.2030' }, { name: 'Pakohuonepeli 2', free: null }];
    add('free games', freeGamesCard({ lang, period: 'maaliskuu 2030', networkName: 'Lanu', games, bookUrl: tabUrl }));
    add('free games, no link, month past', freeGamesCard({ lang, period: 'maaliskuu 2030', networkName: 'Lanu', games, notice: 'x' }));
    add('no games, lending networks', noGamesCard({ lang, lines: ['a', 'b'], lending: [{ id: 'lanu', name: 'Lanu' }, { id: 'severi', name: 'SEVERI' }] }));
    add('no games anywhere', noGamesCard({ lang, lines: ['a'], lending: [] }));
    const guides = [guideLine(prao, lang), guideLine({ ...prao, editions: { en: { url: 'javascript:x', published: null } } }, lang)];
    add('resources', resourcesCard({ lang, networkName: 'Lanu', guides, challenge: { year: 2030, title: 'Lukuhaaste', tasks: 1 }, challengeUrl: tabUrl }));
    add('resources, challenge only, no link', resourcesCard({ lang, networkName: 'Lanu', guides: [], challenge: { year: 2030, title: 'Lukuhaaste', tasks: 12 } }));
    add('resources, guides only', resourcesCard({ lang, networkName: 'Lanu', guides, challenge: null, challengeUrl: tabUrl }));
    for (const state of bookingStates) {
      add(`booking ${state}`, gameBookingCard({ lang, view: booking({ state, decidedBy: 'Tiina', reason: 'Huolto.' }), tabUrl, refreshUserIds: ['29:a'] }));
    }
    add('booking to answer', gameBookingCard({ lang, view: booking({ steps: ['confirm', 'decline', 'cancel'] }), tabUrl, refreshUserIds: ['29:a', '29:b'], notice: { text: 'x', good: false } }));
    add('booking answered, no message, no link', gameBookingCard({ lang, view: booking({ state: 'confirmed', message: null, decidedBy: 'Tiina' }), refreshUserIds: [], notice: { text: 'x', good: true } }));
  }
  return cards;
}

describe('the shared resources\' cards', () => {
  it('are valid Adaptive Cards 1.5 in fi, sv and en', () => {
    const cards = everyResourcesCard();
    expect(cards.length).toBe(3 * 16);
    expect(cards.flatMap(([name, c]) => cardProblems(c).map((p) => `${name}: ${p}`))).toEqual([]);
  });

  it('are, compiled or reused, exactly what adaptivecards-templating makes of the same data', async () => {
    expect(await templatingDifferences(everyResourcesCard)).toEqual([]);
  });

  it('give the coordinator Confirm and Decline only while the booking waits', () => {
    const verbs = (c: AdaptiveCard) => [...JSON.stringify(c).matchAll(/"verb":"(gameBooking\w+)"/g)].map((m) => m[1]);
    expect(verbs(gameBookingCard({ lang: 'fi', view: booking({ steps: ['confirm', 'decline'] }), refreshUserIds: [] }))).toEqual(['gameBookingShow', 'gameBookingConfirm', 'gameBookingDecline']);
    expect(verbs(gameBookingCard({ lang: 'fi', view: booking({ steps: ['cancel'] }), refreshUserIds: [] }))).toEqual(['gameBookingShow']);
  });

  it('show a guide without a safe link without its button', () => {
    const card = JSON.stringify(resourcesCard({ lang: 'en', networkName: 'Lanu', guides: [{ title: 'T', detail: '', url: null }], challenge: null }));
    expect(card).not.toContain('Action.OpenUrl');
  });
});
