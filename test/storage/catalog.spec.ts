import { bundledSeedData, loadSeed, parseSeed } from '../../shared/store/seed/loadSeed';
import {
  getNetwork,
  getRegion,
  listNetworks,
  listNetworksOfUnit,
  listRegions,
  listUnits,
} from '../../shared/store/repositories/catalog';
import { describeEachEngine } from '../support/databases';

describeEachEngine('catalog', (t) => {
  beforeEach(async () => {
    await loadSeed(t.store.db, bundledSeedData());
  });

  it('lists units and regions in seed order, with names in three languages', async () => {
    const units = await listUnits(t.store.db);
    expect(units.map((u) => u.name.sv)).toEqual(['AKE-Borgå', 'ÅKEpampas']);
    const regions = await listRegions(t.store.db);
    expect(regions.map((r) => [r.unitId, r.id])).toEqual([
      ['ake-borga', 'uusimaa'],
      ['akepampas', 'etela-pohjanmaa'],
      ['akepampas', 'keski-pohjanmaa'],
      ['akepampas', 'pohjanmaa'],
    ]);
    expect(await getRegion(t.store.db, 'keski-pohjanmaa')).toMatchObject({
      unitId: 'akepampas',
      name: { fi: 'Keski-Pohjanmaa', sv: 'Mellersta Österbotten', en: 'Central Ostrobothnia' },
    });
    expect(await getRegion(t.store.db, 'lappi')).toBeUndefined();
  });

  it('orders regions by their unit first', async () => {
    const seed = bundledSeedData();
    // Swap the units' order but keep the regions listed Uusimaa first.
    await loadSeed(t.store.db, parseSeed({ ...seed, units: [...seed.units].reverse() }));
    expect((await listRegions(t.store.db)).map((r) => r.id)).toEqual([
      'etela-pohjanmaa',
      'keski-pohjanmaa',
      'pohjanmaa',
      'uusimaa',
    ]);
  });

  it('lists networks with their coordinators', async () => {
    const networks = await listNetworks(t.store.db);
    expect(networks.map((n) => [n.id, n.coordinators.map((c) => c.displayName)])).toEqual([
      ['severi', ['Elina Karioja']],
      ['lanu', ['Tiina Rajala']],
    ]);
    expect(networks[1]).toMatchObject({
      unitId: 'ake-borga',
      name: { sv: 'Barn- och ungdomsbiblioteksarbete i Nyland' },
      membershipScope: 'team',
      teamsTeamId: null,
      teamsChannelId: null,
    });
    expect(networks[0].coordinators[0]).toEqual({
      id: 'elina-karioja',
      unitId: 'ake-borga',
      displayName: 'Elina Karioja',
      title: { fi: 'Informaatikko', sv: 'Informatiker', en: 'Information specialist' },
      email: null,
      aadObjectId: null,
    });
  });

  it('orders several coordinators of one network by name', async () => {
    const seed = bundledSeedData();
    seed.networks[1].coordinators = ['tiina-rajala', 'elina-karioja'];
    await loadSeed(t.store.db, seed);
    const lanu = await getNetwork(t.store.db, 'lanu');
    expect(lanu?.coordinators.map((c) => c.id)).toEqual(['elina-karioja', 'tiina-rajala']);
  });

  it('lists the networks of one unit; AKEpampas has none yet', async () => {
    expect((await listNetworksOfUnit(t.store.db, 'ake-borga')).map((n) => n.id)).toEqual(['severi', 'lanu']);
    expect(await listNetworksOfUnit(t.store.db, 'akepampas')).toEqual([]);
    expect(await getNetwork(t.store.db, 'no-such-network')).toBeUndefined();
  });
});
