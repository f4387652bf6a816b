import { parseCommand } from './commands';

describe('parseCommand', () => {
  it.each(['help', 'apua', 'hjälp', 'Help!', '  APUA ', 'Hjälp?', '<at>Kollega</at> help', 'ohje'])('%j asks for help', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'help' });
  });

  it('treats an empty message (a bare @mention) as a request for help', () => {
    expect(parseCommand('<at>Kollega</at>')).toEqual({ kind: 'help' });
    expect(parseCommand(undefined)).toEqual({ kind: 'help' });
  });

  it.each(['networks', 'verkostot', 'nätverk', 'Nätverken', 'Verkostot?'])('%j lists networks', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'networks' });
  });

  it('takes a region after the networks word', () => {
    expect(parseCommand('verkostot Etelä-Pohjanmaa')).toEqual({ kind: 'networks', regionName: 'etelä pohjanmaa' });
    expect(parseCommand('nätverk i Nyland')).toEqual({ kind: 'networks', regionName: 'nyland' });
    expect(parseCommand('networks in South Ostrobothnia')).toEqual({ kind: 'networks', regionName: 'south ostrobothnia' });
  });

  it.each(['region', 'alue', 'byt region', 'vaihda alue'])('%j opens the region choice', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'chooseRegion' });
  });

  it.each(['what is the weather', 'helpful', 'networking event', '<script>alert(1)</script>'])('%j is not understood', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'unknown' });
  });
});
