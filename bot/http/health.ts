/**
 * /healthz: the process answers. /readyz: the database answers, every migration is applied and what was
 * written reaches the disk (after a failed sync it never does again: restart).
 */
import type restify from 'restify';
import type { Logger } from '../../shared/log/logger';
import type { Store } from '../../shared/store/database';
import { pingStore } from '../../shared/store/database';
import { migrationStatus } from '../../shared/store/migrate';

export function mountHealth(server: restify.Server, store: Store, log: Logger): void {
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    try {
      await pingStore(store);
      await store.durable();
      const { pending } = await migrationStatus(store);
      if (pending.length > 0) res.send(503, { status: 'migrations pending', pending });
      else res.send(200, { status: 'ready', database: store.dialect });
    } catch (err) {
      // The reason goes to the log; the probe, which anyone may call, says only that the database is away.
      log.warn({ err }, 'readiness check failed');
      res.send(503, { status: 'database unreachable', database: store.dialect });
    }
  });
}
