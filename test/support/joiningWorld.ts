/**
 * A small world for the joining tests: Kollega on a seed whose coordinators have Entra ids, a connector stub,
 * and people who talk to the bot as Teams would (installs, messages, Action.Execute invokes).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StoreDialect } from '../../shared/store/database';
import { bundledSeedData } from '../../shared/store/seed/loadSeed';
import type { SeedInput } from '../../shared/store/seed/seedSchema';
import { botMembership, cardExecute, installationUpdate, personalMessage } from '../fixtures/activities';
import type { ConnectorStub, TeamsMember } from '../fixtures/connectorStub';
import type { StartOptions } from '../../bot/app';
import { startTestKollega, type KollegaUnderTest } from './kollegaUnderTest';

export const TENANT = '6f1c4a2e-3b7d-4c8e-9a15-2d0b7e5f8c41';
const unlimited = { intervalMs: 1, burst: 1_000_000 };
export const OTHER_TENANT = '9a8b7c6d-1111-4222-8333-444455556666';
export const SEVERI_TEAM = '2b1c0d9e-aaaa-4bbb-8ccc-123456789abc';

/** A team Kollega can be added to: its General channel's id (the team's id in Teams) and its Entra group id. */
export interface TeamPlace {
  id: string;
  name: string;
  aadGroupId: string;
}

export interface Someone {
  id: string;
  name: string;
  aadObjectId: string;
  locale: string;
  tenantId: string;
  conversationId: string;
}

export function someone(key: string, name: string, locale: string, tenantId = TENANT): Someone {
  const hex = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return { id: `29:${key}`, name, aadObjectId: `0b6c1d2e-2222-4a4a-8c01-${hex}`, locale, tenantId, conversationId: `a:chat-${key}` };
}

/** Elina coordinates SEVERI; Tiina and Pekka coordinate the children's and youth network (two deciders). */
export const elina = someone('elina', 'Elina Karioja', 'sv-FI');
export const tiina = someone('tiina', 'Tiina Rajala', 'fi-FI');
export const pekka = someone('pekka', 'Pekka Coordinator', 'en-US');

/** What Teams' member API tells about the coordinators: Pekka is named in the seed by e-mail only. */
export const teamsMembers: TeamsMember[] = [elina, tiina, pekka].map((p) => ({
  id: p.id,
  name: p.name,
  aadObjectId: p.aadObjectId,
  email: p === pekka ? 'Pekka@Kirjasto.example.org' : undefined,
  userPrincipalName: p === pekka ? 'pekka@kirjasto.example.org' : undefined,
}));

export function testSeed(): SeedInput {
  const seed = structuredClone(bundledSeedData()) as SeedInput;
  seed.coordinators = seed.coordinators.map((c) =>
    c.id === 'elina-karioja' ? { ...c, aadObjectId: elina.aadObjectId } : c.id === 'tiina-rajala' ? { ...c, aadObjectId: tiina.aadObjectId } : c,
  );
  seed.coordinators.push({
    id: 'pekka',
    unit: 'ake-borga',
    displayName: pekka.name,
    title: { fi: 'Informaatikko', sv: 'Informatiker', en: 'Information specialist' },
    email: 'pekka@kirjasto.example.org',
  });
  seed.networks = seed.networks.map((n) =>
    n.id === 'severi'
      ? { ...n, teamsTeamId: SEVERI_TEAM, teamsUrl: 'https://teams.microsoft.com/l/team/severi' }
      : { ...n, coordinators: [...n.coordinators, 'pekka'] },
  );
  return seed;
}

export class JoiningWorld {
  private constructor(
    public app: KollegaUnderTest,
    readonly stub: ConnectorStub,
    private readonly dir: string,
  ) {}

