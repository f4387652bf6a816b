/**
 * The staff exchange in the chat over HTTP with the connector stub, on both engines: a librarian saves a draft on
 * the apply card, finishes it and sends it (a host equal to home is refused with the typed values kept); her
 * supervisor's card confirms, the host's card accepts with a workplace mentor, the coordinator's card approves the
 * costs; a press by someone else is refused in their language, audited, and changes nothing; the applicant is told
 * each step once, also across a restart; a coordinator records the consent of a host outside Kollega.
 */
import { auditTrail } from '../../shared/store/repositories/audit';
import { getExchange, setBudget } from '../../shared/store/repositories/exchange';
import { getPersonByBotUserId } from '../../shared/store/repositories/people';
import { startConnectorStub, type ConnectorStub, type TeamsMember } from '../fixtures/connectorStub';
import { TestClock } from '../jobs/jobTestKit';
import { JoiningWorld, someone, testSeed, tiina, type Someone } from '../support/joiningWorld';
import { cardText } from '../support/kollegaUnderTest';

describe.each(['sqlite', 'postgres'] as const)('the staff exchange in the chat [%s]', (dialect) => {
  const aino = someone(`exchange-aino-${dialect}`, 'Aino Kirjastolainen', 'fi-FI');
  const sanna = someone(`exchange-sanna-${dialect}`, 'Sanna Esihenkilö', 'sv-FI');
  const hanna = someone(`exchange-hanna-${dialect}`, 'Hanna Värd', 'sv-FI');
  const olli = someone(`exchange-olli-${dialect}`, 'Olli Ohikulkija', 'en-GB');
  const emailOf = (who: Someone) => `${who.id.slice(3)}@kirjasto.example.org`;
  const members: TeamsMember[] = [aino, sanna, hanna, olli].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId, email: emailOf(p) }));
  const clock = new TestClock('2030-02-01T08:00:00.000Z');
  let stub: ConnectorStub;
  let world: JoiningWorld;
  const db = () => world.app.store.db;
  const row = async (id: string) => (await getExchange(db(), id))!;
  const verbsOf = (card: unknown) => [...JSON.stringify(card).matchAll(/"verb":"(exchange\w+)"/g)].map((m) => m[1]);
  const cardsWith = (who: Someone, verb: string) => world.cardsTo(who).filter((c) => verbsOf(c).includes(verb));
  // The applicant's notices: plain cards, no buttons.
  const toldTo = (who: Someone) => world.cardsTo(who).filter((c) => verbsOf(c).length === 0).map(cardText).filter((text) => text.startsWith('Työntekijävaihto\n'));
  const form = (over: Record<string, string> = {}) => ({
    homeLibraryId: 'porvoo-main', hostLibraryId: 'vaasa-main', startsOn: '2030-03-05', endsOn: '2030-03-07', kind: 'oneWay',
    expectations: 'Miten Vaasassa tehdään senioreiden kanssa', expertise: 'Seniorityö', languagePractice: 'true',
    supervisorName: 'Sanna Esihenkilö', supervisorEmail: emailOf(sanna), hostContactName: 'Hanna Värd', hostContactEmail: emailOf(hanna),
    travelEstimate: '120', stayEstimate: '200,50', ...over,
  });
  let applicationId: string;

  beforeAll(async () => {
    stub = await startConnectorStub({ members });
    world = await JoiningWorld.start(dialect, stub, {}, { now: clock.now }, testSeed());
    for (const who of [tiina, aino, sanna, olli]) await world.install(who);
    // Sanna has used Kollega before: her address is known once she has asked for her exchanges.
    await world.say(sanna, 'utbyte');
    const coordinator = (await getPersonByBotUserId(db(), tiina.id))!;
    await setBudget(db(), { unitId: 'ake-borga', year: 2030, amountCents: 1_000_00, setBy: coordinator.id }, clock.now());
  });
  afterAll(async () => {
    await world?.stop();
    await stub?.close();
  });

  it('saves a draft on the apply card, finishes it later and sends it; a wrong plan keeps what was typed', async () => {
    await world.say(aino, 'vaihto');
    expect(cardText(world.cardsTo(aino).at(-1))).toContain('Sinulla ei ole vielä vaihtohakemuksia.');
    const blank = await world.press(aino, 'exchangeForm', {});
    expect(cardText(blank)).toContain('Hae työntekijävaihtoon');
    expect(cardText(blank)).toContain('Vaasan kaupunginkirjasto, Vaasa (kaksikielinen)');

    const saved = await world.press(aino, 'exchangeSave', { homeLibraryId: 'porvoo-main', expectations: 'Senioripalvelut', travelEstimate: '120' });
    expect(cardText(saved)).toContain('Luonnos tallennettu.');
    applicationId = (await db().selectFrom('exchange_applications').select('id').executeTakeFirstOrThrow()).id;
    expect(await row(applicationId)).toMatchObject({ state: 'draft', expectations: 'Senioripalvelut', travelEstimateCents: 12_000 });
    await world.say(aino, 'vaihto');
    const listed = world.cardsTo(aino).at(-1);
    expect(cardText(listed)).toContain('Luonnos');
    expect(verbsOf(listed)).toContain('exchangeForm');
    expect(cardText(await world.press(aino, 'exchanges', {}))).toContain('Viimeistele hakemus'); // the welcome card's button

    const reopened = await world.press(aino, 'exchangeForm', { applicationId });
    expect(cardText(reopened)).toContain('Senioripalvelut');
    const version = (await row(applicationId)).version;
    const wrong = await world.press(aino, 'exchangeSend', { applicationId, version, ...form({ hostLibraryId: 'porvoo-main' }) });
    expect(cardText(wrong)).toContain('Vastaanottavan kirjaston on oltava muu kuin oma kirjastosi.');
    expect(cardText(wrong)).toContain('Miten Vaasassa tehdään senioreiden kanssa');
    expect((await row(applicationId)).state).toBe('draft');

    const sent = await world.press(aino, 'exchangeSend', { applicationId, version, ...form() });
    expect(cardText(sent)).toContain('Hakemuksesi lähetettiin. Esihenkilöäsi Sanna Esihenkilö pyydetään ensin vahvistamaan se.');
    expect(cardText(sent)).toContain('Tila: Odottaa esihenkilöä');
    expect(await row(applicationId)).toMatchObject({ state: 'supervisorReview', stayEstimateCents: 20_050 });
  });

  it('carries the application through the three parties\' cards, refuses anyone else, and tells the applicant each step once', async () => {
    stub.reset();
    await world.install(hanna); // after the submission: the host contact named by e-mail becomes her
    await world.work();
    expect(cardsWith(sanna, 'exchangeConfirm')).toHaveLength(1);
    expect(cardText(cardsWith(sanna, 'exchangeConfirm')[0])).toContain('Personalutbyte: Aino Kirjastolainen');
    expect([hanna, tiina, aino].map((who) => cardsWith(who, 'exchangeRefresh').length)).toEqual([0, 0, 0]);
    expect(toldTo(aino)).toEqual([]);
    const version = () => row(applicationId).then((r) => r.version);

    const forged = await world.press(olli, 'exchangeConfirm', { applicationId, version: await version() });
    expect(cardText(forged)).toBe('This step is not yours to take now.');
    const own = await world.press(aino, 'exchangeConfirm', { applicationId, version: await version() });
    expect(cardText(own)).toContain('Tämä vaihe ei ole nyt sinun tehtäväsi.');
    expect(verbsOf(await world.press(hanna, 'exchangeRefresh', { applicationId }))).not.toContain('exchangeAccept');
    expect((await row(applicationId)).state).toBe('supervisorReview');
    expect((await auditTrail(db(), 'exchangeApplication', applicationId)).filter((a) => a.action === 'exchange.confirm.refused')).toHaveLength(2);

    const confirmed = await world.press(sanna, 'exchangeConfirm', { applicationId, version: await version() });
    expect(cardText(confirmed)).toContain('Bekräftat. Härnäst tillfrågas värdbiblioteket.');
    expect(verbsOf(confirmed)).not.toContain('exchangeConfirm');
    await world.work();
    expect(cardsWith(hanna, 'exchangeAccept')).toHaveLength(1);
    expect(toldTo(aino)).toEqual([expect.stringContaining('Esihenkilösi Sanna Esihenkilö vahvisti vaihtohakemuksesi.\nSeuraavaksi vastaa vastaanottava kirjasto (Vaasan kaupunginkirjasto).')]);

    const noMentor = await world.press(hanna, 'exchangeAccept', { applicationId, version: await version() });
    expect(cardText(noMentor)).toContain('Ange den arbetsplatshandledare som tar hand om gästen.');
    const accepted = await world.press(hanna, 'exchangeAccept', { applicationId, version: await version(), mentorName: 'Mikko Mentor', mentorEmail: 'mikko@vaasa.example.org' });
    expect(cardText(accepted)).toContain('Godkänt.');
    expect(await row(applicationId)).toMatchObject({ state: 'coordinatorReview', mentorName: 'Mikko Mentor', mentorEmail: 'mikko@vaasa.example.org' });
    await world.work();
    const approval = cardsWith(tiina, 'exchangeApprove');
    expect(approval).toHaveLength(1);
    expect(cardText(approval[0])).toMatch(/Yksikön vuoden 2030 budjettia on jäljellä 1\s000,00\s€/);
    expect(cardText(await world.press(sanna, 'exchangeApprove', { applicationId, version: await version(), granted: '320,50' }))).toContain('Det här steget är inte ditt att ta nu.');

    const approved = await world.press(tiina, 'exchangeApprove', { applicationId, version: await version(), granted: '300' });
    expect(cardText(approved)).toContain('Kulut on hyväksytty: vaihto on sovittu.');
    expect(await row(applicationId)).toMatchObject({ state: 'approved', grantedCents: 30_000 });
    await world.work();
    await world.restart();
    await world.work();
    const told = toldTo(aino);
    expect(told).toHaveLength(3);
    expect(told[1]).toContain('Hanna Värd otti sinut vieraaksi: Vaasan kaupunginkirjasto. Työpaikkaohjaajasi siellä: Mikko Mentor.');
    expect(told[2]).toMatch(/Tiina Rajala hyväksyi kulut \(300,00\s€\): vaihtosi on sovittu \(Vaasan kaupunginkirjasto, 5\.3\.2030–7\.3\.2030\)\./);
    expect([sanna, hanna, tiina].map((who) => cardsWith(who, 'exchangeRefresh').length)).toEqual([1, 1, 1]);
    expect(cardText(await world.press(aino, 'exchangeRefresh', { applicationId }))).toContain('Tila: Sovittu');
  });

  it('lets the coordinator record the consent of a host outside Kollega, and no one else', async () => {
    stub.reset();
    const sent = await world.press(aino, 'exchangeSend', form({ startsOn: '2030-04-09', endsOn: '2030-04-10', hostLibraryId: 'loviisa-main', hostContactName: 'Ulla Ulkona', hostContactEmail: 'ulla@loviisa.example.org' }));
    expect(cardText(sent)).toContain('Hakemuksesi lähetettiin.');
    const second = (await db().selectFrom('exchange_applications').select('id').where('host_contact_name', '=', 'Ulla Ulkona').executeTakeFirstOrThrow()).id;
    const version = () => row(second).then((r) => r.version);
    await world.press(sanna, 'exchangeConfirm', { applicationId: second, version: await version() });
    await world.work();
    const recording = cardsWith(tiina, 'exchangeAccept');
    expect(recording).toHaveLength(1);
    expect(cardText(recording[0])).toContain('Ulla Ulkona (vastaanottavan kirjaston yhteyshenkilö) ei vielä käytä Kollegaa.');
    expect(JSON.stringify(recording[0])).toContain('"recordingFor":"host"');

    const forged = await world.press(sanna, 'exchangeAccept', { applicationId: second, version: await version(), recordingFor: 'host', mentorName: 'X' });
    expect(cardText(forged)).toContain('Det här steget är inte ditt att ta nu.');
    expect((await row(second)).state).toBe('hostReview');

    const recorded = await world.press(tiina, 'exchangeAccept', { applicationId: second, version: await version(), recordingFor: 'host', mentorName: 'Ville Väinö' });
    expect(cardText(recorded)).toContain('Hyväksytty.');
    const history = await db().selectFrom('exchange_history').select(['action', 'party', 'recorded_for']).where('application_id', '=', second).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(history).toEqual({ action: 'acceptAsHost', party: 'host', recorded_for: 'host' });
    await world.work();
    expect(toldTo(aino).at(-1)).toContain('Ulla Ulkona otti sinut vieraaksi: Loviisan kaupunginkirjasto. Työpaikkaohjaajasi siellä: Ville Väinö.\nKirjannut koordinaattori Tiina Rajala.');

    // The coordinator's own step: a reason is required, and the applicant reads it with what to do next.
    expect(cardText(await world.press(tiina, 'exchangeRequestChanges', { applicationId: second, version: await version() }))).toContain('Kerro syy, jotta hakija tietää, mitä muuttaa.');
    await world.press(tiina, 'exchangeRequestChanges', { applicationId: second, version: await version(), reason: 'Tarkenna majoituskulut.' });
    await world.work();
    expect(toldTo(aino).at(-1)).toContain('Tiina Rajala (Koordinaattori) pyysi muutoksia vaihtohakemukseesi.\nSyy: Tarkenna majoituskulut.\nMuuta hakemusta ja lähetä se uudelleen');
    await world.say(aino, 'vaihto');
    expect(cardText(world.cardsTo(aino).at(-1))).toContain('Muutoksia pyydetty');
  });
});
