/**
 * A database in which every table holds something, made the way Kollega makes it: the seed, then people who
 * talk to the bot and use the tab, through the shared services (join requests and their decisions, an event with
 * its waitlist, tips and reminders, a mentoring season with applications, themes, questions, feedback and notes,
 * staff exchanges carried to reimbursement with feedback and a story, games of the children's network booked,
 * lent and returned, its reading challenge and a guide) and the repositories the bot and the outbox use (chats,
 * installs, approval cards, notices, pacing, Graph grants, failed Graph work).
 *
 * Aino is the person to erase or export; Olli is another member, who must stay as he is; Elina coordinates SEVERI,
 * Tiina the children's network (lanu) and its games.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ExchangePlan } from '../../shared/domain/exchange/plan';
import { enqueue } from '../../shared/jobs/outbox';
import { answer, contribute } from '../../shared/services/eventAnswers';
import { createEvent } from '../../shared/services/events';
import { takeStep, writeApplication } from '../../shared/services/exchange';
import { giveFeedback as exchangeFeedback, writeStory } from '../../shared/services/exchangeAfter';
import { setExchangeBudget } from '../../shared/services/exchangeOverview';
import { bookGame, takeBookingStep } from '../../shared/services/gameBookings';
import { writeGuide } from '../../shared/services/guides';
import { askToJoin, decide } from '../../shared/services/joining';
import { applyToGroup, createGroup, decideOnApplication, openSeason } from '../../shared/services/mentoring';
import { planSeries } from '../../shared/services/mentoringSeries';
import { writeChallenge } from '../../shared/services/readingChallenges';
import { addTheme, askQuestion, giveFeedback, recordMeetingNotes, setMeetingTheme, voteForTheme } from '../../shared/services/mentoringVoices';
import { audit } from '../../shared/store/repositories/audit';
import { recordInstall } from '../../shared/store/repositories/conversations';
import { claimNotice, claimPost } from '../../shared/store/repositories/eventPosts';
import { claimExchangeNotice } from '../../shared/store/repositories/exchangeAfter';
import { claimBookingNotice } from '../../shared/store/repositories/games';
import { saveGraphGrant } from '../../shared/store/repositories/graphGrants';
import { claimApprovalCard } from '../../shared/store/repositories/joining';
import { claimApplicationNotice } from '../../shared/store/repositories/mentoringApplications';
import { claimMeetingNotice, listMeetings } from '../../shared/store/repositories/mentoringMeetings';
import { findOrCreateSignedInPerson, setPersonRegion, updatePersonDetails, upsertPerson, type PersonRecord } from '../../shared/store/repositories/people';
import { takeTurn } from '../../shared/store/repositories/spacing';
import type { Database } from '../../shared/store/schema';
import { loadSeed, parseSeed } from '../../shared/store/seed/loadSeed';
import { elina, TENANT, testSeed, tiina } from '../support/joiningWorld';

/** Before any visit or meeting: applications and plans are made now. */
export const START = new Date('2029-12-03T08:00:00.000Z');
/** When Aino is erased: after her visit and February's meeting, before the book coffee of 20 March. */
export const ERASURE = new Date('2030-03-12T10:00:00.000Z');
export const ADMIN_OID = '7a0d5c1e-0000-4000-8000-00000000ad01';

export interface Member {
  person: PersonRecord;
  chat: string;
  /** Every text they wrote themselves that an erasure must take with them. */
  texts: string[];
}

const at = (iso: string) => new Date(iso);
const ok = <T extends { outcome: string }>(result: T, ...expected: string[]): T => {
  if (!expected.includes(result.outcome)) throw new Error(`unexpected ${JSON.stringify(result)}`);
  return result;
};

