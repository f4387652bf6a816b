/**
 * Events with Graph credentials: Kollega makes the Teams meeting in the coordinator's calendar through the real
 * Graph client and msal-node, against the local HTTPS Graph emulator; the join link reaches the channel's card;
 * the people with a seat become the meeting's attendees in coalesced PATCHes; a change or a cancellation
 * follows; a meeting Graph will not make is reported to the coordinator, who can give a link instead. Every
 * request Graph saw must exist in the official v1.0 metadata.
 */
import { getEvent } from '../../shared/store/repositories/events';
import { getPersonByBotUserId } from '../../shared/store/repositories/people';
import { startConnectorStub, type ConnectorStub, type TeamsMember } from '../fixtures/connectorStub';
import { startGraphEmulator, type GraphEmulator } from '../fixtures/graphEmulator';
import { metadataProblems } from '../support/graphMetadata';
import { LANU_TEAM, SEVERI_PLACE, bookCoffeeForm, eventsClock, eventsSeed, planEvent } from '../support/eventsWorld';
import { JoiningWorld, elina, someone, teamsMembers, tiina, type Someone } from '../support/joiningWorld';
import { cardText } from '../support/kollegaUnderTest';

const attendeesPatch = (r: { method: string; body: unknown }) => r.method === 'PATCH' && typeof r.body === 'object' && r.body !== null && 'attendees' in r.body;

