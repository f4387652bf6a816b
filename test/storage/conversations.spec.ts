import {
  claimWelcome,
  getConversation,
  listInstallationEvents,
  recordInstall,
  recordUninstall,
  saveConversation,
  type RecordInstallInput,
} from '../../shared/store/repositories/conversations';
import { upsertPerson } from '../../shared/store/repositories/people';
import { isForeignKeyViolation } from '../../shared/store/errors';
import { describeEachEngine, expectViolation } from '../support/databases';

const at = (minute: number) => new Date(Date.UTC(2024, 4, 1, 8, minute));

function personalChat(overrides: Partial<RecordInstallInput> = {}): RecordInstallInput {
  return {
    id: 'a:1personal',
    kind: 'personal',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    tenantId: 'tenant-1',
    referenceJson: JSON.stringify({ conversation: { id: 'a:1personal' } }),
    installedBy: 'aad-user-1',
    now: at(0),
    ...overrides,
  };
}

describeEachEngine('conversations', (t) => {
  it('welcomes a new installation once, even if the install event arrives twice', async () => {
    const installed = await recordInstall(t.store.db, personalChat());
    expect(installed).toMatchObject({ installedAt: '2024-05-01T08:00:00.000Z', installedBy: 'aad-user-1', welcomedAt: null });
    await recordInstall(t.store.db, personalChat({ now: at(1) })); // duplicate delivery

    const claims = await Promise.all([claimWelcome(t.store.db, 'a:1personal', at(2)), claimWelcome(t.store.db, 'a:1personal', at(2))]);
    expect(claims.sort()).toEqual([false, true]);
    expect(await claimWelcome(t.store.db, 'a:1personal', at(3))).toBe(false);
    const conversation = await getConversation(t.store.db, 'a:1personal');
    expect(conversation).toMatchObject({ installedAt: '2024-05-01T08:00:00.000Z', welcomedAt: '2024-05-01T08:02:00.000Z' });
    expect((await listInstallationEvents(t.store.db, 'a:1personal')).map((e) => e.action)).toEqual(['add']);
  });

  it('records one removal when the remove event arrives twice', async () => {
    await recordInstall(t.store.db, personalChat());
    expect(await recordUninstall(t.store.db, { id: 'a:1personal', actor: 'aad-user-1', now: at(1) })).toBe(true);
    expect(await recordUninstall(t.store.db, { id: 'a:1personal', actor: 'aad-user-1', now: at(2) })).toBe(true);
    const events = await listInstallationEvents(t.store.db, 'a:1personal');
    expect(events.map((e) => [e.action, e.at])).toEqual([
      ['add', '2024-05-01T08:00:00.000Z'],
      ['remove', '2024-05-01T08:01:00.000Z'],
    ]);
    expect(await getConversation(t.store.db, 'a:1personal')).toMatchObject({ uninstalledAt: '2024-05-01T08:01:00.000Z' });
  });

  it('welcomes again after an uninstall and a reinstall, and keeps the history in order', async () => {
    await recordInstall(t.store.db, personalChat());
    expect(await claimWelcome(t.store.db, 'a:1personal', at(1))).toBe(true);
    expect(await recordUninstall(t.store.db, { id: 'a:1personal', actor: 'aad-user-1', now: at(2) })).toBe(true);
    expect(await claimWelcome(t.store.db, 'a:1personal', at(3))).toBe(false); // removed: nobody to welcome

    const reinstalled = await recordInstall(t.store.db, personalChat({ installedBy: 'aad-user-2', now: at(4) }));
    expect(reinstalled).toMatchObject({
      installedAt: '2024-05-01T08:04:00.000Z',
      installedBy: 'aad-user-2',
      uninstalledAt: null,
      welcomedAt: null,
    });
    expect(await claimWelcome(t.store.db, 'a:1personal', at(5))).toBe(true);

    const events = await listInstallationEvents(t.store.db, 'a:1personal');
    expect(events.map((e) => [e.action, e.actor, e.at])).toEqual([
      ['add', 'aad-user-1', '2024-05-01T08:00:00.000Z'],
      ['remove', 'aad-user-1', '2024-05-01T08:02:00.000Z'],
      ['add', 'aad-user-2', '2024-05-01T08:04:00.000Z'],
    ]);
  });

  it('ignores the uninstall of a conversation it never saw', async () => {
    expect(await recordUninstall(t.store.db, { id: 'unknown', now: at(0) })).toBe(false);
    expect(await listInstallationEvents(t.store.db, 'unknown')).toEqual([]);
  });

  it('refreshes the service URL and reference on every save, keeping install state and known ids', async () => {
    const person = await upsertPerson(t.store.db, { botUserId: '29:p', now: at(0) });
    await recordInstall(t.store.db, personalChat({ personId: person.id }));
    await saveConversation(t.store.db, {
      ...personalChat(),
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      referenceJson: '{"v":2}',
      tenantId: null,
      now: at(7),
    });
    expect(await getConversation(t.store.db, 'a:1personal')).toMatchObject({
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      referenceJson: '{"v":2}',
      tenantId: 'tenant-1',
      personId: person.id,
      installedAt: '2024-05-01T08:00:00.000Z',
      updatedAt: '2024-05-01T08:07:00.000Z',
    });
    expect(await listInstallationEvents(t.store.db, 'a:1personal')).toHaveLength(1);
  });

  it('saves a team channel conversation that was never installed through an event', async () => {
    await saveConversation(t.store.db, {
      id: '19:channel@thread.tacv2',
      kind: 'channel',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      teamId: '19:team@thread.tacv2',
      teamAadGroupId: 'group-1',
      teamsChannelId: '19:channel@thread.tacv2',
      referenceJson: '{}',
      now: at(0),
    });
    expect(await getConversation(t.store.db, '19:channel@thread.tacv2')).toMatchObject({
      kind: 'channel',
      teamAadGroupId: 'group-1',
      installedAt: null,
    });
    expect(await getConversation(t.store.db, 'nope')).toBeUndefined();
  });

  it('rejects a conversation of an unknown person', async () => {
    await expectViolation(recordInstall(t.store.db, personalChat({ personId: 'ghost' })), isForeignKeyViolation);
    expect(await getConversation(t.store.db, 'a:1personal')).toBeUndefined();
    expect(await listInstallationEvents(t.store.db, 'a:1personal')).toEqual([]);
  });
});
