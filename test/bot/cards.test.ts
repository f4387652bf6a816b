/**
 * Every card the bot can send, in every language and every variant, with the real seeded catalog:
 * valid Adaptive Cards 1.5 for the official library, and free of the faults it does not see.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { languages } from '../../shared/i18n/language';
import { t } from '../../shared/i18n/translate';
import { openStore, type Store } from '../../shared/store/database';
import { migrateToLatest } from '../../shared/store/migrate';
import { listNetworksOfUnit, listRegions, listUnits } from '../../shared/store/repositories/catalog';
import { bundledSeedData, loadSeed } from '../../shared/store/seed/loadSeed';
import { networksCard } from '../../bot/cards/networks';
import { regionPickerCard } from '../../bot/cards/regionPicker';
import type { AdaptiveCard } from '../../bot/cards/render';
import { teamWelcomeCard } from '../../bot/cards/teamWelcome';
import { welcomeCard } from '../../bot/cards/welcome';
import { approvalCard, type ApprovalView } from '../../bot/cards/approval';
import { joinFormCard } from '../../bot/cards/joinForm';
import { noticeCard } from '../../bot/cards/notice';
import type { NetworkStanding } from '../../shared/domain/joinRequest';
import { cardProblems } from '../support/cardValidation';
import { templatingDifferences } from '../support/templating';
import { eventCard } from '../../bot/cards/eventCard';
import { emptyEventForm, eventFormCard } from '../../bot/cards/eventForm';
import { eventsListCard } from '../../bot/cards/eventsList';
import { contributionsCard } from '../../bot/cards/contributions';
import type { EventRecord } from '../../shared/store/repositories/events';
import type { ContributionRecord } from '../../shared/store/repositories/eventContributions';

let store: Store;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-cards-'));
  store = await openStore({ dataDir: dir });
  await migrateToLatest(store);
  await loadSeed(store.db, bundledSeedData());
});

afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function approvalViews(): ApprovalView[] {
  const base: ApprovalView = {
    requestId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    state: 'pending',
    requesterName: 'Aino Virtanen',
    networkName: 'SEVERI',
    library: 'Loviisan kaupunginkirjasto',
    message: 'Hei!',
    askedAt: '2027-01-12T10:00:00.000Z',
  };
  const decided = { ...base, deciderName: 'Elina Karioja', decidedAt: '2027-01-12T11:00:00.000Z' };
  return [
    base,
    { ...base, library: null, message: null },
    ...(['manual', 'pending', 'done', 'failed'] as const).map((teamsState) => ({ ...decided, state: 'approved' as const, teamsState, teamsDetail: 'forbidden' })),
    { ...decided, state: 'declined', reason: 'Full.' },
    { ...decided, state: 'withdrawn' },
  ];
}

/** An event in each state a card shows differently: open, full with a queue, closed, cancelled, by kind. */
function eventVariants(): Array<[string, EventRecord]> {
  const base: EventRecord = {
    id: '01a4001a-7c00-7000-8000-000000000001',
    networkId: 'lanu',
    kind: 'bookCoffee',
    title: { fi: 'Lanujen kirjakahvit', sv: 'Lanus bokkaffe', en: '' },
    description: { fi: 'Vinkataan kirjoja.', sv: 'Vi tipsar om böcker.', en: '' },
    startsAt: new Date('2027-03-28T07:00:00.000Z'),
    endsAt: new Date('2027-03-28T08:00:00.000Z'),
    rsvpDeadline: new Date('2027-03-27T21:59:00.000Z'),
    capacity: 20,
    cancelled: false,
    cancelReason: null,
    createdBy: 'p',
    meeting: { state: 'created', detail: null, joinUrl: 'https://teams.microsoft.com/l/meetup-join/x', organizerId: 'o', graphEventId: 'g' },
    icsToken: 'token',
    version: 3,
    attendeesVersion: 1,
    attendeesSynced: 1,
    counts: { confirmed: 20, waitlisted: 4, maybe: 2, notGoing: 1 },
    contributions: 3,
    nextSeq: 28,
    updatedAt: new Date('2027-03-01T08:00:00.000Z'),
  };
  return [
    ['book coffee, full with a queue', base],
    ['idea coffee, meeting pending, no limit', { ...base, kind: 'ideaCoffee', capacity: null, rsvpDeadline: null, meeting: { ...base.meeting, state: 'pending', joinUrl: null } }],
    ['network day, link by hand missing', { ...base, kind: 'networkDay', meeting: { ...base.meeting, state: 'manual', joinUrl: null } }],
    ['cancelled with a reason', { ...base, cancelled: true, cancelReason: 'Sairastuminen' }],
  ];
}

