/**
 * A network's shared resources in the chat, over HTTP with the connector stub, on both engines: which escape-room
 * games are free in a month (asked in Finnish, Swedish and English; a booked period is not free; someone in no
 * lending network is told which network lends them; in a team's channel, the team's network), the materials with
 * each guide in the reader's language or another one named, and the reading challenge. Around a booking: the
 * coordinators' card once even when its job runs twice, Confirm and Decline on it (a stale, closed or outside press
 * changes nothing), the booker told of the outcome, the coordinators told of the booker's own cancellation, the
 * reminders only for a loan that still stands on its day, and a malformed payload failing its job.
 */
import { sql } from 'kysely';
import { enqueue, listJobs } from '../../shared/jobs/outbox';
import { bookGame, resourceJobs, takeBookingStep } from '../../shared/services/gameBookings';
import { writeChallenge } from '../../shared/services/readingChallenges';
import type { GuideDraft } from '../../shared/domain/resources/guides';
import { writeGuide } from '../../shared/services/guides';
import { getBooking } from '../../shared/store/repositories/games';
import { addMembership } from '../../shared/store/repositories/joining';
import { getPersonByBotUserId, type PersonRecord } from '../../shared/store/repositories/people';
import { channelMention } from '../fixtures/activities';
import { startConnectorStub, type ConnectorStub, type TeamsMember } from '../fixtures/connectorStub';
import { TestClock } from '../jobs/jobTestKit';
import { JoiningWorld, pekka, someone, teamsMembers, testSeed, tiina, type Someone } from '../support/joiningWorld';
import { cardText } from '../support/kollegaUnderTest';

const LANU_GROUP = '5e0c2b8a-4d1f-4e3a-9b7c-6a5d4c3b2a10';
const LANU_CHANNEL = '19:lanu-yhteiset@thread.tacv2';
const TAB = 'https://kollega.example.org/tab/?open=';