describe.each(['sqlite', 'postgres'] as const)('events with Teams meetings through Graph [%s]', (dialect) => {
  let stub: ConnectorStub;
  let graph: GraphEmulator;
  let world: JoiningWorld;
  const clock = eventsClock();
  // Librarians who answer in the channel without ever opening a chat with Kollega: their e-mail comes from the
  // team's roster, which the connector stub answers with.
  const crowd: Someone[] = Array.from({ length: 8 }, (_, i) => someone(`graph-events-${dialect}-${i}`, `Kirjastolainen ${i}`, i % 2 ? 'sv-FI' : 'fi-FI'));
  const email = (who: Someone) => `${who.id.slice(3)}@kirjasto.example.org`;
  const roster: TeamsMember[] = [...teamsMembers, ...crowd.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId, email: email(p), userPrincipalName: email(p) }))];

  const settle = async () => {
    clock.advance(1000);
    await world.work();
  };
  /** What the channel shows now: the last version of its cards, posted or updated. */
  const channelNow = () => [...world.postedIn(LANU_TEAM.id), ...world.updatedIn(LANU_TEAM.id)].map(cardText).join('\n---\n');

  beforeAll(async () => {
    stub = await startConnectorStub({ members: roster });
    graph = await startGraphEmulator({ tenantId: tiina.tenantId });
    graph.addTeam({ id: LANU_TEAM.aadGroupId, displayName: 'Lanu' });
    graph.addTeam({ id: SEVERI_PLACE.aadGroupId, displayName: 'SEVERI' });
    graph.addUser({ id: tiina.aadObjectId, displayName: tiina.name, mail: 'tiina.rajala@kirjasto.example.org' });
    world = await JoiningWorld.start(
      dialect,
      stub,
      graph.env,
      { graphTransport: graph.transport, now: clock.now },
      eventsSeed(),
    );
    await world.install(tiina);
    await world.install(elina);
    await world.installInTeam(tiina, LANU_TEAM);
    await settle();
  });
  afterAll(async () => {
    await world?.stop();
    await graph?.close();
    await stub?.close();
    expect(graph.failures).toEqual([]);
    expect(metadataProblems(graph.requests)).toEqual([]);
  });
  beforeEach(() => stub.reset());

  it("makes the Teams meeting in the coordinator's calendar and puts its link on the channel's card", async () => {
    const form = bookCoffeeForm({ joinUrl: '' });
    await world.say(tiina, 'uusi tapahtuma');
    expect(cardText(world.cardsTo(tiina).at(-1))).not.toContain('Teams-kokouksen linkki'); // Kollega makes the meeting itself
    const event = await planEvent(world, tiina, form);
    expect(event.meeting).toMatchObject({ state: 'pending', organizerId: tiina.aadObjectId });
    await settle();

    const [meeting] = graph.events(tiina.aadObjectId).filter((e) => e.transactionId === event.id);
    expect(meeting).toMatchObject({
      subject: 'Lanujen kirjakahvit | Lanus bokkaffe',
      startUtc: '2027-03-28T07:00:00.000Z',
      endUtc: '2027-03-28T08:00:00.000Z',
      allowNewTimeProposals: false,
      responseRequested: false,
      attendees: [],
    });
    expect(meeting.body?.content).toContain('Vi tipsar om barn- och ungdomsböcker.');
    const created = graph.requests.find((r) => r.method === 'POST' && r.path === `/v1.0/users/${tiina.aadObjectId}/events` && (r.body as any).transactionId === event.id);
    expect(created?.body).toMatchObject({ isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' });
    expect((await getEvent(world.app.store.db, event.id))!.meeting).toMatchObject({ state: 'created', joinUrl: meeting.joinUrl, graphEventId: meeting.id });
    expect(channelNow()).toContain('Liity kokoukseen');
    expect(JSON.stringify(world.updatedIn(LANU_TEAM.id).at(-1) ?? world.postedIn(LANU_TEAM.id).at(-1))).toContain(meeting.joinUrl);
  });

  it('adds the people with a seat to the meeting in one PATCH per second, and the first in the queue when a seat frees', async () => {
    const event = await planEvent(world, tiina, bookCoffeeForm({ joinUrl: '', capacity: '5' }));
    await settle();
    const meetingId = (await getEvent(world.app.store.db, event.id))!.meeting.graphEventId!;
    const patchesBefore = graph.requests.filter(attendeesPatch).length;

    for (const who of crowd.slice(0, 7)) await world.pressInChannel(who, LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' });
    await settle();
    await settle();
    expect(graph.requests.filter(attendeesPatch).length - patchesBefore).toBe(1);
    const seated = crowd.slice(0, 5).map(email).sort();
    expect(graph.event(meetingId)!.attendees.map((a) => a.emailAddress.address).sort()).toEqual(seated);
    // The addresses came from the team's roster and are kept.
    expect((await getPersonByBotUserId(world.app.store.db, crowd[0].id))!.email).toBe(email(crowd[0]));

    await world.pressInChannel(crowd[1], LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'notGoing' });
    await settle();
    expect(graph.requests.filter(attendeesPatch).length - patchesBefore).toBe(2);
    const now = graph.event(meetingId)!.attendees.map((a) => a.emailAddress.address).sort();
    expect(now).toEqual([email(crowd[0]), ...crowd.slice(2, 6).map(email)].sort());
    // A "maybe" changes no seat: no PATCH.
    await world.pressInChannel(crowd[7], LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'maybe' });
    await settle();
    expect(graph.requests.filter(attendeesPatch).length - patchesBefore).toBe(2);
  });

  it('keeps the next PATCH a second after the last, even when the job before it ran late', async () => {
    const event = await planEvent(world, tiina, bookCoffeeForm({ joinUrl: '' }));
    await settle();
    const patches = () => graph.requests.filter(attendeesPatch).length;
    const before = patches();
    const bucketEnd = (Math.floor(clock.now().getTime() / 1000) + 1) * 1000;
    await world.pressInChannel(crowd[0], LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' });
    // The worker picks the first job up late, 900 ms after its second closed; the next answer's job is due 100 ms on.
    clock.advance(bucketEnd + 900 - clock.now().getTime());
    await world.work();
    expect(patches() - before).toBe(1);
    await world.pressInChannel(crowd[1], LANU_TEAM, 'rsvp', { eventId: event.id, answer: 'going' });
    clock.advance(200);
    await world.work();
    expect(patches() - before).toBe(1);
    clock.advance(900);
    await world.work();
    expect(patches() - before).toBe(2);
    const meetingId = (await getEvent(world.app.store.db, event.id))!.meeting.graphEventId!;
    expect(graph.event(meetingId)!.attendees.map((a) => a.emailAddress.address).sort()).toEqual([email(crowd[0]), email(crowd[1])].sort());
  });

  it('moves the meeting with the plan and cancels it with the event', async () => {
    const event = await planEvent(world, tiina, bookCoffeeForm({ joinUrl: '' }));
    await settle();
    const meetingId = (await getEvent(world.app.store.db, event.id))!.meeting.graphEventId!;
    await world.press(tiina, 'changeEvent', { eventId: event.id, ...bookCoffeeForm({ joinUrl: '', startTime: '12:00', endTime: '13:30', titleFi: 'Lanujen kevään kirjakahvit' }) });
    await settle();
    expect(graph.event(meetingId)).toMatchObject({ subject: 'Lanujen kevään kirjakahvit | Lanus bokkaffe', startUtc: '2027-03-28T09:00:00.000Z', endUtc: '2027-03-28T10:30:00.000Z' });

    await world.press(tiina, 'cancelEvent', { eventId: event.id, reason: 'Sairastuminen' });
    await settle();
    expect(graph.event(meetingId)).toMatchObject({ cancelled: true, cancelComment: 'Tapahtuma peruttiin Kollegassa. Sairastuminen' });
  });

  it('waits for a join link Teams has not made yet, then shows it', async () => {
    graph.withholdJoinUrl(1);
    const event = await planEvent(world, tiina, bookCoffeeForm({ joinUrl: '' }));
    await settle();
    expect(channelNow()).toContain('Teams-kokouksen linkki tulee tähän pian.');
    expect((await getEvent(world.app.store.db, event.id))!.meeting).toMatchObject({ state: 'pending', joinUrl: null });
    clock.advance(5000); // the retry's back-off
    await settle();
    const { meeting } = (await getEvent(world.app.store.db, event.id))!;
    expect(meeting.state).toBe('created');
    expect(JSON.stringify(world.updatedIn(LANU_TEAM.id).at(-1))).toContain(meeting.joinUrl);
    expect(graph.events(tiina.aadObjectId).filter((e) => e.transactionId === event.id)).toHaveLength(1);
  });

  it("tells the coordinator when Graph may not use her calendar, and takes a link by hand instead", async () => {
    graph.failNext({ method: 'POST', path: `/v1.0/users/${tiina.aadObjectId}/events` }, { status: 403, code: 'ErrorAccessDenied', message: 'Access is denied.' });
    const event = await planEvent(world, tiina, bookCoffeeForm({ joinUrl: '' }));
    await settle();
    expect(cardText(world.cardsTo(tiina).at(-1))).toContain(
      'Kollega ei voinut luoda Teams-kokousta tapahtumalle Lanujen kirjakahvit: Kollega ei saa käyttää järjestäjän kalenteria',
    );
    expect(channelNow()).toContain('Järjestäjä antaa kokouslinkin.');
    const form = await world.press(tiina, 'editEvent', { eventId: event.id });
    expect(cardText(form)).toContain('Teams-kokouksen linkki');
    const link = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_byhand%40thread.v2/0';
    await world.press(tiina, 'changeEvent', { eventId: event.id, ...bookCoffeeForm({ joinUrl: link }) });
    await settle();
    expect((await getEvent(world.app.store.db, event.id))!.meeting).toMatchObject({ state: 'manual', joinUrl: link });
    expect(JSON.stringify(world.updatedIn(LANU_TEAM.id).at(-1))).toContain(link);
  });
});