async function member(db: Kysely<Database>, key: string, name: string, email: string): Promise<Member> {
  const oid = `0b6c1d2e-3333-4a4a-8c01-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
  const made = await upsertPerson(db, { botUserId: `29:${key}-teams-user`, aadObjectId: oid, tenantId: TENANT, displayName: name, locale: 'fi-FI', now: START });
  await updatePersonDetails(db, made.id, { email, library: `${name.split(' ')[0]}n kirjasto`, guestUserId: `guest-${key}-in-host-tenant` }, START);
  await setPersonRegion(db, made.id, 'uusimaa', START);
  const chat = `a:personal-chat-of-${key}`;
  const reference = JSON.stringify({ user: { id: made.botUserId, name, aadObjectId: oid }, conversation: { id: chat }, bot: { id: '28:kollega' }, serviceUrl: 'https://smba.example.org' });
  await recordInstall(db, { id: chat, kind: 'personal', channelId: 'msteams', serviceUrl: 'https://smba.example.org', tenantId: TENANT, personId: made.id, referenceJson: reference, installedBy: oid, now: START });
  return { person: { ...made, email, guestUserId: `guest-${key}-in-host-tenant` }, chat, texts: [] };
}

const plan = (who: string, over: Partial<ExchangePlan> = {}): ExchangePlan => ({
  homeLibraryId: 'porvoo-main', hostLibraryId: 'vaasa-main', startsOn: '2030-03-05', endsOn: '2030-03-07', reciprocal: false, returnVisitor: null, returnStartsOn: null, returnEndsOn: null,
  expectations: `${who}: odotukset vierailulta`, expertise: `${who}: seniorityö`, languagePractice: true,
  supervisorName: 'Sanna Esihenkilö', supervisorEmail: 'sanna@porvoo.fi', hostContactName: 'Hanna Värd', hostContactEmail: 'hanna@vaasa.fi',
  travelEstimateCents: 120_00, stayEstimateCents: 200_00, ...over,
});

export async function fillEveryTable(db: Kysely<Database>) {
  const seed = testSeed();
  seed.admins = [{ displayName: 'Anna Admin', aadObjectId: ADMIN_OID }];
  await loadSeed(db, parseSeed(seed));
  const ctx = (now: Date) => ({ db, now });
  const coordinator = await findOrCreateSignedInPerson(db, { objectId: elina.aadObjectId, tenantId: TENANT, name: elina.name, now: START });
  const sanna = await findOrCreateSignedInPerson(db, { objectId: '5e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a02', tenantId: TENANT, name: 'Sanna Esihenkilö', email: 'sanna@porvoo.fi', now: START });
  const hanna = await findOrCreateSignedInPerson(db, { objectId: '5e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a03', tenantId: TENANT, name: 'Hanna Värd', email: 'hanna@vaasa.fi', now: START });
  const aino = await member(db, 'a1n0', 'Aino Kirjastolainen', 'aino.kirjastolainen@porvoo.fi');
  const olli = await member(db, '0111', 'Olli Lukija', 'olli.lukija@sipoo.fi');

  // A team channel where Kollega was installed by Aino, who was also the last to speak there.
  const channel = '19:severi-general@thread.tacv2';
  const speaker = { id: aino.person.botUserId, name: aino.person.displayName, aadObjectId: aino.person.aadObjectId };
  await recordInstall(db, {
    id: channel, kind: 'channel', channelId: 'msteams', serviceUrl: 'https://smba.example.org', tenantId: TENANT, teamAadGroupId: seed.networks[0].teamsTeamId,
    referenceJson: JSON.stringify({ user: speaker, conversation: { id: channel, isGroup: true }, bot: { id: '28:kollega' }, serviceUrl: 'https://smba.example.org' }),
    installedBy: aino.person.aadObjectId, now: START,
  });

  // Networks: both join SEVERI (approved); Aino also asks to join the children's network, still pending.
  for (const m of [aino, olli]) {
    const message = `${m.person.displayName} haluaa liittyä SEVERIin`;
    m.texts.push(message);
    const asked = ok(await askToJoin({ ...ctx(START), teamsAutomation: false }, { person: m.person, networkId: 'severi', message }), 'created');
    if (asked.outcome !== 'created') throw new Error('no request');
    await claimApprovalCard(db, { joinRequestId: asked.request.id, coordinatorPersonId: coordinator.id, conversationId: 'a:personal-chat-of-elina', now: START });
    ok(await decide({ ...ctx(START), teamsAutomation: false }, { actor: coordinator, requestId: asked.request.id, event: { type: 'approve' }, verb: 'approve' }), 'decided');
  }
  // Aino is also a member of the children's network (Tiina approved her); Olli has asked to join it, still pending.
  const lanuCoordinator = await findOrCreateSignedInPerson(db, { objectId: tiina.aadObjectId, tenantId: TENANT, name: tiina.name, now: START });
  aino.texts.push('Ainon viesti lasten verkostolle');
  const toLanu = ok(await askToJoin({ ...ctx(START), teamsAutomation: false }, { person: aino.person, networkId: 'lanu', message: 'Ainon viesti lasten verkostolle' }), 'created');
  if (toLanu.outcome !== 'created') throw new Error('no request');
  ok(await decide({ ...ctx(START), teamsAutomation: false }, { actor: lanuCoordinator, requestId: toLanu.request.id, event: { type: 'approve' }, verb: 'approve' }), 'decided');
  olli.texts.push('Ollin viesti lasten verkostolle');
  ok(await askToJoin({ ...ctx(START), teamsAutomation: false }, { person: olli.person, networkId: 'lanu', message: 'Ollin viesti lasten verkostolle' }), 'created');

  // A book coffee with one seat: Aino has it, Olli waits.
  const events = { ...ctx(START), meetingAutomation: false, reminderMinutes: [1440] };
  const draft = {
    title: { fi: 'Kirjakahvit', sv: 'Bokkaffe', en: null }, description: { fi: 'Vinkataan kirjoja', sv: 'Boktips', en: null },
    startsAt: at('2030-03-20T12:00:00.000Z'), endsAt: at('2030-03-20T13:00:00.000Z'), rsvpDeadline: null, capacity: 1, joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
  };
  const created = ok(await createEvent(events, { actor: coordinator, networkId: 'severi', kind: 'bookCoffee', draft }), 'created');
  if (created.outcome !== 'created') throw new Error('no event');
  const eventId = created.event.id;
  for (const m of [aino, olli]) {
    ok(await answer(ctx(START), { person: m.person, eventId, answer: 'going' }), 'answered');
    const tip = `${m.person.displayName}: Muumipeikko ja pyrstötähti`;
    m.texts.push(tip, `${m.person.displayName} suosittelee`);
    ok(await contribute(ctx(START), { person: m.person, eventId, fromNetworkTeam: false, contribution: { kind: 'bookTip', title: tip, author: 'Tove Jansson', ageGroup: null, note: `${m.person.displayName} suosittelee`, isbn: null } }), 'added');
    await claimNotice(db, { eventId, notice: 'remind:1440@2030-03-20T12:00:00.000Z', personId: m.person.id, now: START });
  }
  await claimPost(db, eventId, channel, START);
  await takeTurn(db, `card-update:${aino.chat}`, START, 150);

  // Group mentoring: Elina mentors, both apply and are accepted, themes, votes, a question, feedback, notes.
  const season = ok(await openSeason(ctx(START), { actor: coordinator, unitId: 'ake-borga', name: { fi: 'Kevät 2030', sv: 'Våren 2030', en: null }, startsOn: '2030-01-01', endsOn: '2030-06-30' }), 'created');
  if (season.outcome !== 'created') throw new Error('no season');
  const group = ok(await createGroup(ctx(START), {
    actor: coordinator, seasonId: season.season.id, networkId: 'severi', name: { fi: 'Senioreiden tukiryhmä', sv: 'Stödgrupp för seniorarbete', en: null },
    focus: { fi: 'Senioreiden kanssa', sv: 'Med seniorer', en: null }, capacity: 6, mentorIds: [coordinator.id], memberIds: [],
  }), 'created');
  if (group.outcome !== 'created') throw new Error('no group');
  const groupId = group.group.id;
  for (const m of [aino, olli]) {
    const message = `${m.person.displayName} hakee tukiryhmään`;
    m.texts.push(message);
    const applied = ok(await applyToGroup(ctx(START), { person: m.person, groupId, message }), 'created');
    if (applied.outcome !== 'created') throw new Error('no application');
    await claimApplicationNotice(db, { applicationId: applied.application.id, notice: 'accepted', personId: m.person.id }, START);
    ok(await decideOnApplication(ctx(START), { actor: coordinator, applicationId: applied.application.id, event: { type: 'accept' } }), 'decided');
  }
  ok(await planSeries({ ...ctx(START), meetingAutomation: false }, { actor: coordinator, groupId, rule: { weekday: 'tuesday', ordinal: 'second', startTime: '14:00', endTime: '15:30' } }), 'planned');
  const [, february, march] = await listMeetings(db, groupId);
  const shared = ok(await addTheme(ctx(START), { person: coordinator, groupId, title: 'Yhteinen teema kaikille' }), 'added');
  if (shared.outcome !== 'added') throw new Error('no theme');
  ok(await voteForTheme(ctx(START), { person: aino.person, themeId: shared.theme.id, vote: true }), 'voted');
  aino.texts.push('Ainon oma teemaehdotus');
  ok(await addTheme(ctx(START), { person: aino.person, groupId, title: 'Ainon oma teemaehdotus' }), 'added');
  const fixed = ok(await addTheme(ctx(START), { person: aino.person, groupId, title: 'Asiakaspalvelun vaikeat tilanteet' }), 'added');
  if (fixed.outcome !== 'added') throw new Error('no theme');
  ok(await setMeetingTheme(ctx(START), { person: coordinator, meetingId: march.id, themeId: fixed.theme.id }), 'fixed');
  olli.texts.push('Ollin teemaehdotus');
  ok(await addTheme(ctx(START), { person: olli.person, groupId, title: 'Ollin teemaehdotus' }), 'added');
  for (const m of [aino, olli]) {
    const question = `${m.person.displayName} kysyy maaliskuun tapaamisessa`;
    const comment = `${m.person.displayName}: hyödyllinen tapaaminen`;
    m.texts.push(question, comment);
    ok(await askQuestion(ctx(START), { person: m.person, meetingId: march.id, text: question, anonymous: false }), 'asked');
    ok(await giveFeedback(ctx(at('2030-02-12T15:00:00.000Z')), { person: m.person, meetingId: february.id, answer: { usefulness: 5, wellbeing: 4, comment } }), 'given');
    await claimMeetingNotice(db, { meetingId: february.id, notice: 'agenda', personId: m.person.id }, START);
  }
  ok(await askQuestion(ctx(START), { person: aino.person, meetingId: march.id, text: 'Nimetön kysymys ryhmälle', anonymous: true }), 'asked');
  ok(await recordMeetingNotes(ctx(at('2030-02-12T15:00:00.000Z')), { person: coordinator, meetingId: february.id, notes: 'Puhuttiin seniorien digituesta.', attended: [aino.person.id, olli.person.id] }), 'recorded');

  // Staff exchange: Aino's visit in March is reimbursed; her draft and a visit approved for 2031 are still open.
  // Olli's visit in April is approved.
  const exchange = await exchangesFor(db, { coordinator, sanna, hanna, aino, olli });
  await claimExchangeNotice(db, { applicationId: exchange.ainoVisit, notice: 'afterVisit', personId: aino.person.id }, START);

  const games = await gamesFor(db, { coordinator: lanuCoordinator, aino });

  // Kollega's bookkeeping: Graph grants, and Graph work about Aino that failed with her address in the error.
  for (const m of [aino, olli]) await saveGraphGrant(db, m.person.aadObjectId!, `sealed-cache-of-${m.person.id}`, START);
  await enqueue(db, { kind: 'teams.removeMember', payload: { networkId: 'severi', personId: aino.person.id }, idempotencyKey: `teams.removeMember:severi:${aino.person.id}` }, START);
  await audit(db, { actor: 'graph', action: 'teams.memberRemoveFailed', subjectType: 'network', subjectId: 'severi', detail: { personId: aino.person.id, error: `No user ${aino.person.email}` } }, START);
  return { coordinator, lanuCoordinator, sanna, hanna, aino, olli, eventId, groupId, fixedThemeId: fixed.theme.id, exchange, games };
}

/**
 * The children's network's games: Aino borrowed game 1 in January (it came back with a part missing) and has it
 * at her library now, in March; game 2 is confirmed for her in April; a May booking she cancelled. Tiina decided
 * each, wrote the year's reading challenge and added a guide.
 */
async function gamesFor(db: Kysely<Database>, p: { coordinator: PersonRecord; aino: Member }) {
  const ctx = (now: Date) => ({ db, now });
  const book = async (gameId: string, pickUpOn: string, returnOn: string, message: string) => {
    p.aino.texts.push(message);
    const booked = ok(await bookGame(ctx(START), { actor: p.aino.person, gameId, period: { pickUpOn, returnOn }, libraryId: 'porvoo-main', message }), 'booked');
    if (booked.outcome !== 'booked') throw new Error('not booked');
    return booked.booking.id;
  };
  const versions = new Map<string, number>();
  const step = async (actor: PersonRecord, bookingId: string, now: Date, event: Parameters<typeof takeBookingStep>[1]['event']) => {
    const done = ok(await takeBookingStep(ctx(now), { actor, bookingId, version: versions.get(bookingId) ?? 1, event }), 'done');
    if (done.outcome === 'done') versions.set(bookingId, done.booking.version);
  };
  const january = await book('lanu-escape-room-1', '2030-01-07', '2030-01-20', 'Aino: pakohuonepeli tammikuun satutunneille');
  const march = await book('lanu-escape-room-1', '2030-03-02', '2030-03-15', 'Aino: pakohuonepeli hiihtolomalle');
  const april = await book('lanu-escape-room-2', '2030-04-01', '2030-04-14', 'Aino: pakohuonepeli pääsiäisen lukuviikolle');
  const may = await book('lanu-escape-room-2', '2030-05-04', '2030-05-10', 'Aino: pakohuonepeli toukokuun perhepäivään');
  for (const id of [january, march, april]) await step(p.coordinator, id, START, { type: 'confirm' });
  await step(p.coordinator, january, at('2030-01-07T08:00:00.000Z'), { type: 'handOver', note: 'Tammikuun luovutus Ainolle' });
  await step(p.coordinator, january, at('2030-01-20T14:00:00.000Z'), { type: 'return', condition: 'missingParts', note: 'Yksi numerolukko puuttui' });
  await step(p.coordinator, march, at('2030-03-02T08:00:00.000Z'), { type: 'handOver', note: 'Maaliskuun luovutus Ainolle' });
  p.aino.texts.push('Aino: toukokuun perhepäivä peruttiin');
  await step(p.aino.person, may, START, { type: 'cancel', reason: 'Aino: toukokuun perhepäivä peruttiin' });
  await claimBookingNotice(db, { bookingId: april, notice: 'confirmed', personId: p.aino.person.id }, START);
  await claimBookingNotice(db, { bookingId: april, notice: 'booked', personId: p.coordinator.id }, START);
  await claimBookingNotice(db, { bookingId: january, notice: 'returnReminder:2030-01-20', personId: p.aino.person.id }, START);

  ok(await writeChallenge(ctx(START), {
    actor: p.coordinator, networkId: 'lanu', publish: true,
    draft: { year: 2030, title: { fi: 'Lukuhaaste 2030', sv: 'Läsutmaningen 2030' }, intro: { fi: 'Lue vuoden aikana', sv: 'Läs under året' }, tasks: [{ fi: 'Lue runokirja', sv: 'Läs en diktbok' }] },
  }), 'saved');
  ok(await writeGuide(ctx(START), {
    actor: p.coordinator, networkId: 'lanu',
    draft: { title: { fi: 'Pakohuonepelin ohje', sv: 'Anvisningar för rymningsspelet', en: 'Escape-room guide' }, editions: { fi: { url: 'https://example.org/pakohuone.pdf', published: '2029-11' } } },
  }), 'saved');
  return { january, march, april, may };
}

async function exchangesFor(db: Kysely<Database>, p: { coordinator: PersonRecord; sanna: PersonRecord; hanna: PersonRecord; aino: Member; olli: Member }) {
  const ctx = (now: Date) => ({ db, now });
  const agree = async (who: Member, over: Partial<ExchangePlan>, grantedCents: number) => {
    const written = plan(who.person.displayName!, over);
    if (!who.texts.includes(written.expectations)) who.texts.push(written.expectations, written.expertise);
    const sent = ok(await writeApplication(ctx(START), { actor: who.person, plan: written, submit: true }), 'submitted');
    if (sent.outcome !== 'submitted') throw new Error('not sent');
    const id = sent.application.id;
    ok(await takeStep(ctx(START), { actor: p.sanna, applicationId: id, event: { type: 'confirm' } }), 'done');
    ok(await takeStep(ctx(START), { actor: p.hanna, applicationId: id, event: { type: 'acceptAsHost', mentorName: 'Maria Mentor', mentorEmail: 'maria@vaasa.fi' } }), 'done');
    ok(await takeStep(ctx(START), { actor: p.coordinator, applicationId: id, event: { type: 'approveCosts', grantedCents } }), 'done');
    return id;
  };
  for (const year of [2030, 2031]) ok({ outcome: await setExchangeBudget(ctx(START), { actor: p.coordinator, unitId: 'ake-borga', year, amountCents: 2000_00 }) }, 'done');
  const ainoVisit = await agree(p.aino, {}, 320_00);
  const ainoLater = await agree(p.aino, { startsOn: '2031-03-04', endsOn: '2031-03-05' }, 150_00);
  const olliVisit = await agree(p.olli, { startsOn: '2030-04-02', endsOn: '2030-04-03', hostLibraryId: 'porvoo-main', homeLibraryId: 'sipoo-main' }, 200_00);
  const afterVisit = ctx(at('2030-03-08T09:00:00.000Z'));
  ok(await takeStep(afterVisit, { actor: p.aino.person, applicationId: ainoVisit, event: { type: 'fileCosts', travelCents: 100_00, stayCents: 150_00 } }), 'done');
  ok(await takeStep(afterVisit, { actor: p.coordinator, applicationId: ainoVisit, event: { type: 'markReimbursed' } }), 'done');
  p.aino.texts.push('Aino: kiitos lämpimästä vastaanotosta', 'Ainon tarina Vaasasta', 'Opin Vaasassa paljon seniorityöstä.', 'Ainon keskeneräinen luonnos');
  ok(await exchangeFeedback(afterVisit, { actor: p.aino.person, applicationId: ainoVisit, direction: 'guestToHost', rating: 5, text: 'Aino: kiitos lämpimästä vastaanotosta' }), 'done');
  ok(await exchangeFeedback(afterVisit, { actor: p.hanna, applicationId: ainoVisit, direction: 'hostToGuest', rating: 5, text: 'Vieras oli utelias ja innostunut.' }), 'done');
  ok(await writeStory(afterVisit, { actor: p.aino.person, applicationId: ainoVisit, title: 'Ainon tarina Vaasasta', text: 'Opin Vaasassa paljon seniorityöstä.', publish: true }), 'done');
  const unfinished = { ...plan('Aino'), hostLibraryId: null, startsOn: null, endsOn: null, expectations: 'Ainon keskeneräinen luonnos', expertise: '', supervisorName: '', supervisorEmail: '', hostContactName: '', hostContactEmail: '' };
  const draft = ok(await writeApplication(ctx(START), { actor: p.aino.person, plan: unfinished, submit: false }), 'saved');
  return { ainoVisit, ainoLater, olliVisit, ainoDraft: draft.outcome === 'saved' ? draft.application.id : '' };
}