describe.each(['sqlite', 'postgres'] as const)('shared resources in the chat [%s]', (dialect) => {
  const aino = someone(`res-aino-${dialect}`, 'Aino Kirjastolainen', 'fi-FI');
  const bo = someone(`res-bo-${dialect}`, 'Bo Bibliotekarie', 'sv-FI');
  const emma = someone(`res-emma-${dialect}`, 'Emma Librarian', 'en-GB');
  const olli = someone(`res-olli-${dialect}`, 'Olli Ohikulkija', 'en-GB');
  const members: TeamsMember[] = [...teamsMembers, ...[aino, bo, emma, olli].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }))];
  const clock = new TestClock('2030-02-01T08:00:00.000Z');
  let stub: ConnectorStub;
  let world: JoiningWorld;
  const db = () => world.app.store.db;
  const person = async (who: Someone): Promise<PersonRecord> => (await getPersonByBotUserId(db(), who.id))!;
  const ctx = () => ({ db: db(), now: clock.now() });
  const lastText = (who: Someone) => cardText(world.cardsTo(who).at(-1));
  const texts = (who: Someone) => world.cardsTo(who).map(cardText);
  const urls = (card: unknown) => [...JSON.stringify(card).matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
  const verbs = (card: unknown) => [...JSON.stringify(card).matchAll(/"verb":"(gameBooking\w+)"/g)].map((m) => m[1]);

  async function book(who: Someone, gameId: string, pickUpOn: string, returnOn: string, message: string | null = null): Promise<string> {
    const booked = await bookGame(ctx(), { actor: await person(who), gameId, period: { pickUpOn, returnOn }, libraryId: 'porvoo-main', message });
    if (booked.outcome !== 'booked') throw new Error(JSON.stringify(booked));
    return booked.booking.id;
  }

  async function step(who: Someone, bookingId: string, event: Parameters<typeof takeBookingStep>[1]['event']): Promise<void> {
    const booking = (await getBooking(db(), bookingId))!;
    const done = await takeBookingStep(ctx(), { actor: await person(who), bookingId, version: booking.version, event });
    if (done.outcome !== 'done') throw new Error(JSON.stringify(done));
  }

  beforeAll(async () => {
    stub = await startConnectorStub({ members });
    const seed = testSeed();
    seed.networks = seed.networks.map((n) => (n.id === 'lanu' ? { ...n, teamsTeamId: LANU_GROUP } : n));
    world = await JoiningWorld.start(dialect, stub, { PUBLIC_URL: 'https://kollega.example.org' }, { now: clock.now }, seed);
    for (const who of [tiina, pekka, aino, bo, emma, olli]) await world.install(who);
    for (const who of [aino, bo, emma]) await addMembership(db(), { networkId: 'lanu', personId: (await person(who)).id, joinRequestId: null, teamsState: 'manual', now: clock.now() });
    // Aino has the first game for a week in March; a declined booking gives its days back.
    await book(aino, 'lanu-escape-room-1', '2030-03-05', '2030-03-10');
    const declined = await book(bo, 'lanu-escape-room-1', '2030-03-20', '2030-03-22');
    await step(tiina, declined, { type: 'decline', reason: 'Pelin huolto.' });
    await world.work();
  });
  afterAll(async () => {
    await world?.stop();
    await stub?.close();
  });
  beforeEach(() => stub.reset());

  it('answers which games are free in March in Finnish, Swedish and English, without the booked days', async () => {
    await world.say(aino, 'mitkä pelit ovat vapaana maaliskuussa?');
    const fi = world.cardsTo(aino);
    expect(fi).toHaveLength(1);
    expect(cardText(fi[0])).toContain('Vapaat pakohuonepelit, maaliskuu 2030\nLasten ja nuorten kirjastotyö Uudellamaalla');
    expect(cardText(fi[0])).toContain('Pakohuonepeli 1\nVapaana: 1.3.2030–4.3.2030 ja 11.3.2030–31.3.2030');
    expect(cardText(fi[0])).toContain('Pakohuonepeli 2\nVapaana: 1.3.2030–31.3.2030');
    expect(urls(fi[0])).toEqual([`${TAB}games%3Alanu`]);

    await world.say(bo, 'Vilka spel är lediga i mars?');
    expect(lastText(bo)).toContain('Lediga rymningsspel, mars 2030');
    expect(lastText(bo)).toContain('Rymningsspel 1\nLedigt: 1.3.2030–4.3.2030 och 11.3.2030–31.3.2030');
    expect(lastText(bo)).toContain('Boka i fliken');

    await world.say(emma, 'which games are free in March?');
    expect(lastText(emma)).toContain('Free escape-room games, March 2030');
    expect(lastText(emma)).toContain('Free: 1 Mar 2030–4 Mar 2030 and 11 Mar 2030–31 Mar 2030');

    // A bare "pelit": from today to the end of next month.
    await world.say(aino, 'pelit');
    expect(lastText(aino)).toContain('Vapaat pakohuonepelit, helmikuu 2030–maaliskuu 2030');
    expect(lastText(aino)).toContain('Vapaana: 1.2.2030–4.3.2030 ja 11.3.2030–31.3.2030');
  });

  it('tells someone in no lending network which network lends the games and how to join it', async () => {
    await world.say(olli, 'which games are free in March?');
    const card = world.cardsTo(olli).at(-1);
    expect(cardText(card)).toContain('Only members of a network can book its escape-room games');
    expect(cardText(card)).toContain('Games are lent by Children\'s and youth library work in Uusimaa. Ask to join');
    expect(JSON.stringify(card)).toContain('"data":{"action":"openJoinForm","networkId":"lanu"}');
  });

  it('answers in a team\'s channel with the team\'s network, whoever asks', async () => {
    const activity = channelMention({
      serviceUrl: stub.url,
      locale: olli.locale,
      from: { id: olli.id, name: olli.name, aadObjectId: olli.aadObjectId },
      text: '<at>Kollega</at> games',
    });
    const res = await world.app.post({
      ...activity,
      conversation: { ...activity.conversation, id: `${LANU_CHANNEL};messageid=1795439927185` },
      channelData: { tenant: { id: olli.tenantId }, team: { id: '19:lanu-general@thread.tacv2', name: 'Lanu', aadGroupId: LANU_GROUP }, channel: { id: LANU_CHANNEL } },
    });
    expect(res.status).toBe(200);
    const posted = stub.requests.filter((r) => r.method === 'POST' && String(r.params.conversationId).startsWith(LANU_CHANNEL)).map((r) => cardText(r.body?.attachments?.[0]?.content));
    expect(posted).toEqual([expect.stringMatching(/^Free escape-room games, February\s–\sMarch 2030\nChildren's and youth library work in Uusimaa\n/)]);
  });

  it('shows each guide in the reader\'s language or another one named, and the reading challenge', async () => {
    const coordinator = await person(tiina);
    const guide = (title: [string, string], editions: GuideDraft['editions']) =>
      writeGuide(ctx(), { actor: coordinator, networkId: 'lanu', draft: { title: { fi: title[0], sv: title[1], en: '' }, editions } });
    await guide(['PRAO-opas kirjastoille', 'PRAO-guide för bibliotek'], { fi: { url: 'https://example.org/prao-fi.pdf', published: '2021-11' }, sv: { url: 'https://example.org/prao-sv.pdf', published: '2022-02' } });
    await guide(['Pakohuonepelien ohje', ''], { fi: { url: 'https://example.org/pakohuone.pdf', published: null } });
    const tasks = [{ fi: 'Lue sarjakuva', sv: 'Läs en serie' }, { fi: 'Lue runokirja', sv: 'Läs en diktbok' }, { fi: 'Lue ääneen', sv: 'Läs högt' }];
    const challenge = await writeChallenge(ctx(), { actor: coordinator, networkId: 'lanu', draft: { year: 2030, title: { fi: 'Uudenmaan lukuhaaste 2030', sv: 'Nylands läsutmaning 2030' }, intro: { fi: 'Lue!', sv: 'Läs!' }, tasks }, publish: true });
    expect(challenge.outcome).toBe('saved');

    await world.say(bo, 'resurser');
    const sv = world.cardsTo(bo);
    expect(sv).toHaveLength(1);
    expect(cardText(sv[0])).toContain('Material från Barn- och ungdomsbiblioteksarbete i Nyland');
    expect(cardText(sv[0])).toContain('PRAO-guide för bibliotek\nPå svenska, 2/2022\nÖppna');
    expect(cardText(sv[0])).toContain('Pakohuonepelien ohje\nPå finska – det finns ingen svensk version');
    expect(cardText(sv[0])).toContain('Läsutmaning 2030\nNylands läsutmaning 2030\n3 uppgifter');
    expect(urls(sv[0])).toEqual(['https://example.org/prao-sv.pdf', 'https://example.org/pakohuone.pdf', `${TAB}challenge%3Alanu`]);

    await world.say(emma, 'materials');
    expect(lastText(emma)).toContain('PRAO-opas kirjastoille\nIn Finnish, Nov 2021 – there is no English edition');
    expect(lastText(emma)).toContain('Uudenmaan lukuhaaste 2030 / Nylands läsutmaning 2030');

    await world.say(olli, 'resources');
    expect(lastText(olli)).toContain('None of your networks has shared materials yet.');
  });

  describe('a booking', () => {
    let confirmed: string;

    it('is put to every coordinator once, in their language, even when its job runs twice', async () => {
      confirmed = await book(aino, 'lanu-escape-room-2', '2030-03-15', '2030-03-20', 'Koululaisten teemaviikolle.');
      await world.work();
      const fi = world.cardsTo(tiina);
      expect(fi.map(cardText)).toEqual([expect.stringContaining('Uusi varaus: Pakohuonepeli 2\nAino Kirjastolainen (Porvoon kaupunginkirjasto) haluaa lainata verkoston Lasten ja nuorten kirjastotyö Uudellamaalla pelin Pakohuonepeli 2 ajalle 15.3.2030–20.3.2030.')]);
      expect(cardText(fi[0])).toContain('Viesti\nKoululaisten teemaviikolle.');
      expect(verbs(fi[0])).toEqual(['gameBookingShow', 'gameBookingConfirm', 'gameBookingDecline']);
      expect(texts(pekka)).toEqual([expect.stringContaining('Aino Kirjastolainen (Porvoon kaupunginkirjasto) would like to borrow Escape-room game 2')]);

      await sql`update outbox set state = 'pending', next_attempt_at = ${'2000-01-01T00:00:00.000Z'} where kind = ${resourceJobs.booked}`.execute(db());
      await world.work();
      expect([tiina, pekka].map((who) => world.cardsTo(who).length)).toEqual([1, 1]);
    });

    it('shows a message written as a Markdown link to the coordinators as written, not as a link', async () => {
      await book(aino, 'lanu-escape-room-1', '2030-05-04', '2030-05-06', 'Täytä [lomake](https://phish.example/form)');
      await world.work();
      const card = world.cardsTo(tiina).at(-1)!;
      expect(JSON.stringify(card)).not.toMatch(/\]\s*\(https:\/\/phish/);
      expect(cardText(card).replace(/\u200b/g, '')).toContain('Täytä [lomake](https://phish.example/form)');
    });

    it('is confirmed on the card; the booker is told with the pick-up day, and a second press changes nothing', async () => {
      const version = (await getBooking(db(), confirmed))!.version;
      expect(cardText(await world.press(olli, 'gameBookingConfirm', { bookingId: confirmed, version }))).toContain('Only the network\'s coordinators can do this');
      const answer = await world.press(tiina, 'gameBookingConfirm', { bookingId: confirmed, version });
      expect(cardText(answer)).toContain('Vahvistettu. Aino Kirjastolainen saa tiedon; nouto on 15.3.2030.');
      expect(cardText(answer)).toContain('Tila\nvahvistettu (Tiina Rajala)');
      expect(verbs(answer)).toEqual(['gameBookingShow']);
      const stale = await world.press(pekka, 'gameBookingDecline', { bookingId: confirmed, version, reason: 'Too late' });
      expect(cardText(stale)).toContain('Someone changed this booking meanwhile, so nothing was changed. Look at it again as it is now.');
      expect(cardText(stale)).toContain('State\nconfirmed by Tiina Rajala');
      expect((await getBooking(db(), confirmed))!.state).toBe('confirmed');

      await world.work();
      await world.work();
      expect(texts(aino)).toEqual([expect.stringContaining('Tiina Rajala vahvisti varauksesi: Pakohuonepeli 2, 15.3.2030–20.3.2030. Nouto on 15.3.2030.')]);
    });

    it('is declined on the card only with a reason, and the booker reads the reason', async () => {
      const id = await book(bo, 'lanu-escape-room-2', '2030-04-02', '2030-04-05');
      await world.work();
      stub.reset();
      const version = (await getBooking(db(), id))!.version;
      expect(cardText(await world.press(pekka, 'gameBookingDecline', { bookingId: id, version }))).toContain('a decline needs a reason');
      expect(cardText(await world.press(pekka, 'gameBookingDecline', { bookingId: id, version, reason: 'The game is at the network day.' }))).toContain('Declined. Bo Bibliotekarie is told the reason.');
      await world.work();
      expect(texts(bo)).toEqual([expect.stringMatching(/^Rymningsspel 2\nPekka Coordinator avböjde din bokning av Rymningsspel 2 för 2\.4\.2030–5\.4\.2030\.\nOrsak: The game is at the network day\./)]);
    });

    it('cancelled by the booker is told to the coordinators instead', async () => {
      const id = await book(emma, 'lanu-escape-room-1', '2030-04-10', '2030-04-12');
      await step(emma, id, { type: 'cancel', reason: 'Plans changed.' });
      await world.work();
      expect(world.cardsTo(emma)).toEqual([]);
      expect(texts(tiina)).toEqual([expect.stringContaining('Emma Librarian (Porvoon kaupunginkirjasto) perui varauksensa: Pakohuonepeli 1, 10.4.2030–12.4.2030. Päivät ovat taas vapaina.\nSyy: Plans changed.')]);
      expect(texts(pekka)).toEqual([expect.stringContaining('Emma Librarian (Porvoon kaupunginkirjasto) cancelled their booking of Escape-room game 1')]);
    });

    it('reminds the booker of pick-up and return of a loan that stands, not of one cancelled or moved', async () => {
      const cancelled = await book(bo, 'lanu-escape-room-1', '2030-03-14', '2030-03-16');
      await step(tiina, cancelled, { type: 'confirm' });
      await step(tiina, cancelled, { type: 'cancel', reason: null });
      // A reminder made for a day the loan no longer starts on (as after a move): it must not go.
      await enqueue(db(), { kind: resourceJobs.pickUpReminder, payload: { bookingId: confirmed, day: '2030-03-12' }, idempotencyKey: 'moved-reminder', notBefore: clock.now() }, clock.now());
      await world.work();
      expect(world.cardsTo(aino)).toEqual([]);
      stub.reset();

      clock.advance(Date.parse('2030-03-13T07:01:00.000Z') - clock.now().getTime());
      await world.work();
      expect(texts(aino)).toEqual(['Pakohuonepeli 2\nMuistutus: noutopäivä on 15.3.2030: Pakohuonepeli 2 (Porvoon kaupunginkirjasto). Palautus on 20.3.2030.']);
      expect(texts(bo).filter((t) => t.includes('Påminnelse'))).toEqual([]);

      await step(tiina, confirmed, { type: 'handOver', note: null });
      clock.advance(Date.parse('2030-03-19T07:01:00.000Z') - clock.now().getTime());
      await world.work();
      await world.restart();
      await world.work();
      expect(texts(aino).filter((t) => t.includes('palautuspäivä'))).toEqual(['Pakohuonepeli 2\nMuistutus: palautuspäivä on 20.3.2030: Pakohuonepeli 2. Tarkistathan, että kaikki osat ovat laatikossa.']);
    });

    it('fails a job whose payload is malformed', async () => {
      await enqueue(db(), { kind: resourceJobs.bookingStep, payload: { bookingId: 'not-a-booking', version: 0 }, idempotencyKey: 'malformed-step' }, clock.now());
      await world.work();
      const [job] = (await listJobs(db(), { kind: resourceJobs.bookingStep, limit: 1000 })).filter((j) => j.idempotencyKey === 'malformed-step');
      expect(job).toMatchObject({ state: 'failed', attempts: 1 });
      expect(job.lastError).toMatch(/Malformed payload/);
    });
  });
});
