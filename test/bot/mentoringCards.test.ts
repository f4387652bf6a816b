/**
 * A support group's personal cards over HTTP with the connector stub, on both engines, with the app's clock
 * moved through a season: the agenda a few days before each meeting and the feedback request after it, each to
 * every mentor and member once, in their language, also across a restart; a question sent from the agenda card
 * (anonymously) and feedback from the feedback card, given once; an outsider's press refused. Every such card in
 * every language is a valid Adaptive Card 1.5.
 */
import { agendaCard, feedbackCard } from '../../bot/cards/mentoringCards';
import { applicationCard } from '../../bot/cards/mentoringApplication';
import { applyFormCard, groupsCard } from '../../bot/cards/mentoringGroups';
import { themesCard } from '../../bot/cards/mentoringThemes';
import { languages } from '../../shared/i18n/language';
import { createGroup, openSeason, placeInGroup } from '../../shared/services/mentoring';
import { planSeries } from '../../shared/services/mentoringSeries';
import { getPersonByBotUserId } from '../../shared/store/repositories/people';
import { startConnectorStub, type ConnectorStub, type TeamsMember } from '../fixtures/connectorStub';
import { TestClock } from '../jobs/jobTestKit';
import { cardProblems } from '../support/cardValidation';
import { JoiningWorld, someone, testSeed, tiina } from '../support/joiningWorld';
import { cardText } from '../support/kollegaUnderTest';

const DAY = 86_400_000;

