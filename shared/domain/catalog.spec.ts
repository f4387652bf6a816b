import { findNetworkByName, findRegionByName, regionLabel, type Network, type Region, type Unit } from './catalog';

const units: Unit[] = [
  { id: 'ake-borga', name: { fi: 'AKE Porvoo', sv: 'AKE-Borgå', en: 'AKE Porvoo' } },
  { id: 'akepampas', name: { fi: 'AKEpampas', sv: 'ÅKEpampas', en: 'AKEpampas' } },
];
const region = (id: string, unitId: string, fi: string, sv: string, en: string): Region => ({
  id,
  unitId,
  name: { fi, sv, en },
});
const regions = [
  region('uusimaa', 'ake-borga', 'Uusimaa', 'Nyland', 'Uusimaa'),
  region('etela-pohjanmaa', 'akepampas', 'Etelä-Pohjanmaa', 'Syd-Österbotten', 'South Ostrobothnia'),
  region('keski-pohjanmaa', 'akepampas', 'Keski-Pohjanmaa', 'Mellersta Österbotten', 'Central Ostrobothnia'),
  region('pohjanmaa', 'akepampas', 'Pohjanmaa', 'Österbotten', 'Ostrobothnia'),
];

describe('findRegionByName', () => {
  it.each([
    ['Nyland', 'uusimaa'],
    ['uusimaa', 'uusimaa'],
    ['pohjanmaa', 'pohjanmaa'],
    ['POHJANMAA', 'pohjanmaa'],
    ['österbotten', 'pohjanmaa'],
    ['etelä pohjanmaa', 'etela-pohjanmaa'],
    ['syd-österbotten', 'etela-pohjanmaa'],
    ['central', 'keski-pohjanmaa'],
    ['Ny', 'uusimaa'],
    ['Uusimaa ', 'uusimaa'],
  ])('%s finds %s', (typed, id) => {
    expect(findRegionByName(regions, typed)?.id).toBe(id);
  });

  it.each(['', '   ', 'Lappi', 'o', 'keski ja etelä'])('%j finds nothing', (typed) => {
    expect(findRegionByName(regions, typed)).toBeUndefined();
  });
});

describe('regionLabel', () => {
  it('names the serving unit in the reader language', () => {
    expect(regionLabel(regions[3], units, 'sv')).toBe('Österbotten (ÅKEpampas)');
    expect(regionLabel(regions[0], units, 'fi')).toBe('Uusimaa (AKE Porvoo)');
  });
});

describe('findNetworkByName', () => {
  const network = (id: string, fi: string, sv: string, en: string): Network => ({
    id,
    unitId: 'ake-borga',
    name: { fi, sv, en },
    description: { fi: '', sv: '', en: '' },
    coordinators: [],
  });
  const networks = [
    network('severi', 'SEVERI', 'SEVERI', 'SEVERI'),
    network('lanu', 'Lasten ja nuorten kirjastotyö Uudellamaalla', 'Barn- och ungdomsbiblioteksarbete i Nyland', "Children's and youth library work in Uusimaa"),
  ];

  it.each([
    ['severi', 'severi'],
    ['SEVERI', 'severi'],
    ['lanu', 'lanu'],
    ['barn och ungdomsbiblioteksarbete i nyland', 'lanu'],
    ['Lasten ja nuorten', 'lanu'],
    ["children's", 'lanu'],
  ])('%j finds %s', (typed, id) => {
    expect(findNetworkByName(networks, typed)?.id).toBe(id);
  });

  it.each(['', 'x', 'kirjasto'])('%j finds nothing', (typed) => {
    expect(findNetworkByName(networks, typed)).toBeUndefined();
  });
});
