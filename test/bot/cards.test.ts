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
import { Template } from 'adaptivecards-templating';
import * as render from '../../bot/cards/render';
import type { AdaptiveCard } from '../../bot/cards/render';
import { teamWelcomeCard } from '../../bot/cards/teamWelcome';
import { welcomeCard } from '../../bot/cards/welcome';
import { approvalCard, type ApprovalView } from '../../bot/cards/approval';
import { joinFormCard } from '../../bot/cards/joinForm';
import { noticeCard } from '../../bot/cards/notice';
import type { NetworkStanding } from '../../shared/domain/joinRequest';
import { cardProblems } from '../support/cardValidation';

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
  }
  return cards;
}

describe('every card the bot sends', () => {
  it('is a valid Adaptive Card 1.5 in fi, sv and en', async () => {
    const cards = await everyCard();
    expect(cards.length).toBeGreaterThanOrEqual(3 * 35);
    const faults = cards.flatMap(([name, card]) => cardProblems(card).map((p) => `${name}: ${p}`));
    expect(faults).toEqual([]);
  });

  it('is, compiled or reused, exactly what adaptivecards-templating makes of the same data', async () => {
    const renderCard = render.renderCard;
    const differences: string[] = [];
    const spy = jest.spyOn(render, 'renderCard').mockImplementation((template, data) => {
      const card = renderCard(template, data);
      const plain = new Template(template).expand({ $root: data });
      if (JSON.stringify(card) !== JSON.stringify(plain)) differences.push(JSON.stringify(data).slice(0, 200));
      return card;
    });
    try {
      expect((await everyCard()).length).toBeGreaterThanOrEqual(3 * 35);
    } finally {
      spy.mockRestore();
    }
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