const contributions: ContributionRecord[] = [
  { kind: 'bookTip', id: 'c1', personId: 'p', personName: 'Aino', createdAt: '2027-03-28T07:10:00.000Z', title: 'Muumipappa ja meri', author: 'Tove Jansson', ageGroup: 'children', note: 'Ihana.', isbn: '9789511341239' },
  { kind: 'bookTip', id: 'c2', personId: 'p', personName: null, createdAt: '2027-03-28T07:11:00.000Z', title: 'Koirien Kalevala', author: null, ageGroup: null, note: null, isbn: null },
];

function eventCards(lang: (typeof languages)[number]): Array<[string, AdaptiveCard]> {
  const cards: Array<[string, AdaptiveCard]> = [];
  const before = new Date('2027-03-01T08:00:00.000Z');
  const after = new Date('2027-03-29T08:00:00.000Z');
  for (const [name, event] of eventVariants()) {
    cards.push([`${lang} event ${name}, channel`, eventCard({ lang, event, now: before, icsUrl: 'https://kollega.example.org/ics', refreshUserIds: ['29:a', '29:b'] })]);
    cards.push([
      `${lang} event ${name}, own view in the queue`,
      eventCard({ lang, event, now: before, standing: { rsvp: { answer: 'going', status: 'waitlisted', seq: 25 }, waitlistPosition: 3 }, notice: 'x', refreshUserIds: [] }),
    ]);
    cards.push([`${lang} event ${name}, after it`, eventCard({ lang, event, now: after, standing: { rsvp: { answer: 'maybe', status: 'confirmed', seq: null }, waitlistPosition: undefined }, refreshUserIds: [] })]);
    cards.push([`${lang} contributions of ${name}`, contributionsCard(lang, event, contributions)]);
    cards.push([`${lang} no contributions of ${name}`, contributionsCard(lang, event, [])]);
  }
  const networks = [{ id: 'lanu', name: 'Lanu' }, { id: 'severi', name: 'SEVERI' }];
  cards.push([`${lang} event form, new`, eventFormCard({ lang, target: { creating: true, networks }, values: emptyEventForm, askLink: true })]);
  cards.push([
    `${lang} event form, change, with problems`,
    eventFormCard({ lang, target: { creating: false, eventId: eventVariants()[0][1].id, title: 'Lanujen kirjakahvit' }, values: { ...emptyEventForm, titleFi: 'x', startTime: '10:00' }, problems: ['a', 'b'], askLink: false }),
  ]);
  const rows = eventVariants().map(([, event], i) => ({ event, status: i ? 'x' : '', canChange: i % 2 === 0 }));
  cards.push([`${lang} events list`, eventsListCard({ lang, events: rows, canCreate: true, notice: 'x' })]);
  cards.push([`${lang} events list, empty`, eventsListCard({ lang, events: [], canCreate: false })]);
  return cards;
}