  /**
   * The suites share a few coordinators' chats across many tests, so Teams' rate limit per conversation is lifted
   * here; test/bot/pacing.test.ts runs with the real one.
   */
  static async start(dialect: StoreDialect, stub: ConnectorStub, env: Record<string, string> = {}, options: StartOptions = {}, seed: SeedInput = testSeed()) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-seed-'));
    const seedFile = path.join(dir, 'seed.json');
    fs.writeFileSync(seedFile, JSON.stringify(seed));
    const app = await startTestKollega(dialect, { SEED_FILE: seedFile, ...env }, { outboxPolling: false, conversationRateLimit: unlimited, ...options });
    return new JoiningWorld(app, stub, dir);
  }

  /** The same world through another instance on its database: requests go to that server, work() runs its outbox.
   * Stop that instance itself (app.stop()); the world's stop() ends the rest. */
  through(app: KollegaUnderTest): JoiningWorld {
    return new JoiningWorld(app, this.stub, this.dir);
  }

  /** A restart: the same database, a new server and outbox worker. */
  async restart() {
    this.app = await this.app.restart();
  }

  async stop() {
    await this.app.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private as(who: Someone) {
    return {
      serviceUrl: this.stub.url,
      locale: who.locale,
      from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
      conversation: { id: who.conversationId, conversationType: 'personal', tenantId: who.tenantId },
    };
  }

  private withTenant<T extends { channelData?: unknown }>(who: Someone, activity: T): T {
    return { ...activity, channelData: { ...(activity.channelData as object), tenant: { id: who.tenantId } } };
  }

  async install(who: Someone) {
    await this.app.post(this.withTenant(who, installationUpdate('add', 'personal', this.as(who))));
  }

  /** The conversationUpdate (bot added) that Teams sends beside installationUpdate for one install. */
  async botAdded(who: Someone) {
    await this.app.post(this.withTenant(who, botMembership('added', 'personal', this.as(who))));
  }

  async say(who: Someone, text: string) {
    const res = await this.app.post(this.withTenant(who, personalMessage({ ...this.as(who), text })));
    if (res.status !== 200) throw new Error(`message answered ${res.status}: ${JSON.stringify(res.body)}`);
  }

  /** An Action.Execute press; returns the card that replaces the pressed one. */
  async press(who: Someone, verb: string, data: object, activityId?: string): Promise<any> {
    const activity = this.withTenant(who, cardExecute(verb, { ...this.as(who), data: { action: verb, ...data } }));
    const res = await this.app.post(activityId ? { ...activity, id: activityId } : activity);
    if (res.status !== 200) throw new Error(`invoke answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body.value;
  }

  /** Kollega added to a team (its General channel), by this person. */
  async installInTeam(who: Someone, team: TeamPlace) {
    const activity = installationUpdate('add', 'team', { ...this.inChannel(who, team), conversation: { id: team.id, conversationType: 'channel', isGroup: true, tenantId: who.tenantId } });
    const res = await this.app.post({ ...activity, channelData: { ...this.channelData(who, team), settings: { selectedChannel: { id: team.id } } } });
    if (res.status !== 200) throw new Error(`install answered ${res.status}: ${JSON.stringify(res.body)}`);
  }

  /** An Action.Execute press on a card in a team's channel (a refresh is one too, with trigger 'automatic'). */
  async pressInChannel(who: Someone, team: TeamPlace, verb: string, data: object, o: { activityId?: string; trigger?: 'manual' | 'automatic' } = {}): Promise<any> {
    const base = cardExecute(verb, { ...this.inChannel(who, team), data: { action: verb, ...data } });
    const activity = {
      ...base,
      ...(o.activityId ? { id: o.activityId } : {}),
      ...(o.trigger ? { value: { ...(base.value as object), trigger: o.trigger } } : {}),
      channelData: this.channelData(who, team),
    };
    const res = await this.app.post(activity);
    if (res.status !== 200) throw new Error(`invoke answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body.value;
  }

  private channelData(who: Someone, team: TeamPlace) {
    return { tenant: { id: who.tenantId }, team: { id: team.id, name: team.name, aadGroupId: team.aadGroupId }, channel: { id: team.id }, source: { name: 'message' } };
  }

  private inChannel(who: Someone, team: TeamPlace) {
    return {
      serviceUrl: this.stub.url,
      locale: who.locale,
      from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
      conversation: { id: `${team.id};messageid=1795439643639`, conversationType: 'channel', isGroup: true, tenantId: who.tenantId },
    };
  }

  /** Cards posted into a conversation (a channel, a chat), and the updates of cards there, since the last reset. */
  postedIn(conversationId: string): any[] {
    return this.stub.requests
      .filter((r) => r.method === 'POST' && r.params.conversationId === conversationId && r.body?.type === 'message')
      .map((r) => r.body.attachments?.[0]?.content)
      .filter(Boolean);
  }

  updatedIn(conversationId: string): any[] {
    return this.stub.requests.filter((r) => r.method === 'PUT' && r.params.conversationId === conversationId).map((r) => r.body.attachments?.[0]?.content);
  }

  /** Lets the outbox do everything due now, as the worker's timer would. */
  async work() {
    let rounds = 0;
    while ((await this.app.outbox.runDue()) > 0 && rounds++ < 20);
  }

  /** Cards posted to someone's chat since the last reset. */
  cardsTo(who: Someone): any[] {
    return this.postedIn(who.conversationId);
  }

  /** Card updates (PUT) in someone's chat since the last reset. */
  updatesTo(who: Someone): any[] {
    return this.updatedIn(who.conversationId);
  }
}
