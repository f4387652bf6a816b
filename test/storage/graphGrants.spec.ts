import { deleteGraphGrant, readGraphGrant, saveGraphGrant } from '../../shared/store/repositories/graphGrants';
import { describeEachEngine } from '../support/databases';

describeEachEngine('graph grants', (t) => {
  const oid = '0B6F4A1E-2C3D-4E5F-8A9B-0C1D2E3F4A5B';
  const at = new Date('2026-11-24T10:00:00Z');

  it('keep one sealed cache per user, whatever the case of the object id, and forget it on delete', async () => {
    expect(await readGraphGrant(t.store.db, oid)).toBeUndefined();
    await saveGraphGrant(t.store.db, oid, 'v1.first', at);
    await saveGraphGrant(t.store.db, oid.toLowerCase(), 'v1.second', at);
    expect(await readGraphGrant(t.store.db, oid)).toBe('v1.second');
    expect(await t.store.db.selectFrom('graph_grants').select('aad_object_id').execute()).toEqual([{ aad_object_id: oid.toLowerCase() }]);
    await deleteGraphGrant(t.store.db, oid);
    expect(await readGraphGrant(t.store.db, oid.toLowerCase())).toBeUndefined();
  });
});