async function everyCard(): Promise<Array<[string, AdaptiveCard]>> {
  const [regions, units] = await Promise.all([listRegions(store.db), listUnits(store.db)]);
  const cards: Array<[string, AdaptiveCard]> = [];
  for (const lang of languages) {
    cards.push([`${lang} welcome`, welcomeCard({ lang })]);
    cards.push([`${lang} welcome in channel, region known`, welcomeCard({ lang, inChannel: true, regionName: 'Uusimaa' })]);
    cards.push([`${lang} not understood`, welcomeCard({ lang, notice: t(lang, 'unknown.text') })]);
    cards.push([`${lang} team welcome`, teamWelcomeCard(lang)]);
    cards.push([`${lang} region picker`, regionPickerCard({ lang, regions, units })]);
    cards.push([
      `${lang} region picker with notice and selection`,
      regionPickerCard({ lang, regions, units, selectedRegionId: 'pohjanmaa', notice: t(lang, 'error.unknownRegion') }),
    ]);
    for (const region of regions) {
      const unit = units.find((u) => u.id === region.unitId)!;
      const networks = await listNetworksOfUnit(store.db, unit.id);
      cards.push([`${lang} networks of ${region.id} in a channel`, networksCard({ lang, region, unit, networks, notice: 'Saved.' })]);
      for (const standing of ['can-ask', 'pending', 'member'] as NetworkStanding[]) {
        const standingOf = () => standing;
        cards.push([`${lang} networks of ${region.id}, ${standing}`, networksCard({ lang, region, unit, networks, standingOf })]);
      }
      for (const network of networks) {
        cards.push([`${lang} join form ${network.id}`, joinFormCard({ lang, network, library: 'Porvoon kaupunginkirjasto' })]);
        cards.push([`${lang} join form ${network.id}, no library`, joinFormCard({ lang, network, library: null, notice: 'x' })]);
      }
    }
    for (const view of approvalViews()) {
      cards.push([`${lang} approval ${view.state} ${view.teamsState ?? ''}`, approvalCard(view, lang, ['29:coordinator'])]);
    }
    cards.push([`${lang} approval with notice`, approvalCard(approvalViews()[0], lang, ['29:c'], t(lang, 'approval.alreadyDecided'))]);
    cards.push([`${lang} outcome`, noticeCard({ lines: [t(lang, 'outcome.approved', { network: 'SEVERI', coordinator: 'Elina' })], links: [{ title: t(lang, 'action.openTeam'), url: 'https://teams.microsoft.com/l/team/x' }] })]);
    cards.push([`${lang} list`, noticeCard({ lines: [t(lang, 'coord.members.title', { network: 'SEVERI', count: 2 })], entries: [{ title: 'Aino, Porvoo', detail: '1.2.2027' }, { title: 'Mikko' }] })]);
    cards.push([`${lang} empty list`, noticeCard({ lines: [t(lang, 'coord.requests.title', { network: 'SEVERI' }), t(lang, 'coord.requests.none')] })]);
    cards.push(...eventCards(lang));
  }
  return cards;
}

describe('every card the bot sends', () => {
  it('is a valid Adaptive Card 1.5 in fi, sv and en', async () => {
    const cards = await everyCard();
    expect(cards.length).toBeGreaterThanOrEqual(3 * 59);
    const faults = cards.flatMap(([name, card]) => cardProblems(card).map((p) => `${name}: ${p}`));
    expect(faults).toEqual([]);
  });

  it('is, compiled or reused, exactly what adaptivecards-templating makes of the same data', async () => {
    const differences = await templatingDifferences(async () => expect((await everyCard()).length).toBeGreaterThanOrEqual(3 * 59));
    expect(differences).toEqual([]);
  });

  it('shows the seeded networks with their coordinators in the reader language', async () => {
    const [regions, units] = await Promise.all([listRegions(store.db), listUnits(store.db)]);
    const uusimaa = regions.find((r) => r.id === 'uusimaa')!;
    const unit = units.find((u) => u.id === uusimaa.unitId)!;
    const networks = await listNetworksOfUnit(store.db, unit.id);
    const sv = JSON.stringify(networksCard({ lang: 'sv', region: uusimaa, unit, networks }));
    expect(sv).toContain('Nätverk i Nyland');
    expect(sv).toContain('SEVERI');
    expect(sv).toContain('Barn- och ungdomsbiblioteksarbete i Nyland');
    expect(sv).toMatch(/Koordinator: Elina Karioja/);
    const fi = JSON.stringify(networksCard({ lang: 'fi', region: uusimaa, unit, networks }));
    expect(fi).toContain('Lasten ja nuorten kirjastotyö Uudellamaalla');
    expect(fi).toMatch(/Koordinaattori: Tiina Rajala/);
  });

  it('says so when a region has no networks yet', async () => {
    const [regions, units] = await Promise.all([listRegions(store.db), listUnits(store.db)]);
    const region = regions.find((r) => r.id === 'pohjanmaa')!;
    const unit = units.find((u) => u.id === region.unitId)!;
    const card = JSON.stringify(networksCard({ lang: 'en', region, unit, networks: [] }));
    expect(card).toContain('AKEpampas has no networks in Kollega yet');
  });
});
