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

  it.each([
    ['join SEVERI', 'severi'],
    ['liity Severi', 'severi'],
    ['liity verkostoon SEVERI', 'severi'],
    ['gå med i SEVERI', 'severi'],
    ['Gå med i Barn- och ungdomsbiblioteksarbete i Nyland', 'barn och ungdomsbiblioteksarbete i nyland'],
  ])('%j asks to join %j', (text, networkName) => {
    expect(parseCommand(text)).toEqual({ kind: 'join', networkName });
  });

  it('treats a bare "join" as a wish to see the networks', () => {
    expect(parseCommand('liity')).toEqual({ kind: 'networks' });
  });

  it.each([
    ['requests', { kind: 'requests' }],
    ['pyynnöt severi', { kind: 'requests', networkName: 'severi' }],
    ['förfrågningar', { kind: 'requests' }],
    ['members lanu', { kind: 'members', networkName: 'lanu' }],
    ['jäsenet', { kind: 'members' }],
    ['medlemmar SEVERI', { kind: 'members', networkName: 'severi' }],
  ])('%j is a coordinator list', (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });
});

describe('parseCommand: shared resources', () => {
  it.each([
    ['which games are free in March?', 'which games are free in March?'],
    ['mitkä pelit ovat vapaana maaliskuussa?', 'mitkä pelit ovat vapaana maaliskuussa?'],
    ['Vilka spel är lediga i mars?', 'Vilka spel är lediga i mars?'],
    ['<at>Kollega</at> onko pakohuonepelejä vapaana 3/2027?', 'onko pakohuonepelejä vapaana 3/2027?'],
    ['games in 2027-06', 'games in 2027-06'],
  ])('%j asks which games are free', (text, asked) => {
    expect(parseCommand(text)).toEqual({ kind: 'games', text: asked, bare: false });
  });

  it.each(['games', 'pelit', 'spel', 'Escape-room games'])('%j alone asks for the coming weeks', (text) => {
    expect(parseCommand(text)).toMatchObject({ kind: 'games', bare: true });
  });

  it.each(['resources', 'materiaalit', 'aineistot', 'resurser', 'material', 'Lukuhaaste'])('%j shows the materials', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'resources' });
  });

  it.each(['speleology', 'pelikaani', 'gamesmanship'])('%j is no question about games', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'unknown' });
  });
});
