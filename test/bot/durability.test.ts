/**
 * Nothing a person did is lost on a crash: Kollega answers (the invoke's card, a reply through the connector,
 * the tab API) only once what the turn wrote is on disk. Here the disk's sync is held back, and nothing may
 * reach the person until it is released. SQLite only: PostgreSQL's commits are durable when they return.
 */
import { listPendingRequests } from '../../shared/store/repositories/joining';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { JoiningWorld, elina, someone, teamsMembers } from '../support/joiningWorld';
import { cardText } from '../support/kollegaUnderTest';

/** A disk whose syncs wait until the test opens it. */
class HeldDisk {
  private held = true;
  private waiting: Array<() => void> = [];
  syncs = 0;

  readonly syncFile = async (): Promise<void> => {
    this.syncs += 1;
    if (this.held) await new Promise<void>((resolve) => this.waiting.push(resolve));
  };

  hold(): void {
    this.held = true;
  }

  release(): void {
    this.held = false;
    this.waiting.splice(0).forEach((resolve) => resolve());
  }
}

const tick = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

describe('answers wait until what they depend on is on disk [sqlite]', () => {
  const disk = new HeldDisk();
  let stub: ConnectorStub;
  let world: JoiningWorld;

  beforeAll(async () => {
    disk.release();
    stub = await startConnectorStub({ members: teamsMembers });
    world = await JoiningWorld.start('sqlite', stub, {}, { syncFile: disk.syncFile });
    await world.install(elina);
  });
  afterAll(async () => {
    disk.release();
    await world?.stop();
    await stub?.close();
  });

  it("holds a join request's card until the request is on disk", async () => {
    const aino = someone('durable-aino', 'Aino Durable', 'fi-FI');
    await world.install(aino);
    await world.press(aino, 'showNetworks', {}); // warm: the press below is quick when nothing holds it
    disk.hold();
    let answered = false;
    const pressing = world.press(aino, 'requestJoin', { networkId: 'severi' }).then((card) => {
      answered = true;
      return card;
    });
    const written = async () => (await listPendingRequests(world.app.store.db, 'severi')).some((r) => r.personName === aino.name);
    while (!(await written())) await tick(5);
    await tick(100);
    // Written (the same process sees it) but not yet on disk: no answer has left.
    expect(answered).toBe(false);
    disk.release();
    expect(cardText(await pressing)).toContain('Pyyntösi liittyä verkostoon SEVERI lähetettiin');
  });

  it("holds a reply sent through the connector until the person's first words are on disk", async () => {
    const veikko = someone('durable-veikko', 'Veikko Durable', 'fi-FI');
    stub.reset();
    disk.hold();
    const saying = world.say(veikko, 'apua');
    await tick();
    expect(stub.requests).toHaveLength(0);
    disk.release();
    await saying;
    expect(stub.requests.length).toBeGreaterThan(0);
  });

  it("holds the outbox's messages until the claim they stand on is on disk", async () => {
    const tyyne = someone('durable-tyyne', 'Tyyne Durable', 'fi-FI');
    await world.work(); // the cards of the earlier requests go out first
    await world.install(tyyne);
    await world.press(tyyne, 'requestJoin', { networkId: 'severi' });
    stub.reset();
    disk.hold();
    const working = world.work();
    await tick();
    expect(world.cardsTo(elina)).toHaveLength(0);
    disk.release();
    await working;
    expect(world.cardsTo(elina).map(cardText).join('\n')).toContain('Tyyne Durable ber att få gå med i SEVERI');
  });
});

describe('a disk that fails to sync [sqlite]', () => {
  let failing = false;
  let stub: ConnectorStub;
  let world: JoiningWorld;

  beforeAll(async () => {
    stub = await startConnectorStub({ members: teamsMembers });
    const syncFile = async () => {
      if (failing) throw Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });
    };
    world = await JoiningWorld.start('sqlite', stub, {}, { syncFile });
  });
  afterAll(async () => {
    await world?.stop().catch(() => undefined);
    await stub?.close();
  });

  it('never tells anyone their request was sent, and reports the instance not ready', async () => {
    const aino = someone('eio-aino', 'Aino Eio', 'fi-FI');
    await world.install(aino);
    expect((await fetch(`${world.app.url}/readyz`)).status).toBe(200);
    failing = true;
    stub.reset();
    await expect(world.press(aino, 'requestJoin', { networkId: 'severi' })).rejects.toThrow(/invoke answered 5\d\d/);
    await world.say(aino, 'apua').catch(() => undefined);
    expect(stub.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    expect((await fetch(`${world.app.url}/readyz`)).status).toBe(503);
  });
});
