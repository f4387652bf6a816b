import { Template } from 'adaptivecards-templating';
import { CompiledTemplate, planTemplate } from './compiledTemplate';
import approvalTemplate from './approval.card.json';
import networksTemplate from './networks.card.json';
import noticeTemplate from './notice.card.json';

const plain = (template: object, data: object) => new Template(template).expand({ $root: data });
const noCheck = () => undefined;

/** Texts a person may write: quotes, backslashes, new lines, markup, templating syntax, other scripts. */
const awkward = [
  'Aino "Aksu" Virtanen',
  'C:\\kirjasto\\polku',
  'rivi 1\nrivi 2\ttab',
  '${title} and $when',
  '<b>not html</b> & ümlaut ÅÄÖ åäö',
  '😀 emoji ja \u2028 line separator',
  '\uE000 0 \uE001',
];

function approvalData(text: string, pending: boolean, outcome = '') {
  return {
    notice: '',
    refreshTitle: 'Kollega',
    refreshData: { action: 'refreshJoinRequest', requestId: '01890a5d-ac96-774b-bcce-b302099a8057' },
    refreshUserIds: ['29:elina', '29:tiina'],
    title: `${text} ber att få gå med i SEVERI`,
    labels: { library: 'Bibliotek', message: 'Meddelande', asked: 'Frågade' },
    library: text,
    message: pending ? text : '',
    asked: 'tis 2.2.2027 14.00',
    outcome,
    outcomeColor: outcome ? 'Good' : 'Default',
    teams: '',
    pending,
    approve: 'Godkänn',
    approveData: { action: 'approveJoin', requestId: '01890a5d-ac96-774b-bcce-b302099a8057' },
    decline: 'Avslå',
    reasonLabel: `Varför? (${text} ser svaret)`,
    declineConfirm: 'Avslå begäran',
    declineData: { action: 'declineJoin', requestId: '01890a5d-ac96-774b-bcce-b302099a8057' },
  };
}

describe('planTemplate', () => {
  it('compiles templates whose expressions are paths, emptiness and literal comparisons, and counts', () => {
    expect(planTemplate(approvalTemplate)).toEqual({ comparedTexts: new Set() });
    expect(planTemplate(networksTemplate)?.comparedTexts).toEqual(new Set(['standing']));
    expect(planTemplate(noticeTemplate)).toBeDefined();
  });

  it('refuses a template with functions, $root or arithmetic', () => {
    expect(planTemplate({ type: 'TextBlock', text: '${toUpper(name)}' })).toBeUndefined();
    expect(planTemplate({ type: 'TextBlock', text: '${$root.name}' })).toBeUndefined();
    expect(planTemplate({ type: 'TextBlock', text: '${count + 1}' })).toBeUndefined();
  });
});

describe('CompiledTemplate', () => {
  it('renders exactly what adaptivecards-templating renders, for any text, in every state', () => {
    const compiled = new CompiledTemplate(approvalTemplate, planTemplate(approvalTemplate)!, noCheck);
    for (const text of awkward) {
      for (const [pending, outcome] of [
        [true, ''],
        [false, `Godkänd av ${text}`],
      ] as const) {
        const data = approvalData(text, pending, outcome);
        expect(compiled.render(data)).toEqual(plain(approvalTemplate, data));
      }
    }
  });

  it('keeps texts compared with a literal as part of the shape, so each standing gets its own actions', () => {
    const compiled = new CompiledTemplate(networksTemplate, planTemplate(networksTemplate)!, noCheck);
    const network = (standing: string, name: string) => ({
      name,
      description: `${name} on verkosto`,
      coordinators: 'Koordinaattori: Elina Karioja',
      standing,
      standingText: standing === 'member' ? 'Olet jäsen' : '',
      labels: { ask: 'Pyydä liittyä', withdraw: 'Peru pyyntö', leave: 'Eroa' },
      leaveConfirm: `Eroa verkostosta ${name}?`,
      askData: { action: 'openJoinForm', networkId: 'severi' },
      withdrawData: { action: 'withdrawJoin', networkId: 'severi' },
      leaveData: { action: 'leaveNetwork', networkId: 'severi' },
    });
    for (const standings of [['none', 'member'], ['member', 'pending'], ['pending', 'none'], ['none', 'none']]) {
      const data = {
        notice: '',
        title: 'Uudenmaan verkostot',
        runBy: 'AKE-Borgå',
        networks: standings.map((s, i) => network(s, `${awkward[i]} ${s}`)),
        empty: '',
        hint: '',
        changeRegion: 'Vaihda alue',
        changeRegionData: { action: 'chooseRegion' },
      };
      expect(compiled.render(data)).toEqual(plain(networksTemplate, data));
    }
  });

  it('checks each new shape once, with markers standing for the texts', () => {
    const seen: unknown[] = [];
    const compiled = new CompiledTemplate(approvalTemplate, planTemplate(approvalTemplate)!, (_card, data) => void seen.push(data));
    compiled.render(approvalData('Aino', true));
    compiled.render(approvalData('Veikko', true));
    compiled.render(approvalData('Veikko', false, 'Godkänd'));
    expect(seen).toHaveLength(2);
    expect(JSON.stringify(seen)).not.toContain('Aino');
  });
});
