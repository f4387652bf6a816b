/**
 * Around an agreed staff exchange, on both engines, with the app's clock moved: the reminder with the plan goes
 * to the guest and to the workplace mentor when Kollega knows them (else to the host library's contact), none for
 * an exchange withdrawn meanwhile; after the visit the guest is asked for feedback to the host and to the unit and
 * for the costs, the host for theirs. Each message once, also across a restart; each answer taken once.
 */
import { takeStep, writeApplication } from '../../shared/services/exchange';
import { getExchange, setBudget } from '../../shared/store/repositories/exchange';
import { listFeedback } from '../../shared/store/repositories/exchangeAfter';
import { getPersonByBotUserId } from '../../shared/store/repositories/people';
import { startConnectorStub, type ConnectorStub, type TeamsMember } from '../fixtures/connectorStub';
import { TestClock } from '../jobs/jobTestKit';
import { JoiningWorld, someone, testSeed, tiina, type Someone } from '../support/joiningWorld';
import { cardText } from '../support/kollegaUnderTest';

describe.each(['sqlite', 'postgres'] as const)('reminders and feedback around a staff exchange [%s]', (dialect) => {
  const aino = someone(`visit-aino-${dialect}`, 'Aino Kirjastolainen', 'fi-FI');
  const sanna = someone(`visit-sanna-${dialect}`, 'Sanna Esihenkilö', 'fi-FI');
  const hanna = someone(`visit-hanna-${dialect}`, 'Hanna Värd', 'sv-FI');
  const mikko = someone(`visit-mikko-${dialect}`, 'Mikko Mentor', 'en-GB');
  const olli = someone(`visit-olli-${dialect}`, 'Olli Ohikulkija', 'en-GB');
  const emailOf = (who: Someone) => `${who.id.slice(3)}@kirjasto.example.org`;
  const members: TeamsMember[] = [aino, sanna, hanna, mikko, olli].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId, email: emailOf(p) }));
  const clock = new TestClock('2030-02-01T08:00:00.000Z');
  let stub: ConnectorStub;
  let world: JoiningWorld;
  const db = () => world.app.store.db;
  const ids: Record<'shown' | 'unknownMentor' | 'withdrawn', string> = { shown: '', unknownMentor: '', withdrawn: '' };
  const noticesTo = (who: Someone, text: RegExp) => world.cardsTo(who).map(cardText).filter((t) => text.test(t));
  const withVerb = (who: Someone, verb: string) => world.cardsTo(who).filter((c) => JSON.stringify(c).includes(`"verb":"${verb}"`));
  const at = async (iso: string) => {
    clock.advance(Date.parse(iso) - clock.now().getTime());
    await world.work();
  };

  /** An exchange taken through the agreement by its parties, through the services (the cards are tested elsewhere). */
  async function agreed(startsOn: string, endsOn: string, mentor: { name: string; email: string }): Promise<string> {
    const ctx = () => ({ db: db(), now: clock.now() });
    const person = async (who: Someone) => (await getPersonByBotUserId(db(), who.id))!;
    const plan = {
      homeLibraryId: 'porvoo-main', hostLibraryId: 'vaasa-main', startsOn, endsOn, reciprocal: false, returnVisitor: null, returnStartsOn: null, returnEndsOn: null,
      expectations: 'Senioripalvelut', expertise: 'Seniorityö', languagePractice: true, supervisorName: 'Sanna Esihenkilö', supervisorEmail: emailOf(sanna),
      hostContactName: 'Hanna Värd', hostContactEmail: emailOf(hanna), travelEstimateCents: 100_00, stayEstimateCents: 200_00,
    };
    const written = await writeApplication(ctx(), { actor: await person(aino), plan, submit: true });
    if (written.outcome !== 'submitted') throw new Error(JSON.stringify(written));
    const id = written.application.id;
    const steps = [
      [sanna, { type: 'confirm' }], [hanna, { type: 'acceptAsHost', mentorName: mentor.name, mentorEmail: mentor.email }], [tiina, { type: 'approveCosts', grantedCents: 300_00 }],
    ] as const;
    for (const [who, event] of steps) {
      const done = await takeStep(ctx(), { actor: await person(who), applicationId: id, event });
      if (done.outcome !== 'done') throw new Error(JSON.stringify(done));
    }
    return id;
  }

  beforeAll(async () => {
    stub = await startConnectorStub({ members });
    world = await JoiningWorld.start(dialect, stub, {}, { now: clock.now }, testSeed());
    // Everyone has used Kollega: their addresses are known once they have asked for their exchanges.
    for (const who of [tiina, aino, sanna, hanna, mikko, olli]) await world.install(who);
    for (const who of [aino, sanna, hanna, mikko]) await world.say(who, 'exchange');
    await setBudget(db(), { unitId: 'ake-borga', year: 2030, amountCents: 5_000_00, setBy: (await getPersonByBotUserId(db(), tiina.id))!.id }, clock.now());
    ids.shown = await agreed('2030-03-05', '2030-03-07', { name: 'Mikko Mentor', email: emailOf(mikko) });
    ids.unknownMentor = await agreed('2030-03-12', '2030-03-13', { name: 'Outi Ohjaaja', email: 'outi@vaasa.example.org' });
    ids.withdrawn = await agreed('2030-03-05', '2030-03-06', { name: 'Mikko Mentor', email: emailOf(mikko) });
    const withdrawn = await takeStep({ db: db(), now: clock.now() }, { actor: (await getPersonByBotUserId(db(), aino.id))!, applicationId: ids.withdrawn, event: { type: 'withdraw' } });
    expect(withdrawn.outcome).toBe('done');
    await world.work();
  });
  afterAll(async () => {
    await world?.stop();
    await stub?.close();
  });
  beforeEach(() => stub.reset());

  it('reminds the guest and the known workplace mentor of the plan once, and not of a withdrawn exchange', async () => {
    await at('2030-03-02T06:59:00.000Z');
    expect(noticesTo(aino, /alkaa/)).toEqual([]);
    await at('2030-03-02T07:01:00.000Z');
    expect(noticesTo(aino, /^Työntekijävaihtosi alkaa 5\.3\.2030: Vaasan kaupunginkirjasto\./)).toHaveLength(1);
    const mentor = noticesTo(mikko, /visits/);
    expect(mentor).toEqual([expect.stringContaining('Aino Kirjastolainen from Porvoon kaupunginkirjasto visits Vaasan kaupunginkirjasto on 5 Mar 2030–7 Mar 2030.')]);
    expect(mentor[0]).toContain('Workplace mentor\nMikko Mentor');
    expect(mentor[0]).toContain('Senioripalvelut');
    expect(world.cardsTo(hanna)).toEqual([]);
    await world.restart();
    await at('2030-03-02T09:00:00.000Z');
    expect([aino, mikko].map((who) => world.cardsTo(who).length)).toEqual([1, 1]);
  });

  it('asks the guest for feedback to the host and to the unit and for the costs, and the host for theirs, once each', async () => {
    await at('2030-03-08T07:01:00.000Z');
    await world.work();
    expect(withVerb(aino, 'exchangeFeedback')).toHaveLength(1);
    const guestCard = JSON.stringify(withVerb(aino, 'exchangeFeedback')[0]);
    expect(['guestToHostRating', 'guestToUnitRating', '"id":"travel"'].map((s) => guestCard.includes(s))).toEqual([true, true, true]);
    expect(withVerb(hanna, 'exchangeFeedback').map(cardText)).toEqual([expect.stringContaining('Hur gick besöket för gästen Aino Kirjastolainen?')]);
    expect(withVerb(mikko, 'exchangeFeedback')).toEqual([]);
    await world.restart();
    await world.work();
    expect([aino, hanna].map((who) => withVerb(who, 'exchangeFeedback').length)).toEqual([1, 1]);

    const applicationId = ids.shown;
    const feedback = { applicationId, direction: 'guestToHost', guestToHostRating: '5', guestToHostText: 'Kiitos lämpimästä vastaanotosta!', guestToUnitRating: '', guestToUnitText: '' };
    expect(cardText(await world.press(olli, 'exchangeFeedback', feedback))).toBe('This step is not yours to take now.');
    const given = await world.press(aino, 'exchangeFeedback', feedback);
    expect(cardText(given)).toContain('Kiitos palautteestasi!');
    expect(JSON.stringify(given)).not.toContain('guestToHostRating');
    expect(JSON.stringify(given)).toContain('guestToUnitRating');
    expect(cardText(await world.press(aino, 'exchangeFeedback', { ...feedback, guestToHostRating: '1' }))).toContain('Tämä palaute on jo annettu.');
    expect(cardText(await world.press(aino, 'exchangeFeedback', { applicationId, direction: 'guestToUnit', guestToUnitRating: '4' }))).toContain('Anna arvio asteikolla 1–5 ja muutama sana palautetta.');
    expect(cardText(await world.press(aino, 'exchangeCosts', { applicationId, travel: '110,50', stay: 'paljon' }))).toContain('Anna molemmat summat euroina');
    expect(cardText(await world.press(aino, 'exchangeCosts', { applicationId, travel: '110,50', stay: '180' }))).toContain('Kiitos: kulut on ilmoitettu.');
    expect(cardText(await world.press(hanna, 'exchangeFeedback', { applicationId, direction: 'hostToGuest', hostToGuestRating: '4', hostToGuestText: 'En trevlig gäst.' }))).toContain('Tack för din respons!');

    expect(await getExchange(db(), applicationId)).toMatchObject({ actualTravelCents: 110_50, actualStayCents: 180_00 });
    const stored = (await listFeedback(db(), [applicationId])).map((f) => [f.direction, f.rating, f.text]);
    expect(stored.sort()).toEqual([['guestToHost', 5, 'Kiitos lämpimästä vastaanotosta!'], ['hostToGuest', 4, 'En trevlig gäst.']]);
  });

  it('reminds the host library\'s contact when Kollega does not know the workplace mentor', async () => {
    await at('2030-03-09T07:01:00.000Z');
    expect(noticesTo(hanna, /^Gästen Aino Kirjastolainen \(Borgå stadsbibliotek\) kommer 12\.3\.2030–13\.3\.2030: Vasa stadsbibliotek\./)).toHaveLength(1);
    expect(noticesTo(hanna, /Arbetsplatshandledare\nOuti Ohjaaja, outi@vaasa\.example\.org/)).toHaveLength(1);
    expect(noticesTo(aino, /^Työntekijävaihtosi alkaa 12\.3\.2030/)).toHaveLength(1);
    expect(world.cardsTo(mikko)).toEqual([]);
  });
});