describe.each(['sqlite', 'postgres'] as const)('a support group\'s agenda and feedback cards [%s]', (dialect) => {
  const aino = someone(`mentoring-aino-${dialect}`, 'Aino Kirjastolainen', 'fi-FI');
  const bo = someone(`mentoring-bo-${dialect}`, 'Bo Bibliotekarie', 'sv-FI');
  const maija = someone(`mentoring-maija-${dialect}`, 'Maija Mentor', 'en-GB');
  const ulla = someone(`mentoring-ulla-${dialect}`, 'Ulla Ulkopuolinen', 'fi-FI');
  const clock = new TestClock('2029-12-01T08:00:00.000Z');
  let stub: ConnectorStub;
  // Teams' member API: Dora, whom a coordinator adds by e-mail before she ever opens Kollega, is found by it.
  const dora = someone(`mentoring-dora-${dialect}`, 'Dora Dahl', 'sv-FI');
  const teamsMembers: TeamsMember[] = [{ id: dora.id, name: dora.name, aadObjectId: dora.aadObjectId, email: `dora.dahl.${dialect}@kunta.example` }];
  let world: JoiningWorld;
  let meetings: Array<{ id: string; startsAt: Date; endsAt: Date }>;
  const agendasTo = (who: typeof aino) => world.cardsTo(who).map(cardText).filter((text) => /Tukiryhmän tapaaminen|Stödgruppens möte|Support group meeting/.test(text));
  const feedbackTo = (who: typeof aino) => world.cardsTo(who).filter((c) => JSON.stringify(c).includes('mentoringFeedback'));

  beforeAll(async () => {
    stub = await startConnectorStub({ members: teamsMembers });
    world = await JoiningWorld.start(dialect, stub, {}, { now: clock.now }, testSeed());
    for (const who of [tiina, aino, bo, maija, ulla]) await world.install(who);
    const db = world.app.store.db;
    const ctx = { db, now: clock.now() };
    const person = async (who: typeof aino) => (await getPersonByBotUserId(db, who.id))!;
    const coordinator = await person(tiina);
    const season = await openSeason(ctx, { actor: coordinator, unitId: 'ake-borga', name: { fi: 'Kevät 2030', sv: 'Våren 2030', en: null }, startsOn: '2030-01-01', endsOn: '2030-05-31' });
    if (season.outcome !== 'created') throw new Error(season.outcome);
    const group = await createGroup(ctx, {
      actor: coordinator, seasonId: season.season.id, networkId: null, name: { fi: 'Viestinnän tukiryhmä', sv: 'Stödgruppen för kommunikation', en: 'Communications support group' },
      focus: { fi: 'Viestintä', sv: 'Kommunikation', en: null }, capacity: null, mentorIds: [(await person(maija)).id], memberIds: [(await person(aino)).id, (await person(bo)).id],
    });
    if (group.outcome !== 'created') throw new Error(group.outcome);
    const planned = await planSeries({ ...ctx, meetingAutomation: false }, { actor: coordinator, groupId: group.group.id, rule: { weekday: 'tuesday', ordinal: 'second', startTime: '14:00', endTime: '15:30' } });
    if (planned.outcome !== 'planned') throw new Error(planned.outcome);
    meetings = planned.meetings;
    await world.work();
  });
  afterAll(async () => {
    await world?.stop();
    await stub?.close();
  });
  beforeEach(() => stub.reset());

  it('sends each mentor and member the agenda three days before the meeting, once, in their language, also after a restart', async () => {
    const first = meetings[0];
    clock.advance(first.startsAt.getTime() - 3 * DAY - 60_000 - clock.now().getTime());
    await world.work();
    expect([aino, bo, maija].map((p) => agendasTo(p).length)).toEqual([0, 0, 0]);

    clock.advance(2 * 60_000);
    await world.work();
    expect(agendasTo(aino)).toEqual([expect.stringContaining('Viestinnän tukiryhmä')]);
    expect(agendasTo(aino)[0]).toContain('Teemasta sovitaan ennen tapaamista.');
    expect(agendasTo(bo)).toEqual([expect.stringContaining('Stödgruppen för kommunikation')]);
    expect(agendasTo(maija)).toEqual([expect.stringContaining('Communications support group')]);
    expect(agendasTo(ulla)).toEqual([]);

    stub.reset();
    await world.restart();
    clock.advance(60 * 60_000);
    await world.work();
    expect([aino, bo, maija].map((p) => agendasTo(p).length)).toEqual([0, 0, 0]);
  });

  it('takes a question from the agenda card, anonymously when asked, and refuses someone outside the group', async () => {
    const answered = await world.press(aino, 'mentoringQuestion', { meetingId: meetings[0].id, text: 'Miten vastata vihaiseen kommenttiin?', anonymous: 'true' });
    expect(cardText(answered)).toContain('Kiitos: kysymyksesi lähetettiin nimettömänä.');
    const refused = await world.press(ulla, 'mentoringQuestion', { meetingId: meetings[0].id, text: 'Saanko minäkin kysyä?' });
    expect(cardText(refused)).toContain('Vain ryhmän jäsenet ja mentorit lähettävät kysymyksiä.');
    expect(await world.app.store.db.selectFrom('mentoring_questions').select(['text', 'asked_by']).execute()).toEqual([{ text: 'Miten vastata vihaiseen kommenttiin?', asked_by: null }]);
  });

  it('asks for feedback when the meeting ends, once each, and takes each person\'s answer once', async () => {
    const first = meetings[0];
    clock.advance(first.endsAt.getTime() + 60_000 - clock.now().getTime());
    await world.work();
    expect([aino, bo, maija, ulla].map((p) => feedbackTo(p).length)).toEqual([1, 1, 1, 0]);
    await world.work();
    expect(feedbackTo(aino)).toHaveLength(1);

    const thanks = await world.press(aino, 'mentoringFeedback', { meetingId: first.id, usefulness: '4', wellbeing: '5', comment: 'Hyvä ryhmä.' });
    expect(cardText(thanks)).toContain('Kiitos palautteestasi!');
    expect(JSON.stringify(thanks)).not.toContain('mentoringFeedback');
    const again = await world.press(aino, 'mentoringFeedback', { meetingId: first.id, usefulness: '1', wellbeing: '1' });
    expect(cardText(again)).toContain('Olet jo antanut palautetta tästä tapaamisesta. Kiitos!');
    const off = await world.press(bo, 'mentoringFeedback', { meetingId: first.id, usefulness: '9', wellbeing: '3' });
    expect(cardText(off)).toContain('Svara på varje fråga på skalan 1–5.');
    expect(await world.app.store.db.selectFrom('mentoring_feedback').select(['usefulness', 'wellbeing', 'comment']).execute()).toEqual([{ usefulness: 4, wellbeing: 5, comment: 'Hyvä ryhmä.' }]);
  });

  it('shows the group\'s themes in the chat, where members propose and vote, and refuses an outsider\'s vote', async () => {
    await world.say(aino, 'teemat');
    const shown = cardText(world.cardsTo(aino).at(-1));
    expect(shown).toContain('Tukiryhmäni teemat');
    expect(shown).toContain('Viestinnän tukiryhmä');
    const groupId = (await world.app.store.db.selectFrom('mentoring_groups').select('id').executeTakeFirstOrThrow()).id;
    // As Teams sends it: every propose field of the card, each named by its group; the pressed group's counts.
    const proposed = await world.press(aino, 'mentoringPropose', { groupId, [`title-${groupId}`]: 'Kriisiviestintä', 'title-0190e6f0-0000-7000-8000-00000000000f': 'Toisen ryhmän teema' });
    expect(cardText(proposed)).toContain('Teemasi lisättiin.');
    expect(cardText(proposed)).toContain('Kriisiviestintä (0 ääntä)');
    const themeId = (await world.app.store.db.selectFrom('mentoring_themes').select('id').where('title', '=', 'Kriisiviestintä').executeTakeFirstOrThrow()).id;
    const voted = await world.press(bo, 'mentoringVote', { themeId, vote: 'true' });
    expect(cardText(voted)).toContain('Din röst räknades.');
    expect(cardText(voted)).toContain('Kriisiviestintä (1 röster)');
    expect(cardText(await world.press(bo, 'mentoringVote', { themeId, vote: 'true' }))).toContain('Kriisiviestintä (1 röster)');
    const outsider = await world.press(ulla, 'mentoringVote', { themeId, vote: 'true' });
    expect(cardText(outsider)).toContain('Vain ryhmän jäsenet ja mentorit ehdottavat teemoja ja äänestävät niistä.');
    expect(cardText(outsider)).toContain('Et ole vielä missään tukiryhmässä.');
    expect((await world.app.store.db.selectFrom('mentoring_themes').select('votes').where('id', '=', themeId).executeTakeFirstOrThrow()).votes).toBe(1);
  });

  it('takes an application in the chat: the coordinators get one card to decide on, the applicant hears the decision, once each', async () => {
    const db = () => world.app.store.db;
    const carl = someone(`mentoring-carl-${dialect}`, 'Carl Sökande', 'sv-FI');
    await world.install(carl);
    await world.say(carl, 'grupper');
    const listed = cardText(world.cardsTo(carl).at(-1));
    expect(listed).toContain('Stödgrupper');
    expect(listed).toContain('Stödgruppen för kommunikation');
    expect(listed).toContain('Medlemmar: 2');
    const groupId = (await db().selectFrom('mentoring_groups').select('id').executeTakeFirstOrThrow()).id;
    expect(cardText(await world.press(carl, 'mentoringApplyForm', { groupId }))).toContain('Ansök till Stödgruppen för kommunikation');
    const sent = await world.press(carl, 'mentoringApply', { groupId, message: 'Jag sköter sociala medier i Borgå.' });
    expect(cardText(sent)).toContain('Din ansökan skickades till koordinatorerna.');
    expect(cardText(sent)).toContain('Du har ansökt: koordinatorerna avgör.');
    expect(cardText(await world.press(carl, 'mentoringApply', { groupId }))).toContain('Du har redan ansökt till den här gruppen.');

    stub.reset();
    await world.work();
    await world.restart();
    await world.work();
    const cards = world.cardsTo(tiina).filter((c) => JSON.stringify(c).includes('mentoringAccept'));
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0])).toContain('Carl Sökande hakee tukiryhmään Viestinnän tukiryhmä');
    expect(cardText(cards[0])).toContain('Jag sköter sociala medier i Borgå.');
    const applicationId = (await db().selectFrom('mentoring_applications').select('id').where('state', '=', 'pending').executeTakeFirstOrThrow()).id;

    // Carl cannot accept himself with a forged press; a member of the group cannot either; neither learns anything.
    const forged = await world.press(carl, 'mentoringAccept', { applicationId });
    expect(cardText(forged)).toBe('Du kan inte avgöra den här ansökan.');
    expect(cardText(await world.press(aino, 'mentoringApplicationRefresh', { applicationId }))).not.toContain('Carl');
    expect((await db().selectFrom('mentoring_applications').select('state').where('id', '=', applicationId).executeTakeFirstOrThrow()).state).toBe('pending');

    const accepted = await world.press(tiina, 'mentoringAccept', { applicationId });
    expect(cardText(accepted)).toContain('Carl Sökande on nyt ryhmän jäsen.');
    expect(cardText(accepted)).toContain('Tiina Rajala hyväksyi hakemuksen');
    expect(JSON.stringify(accepted)).not.toContain('mentoringAccept"');
    expect(cardText(await world.press(tiina, 'mentoringDecline', { applicationId }))).toContain('Tästä hakemuksesta on jo päätetty.');
    expect(cardText(await world.press(tiina, 'mentoringApplicationRefresh', { applicationId }))).toContain('Tiina Rajala hyväksyi hakemuksen');

    await world.work();
    await world.work();
    expect(world.cardsTo(carl).map(cardText).filter((text) => text.includes('Välkommen till stödgruppen Stödgruppen för kommunikation!'))).toHaveLength(1);
    await world.say(carl, 'grupper');
    expect(cardText(world.cardsTo(carl).at(-1))).toContain('Du är medlem i den här gruppen.');
  });

  it('makes someone a coordinator added by e-mail that same person when she first writes to the bot', async () => {
    const db = world.app.store.db;
    const groupId = (await db.selectFrom('mentoring_groups').select('id').executeTakeFirstOrThrow()).id;
    const added = await placeInGroup({ db, now: clock.now() }, { actor: (await getPersonByBotUserId(db, tiina.id))!, groupId, who: { email: teamsMembers[0].email!.toUpperCase(), name: 'Dora D.' }, role: 'member' });
    if (added.outcome !== 'done') throw new Error(added.outcome);
    await world.install(dora);
    await world.say(dora, 'grupper');
    expect(cardText(world.cardsTo(dora).at(-1))).toContain('Du är medlem i den här gruppen.');
    const her = (await getPersonByBotUserId(db, dora.id))!;
    expect({ id: her.id, name: her.displayName, email: her.email }).toEqual({ id: added.personId, name: 'Dora Dahl', email: teamsMembers[0].email });
  });

  it('draws every agenda, feedback, themes, groups and application card as a valid Adaptive Card 1.5 in every language', () => {
    const group = { id: 'g', seasonId: 's', networkId: null, name: { fi: 'Ryhmä', sv: 'Grupp', en: 'Group' }, focus: { fi: 'F', sv: 'F', en: 'F' }, capacity: null, seriesState: 'created' as const, joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' };
    const meeting = { id: '0190e6f0-0000-7000-8000-000000000000', groupId: 'g', seriesDate: '2030-01-08', startsAt: new Date('2030-01-08T12:00:00Z'), endsAt: new Date('2030-01-08T13:30:00Z'), cancelled: false };
    for (const lang of languages) {
      for (const card of [
        agendaCard({ lang, group, meeting, theme: 'Some', joinUrl: group.joinUrl }),
        agendaCard({ lang, group, meeting, theme: null, joinUrl: null, notice: { text: 'x', good: false } }),
        feedbackCard({ lang, group, meeting, theme: null, joinUrl: null, open: true }),
        feedbackCard({ lang, group, meeting, theme: null, joinUrl: null, open: false, notice: { text: 'x', good: true } }),
        themesCard({ lang, groups: [] }),
        groupsCard({ lang, groups: [] }),
        groupsCard({ lang, groups: [{ id: '0190e6f0-0000-7000-8000-000000000004', name: 'R', season: 'S', focus: 'F', members: 2, capacity: 5, role: null, applicationId: null }, { id: '0190e6f0-0000-7000-8000-000000000005', name: 'R', season: 'S', focus: 'F', members: 2, capacity: null, role: null, applicationId: '0190e6f0-0000-7000-8000-000000000006' }], notice: { text: 'x', good: true } }),
        applyFormCard({ lang, group: { id: '0190e6f0-0000-7000-8000-000000000004', name: 'R', focus: 'F' }, notice: 'x' }),
        ...(['pending', 'accepted', 'declined', 'withdrawn'] as const).map((state) => applicationCard({
          applicationId: '0190e6f0-0000-7000-8000-000000000006', state, applicantName: 'A', groupName: 'R', members: 1, capacity: 3, message: null, askedAt: new Date(), deciderName: 'T', decidedAt: state === 'pending' ? null : new Date(), reason: 'r',
        }, lang, ['29:x'], { text: 'x', good: false })),
        themesCard({ lang, groups: [{ id: '0190e6f0-0000-7000-8000-000000000009', name: 'Toinen', themes: [] }, { id: '0190e6f0-0000-7000-8000-000000000001', name: 'Ryhmä', themes: [{ id: '0190e6f0-0000-7000-8000-000000000002', title: 'T', votes: 2, myVote: true, fixed: false }, { id: '0190e6f0-0000-7000-8000-000000000003', title: 'U', votes: 0, myVote: false, fixed: true }] }], notice: { text: 'x', good: true } }),
      ]) expect({ lang, problems: cardProblems(card) }).toEqual({ lang, problems: [] });
    }
  });
});
