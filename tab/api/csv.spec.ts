import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes what a spreadsheet would split, keeps å and ä, and ends lines with CRLF', () => {
    const csv = toCsv(['Nimi', 'Kirjasto'], [['Åsa "Ökki" Öberg', 'Porvoo, pääkirjasto'], ['Matti', null]]);
    expect(csv).toBe('\uFEFFNimi,Kirjasto\r\n"Åsa ""Ökki"" Öberg","Porvoo, pääkirjasto"\r\nMatti,\r\n');
  });

  it('defuses a cell that a spreadsheet would run as a formula', () => {
    expect(toCsv(['a'], [['=HYPERLINK("http://x")'], ['@SUM(1)'], ['-2+3']])).toBe('\uFEFFa\r\n"\'=HYPERLINK(""http://x"")"\r\n\'@SUM(1)\r\n\'-2+3\r\n');
  });
});
