import http from 'node:http';
import { startEntraStandIn } from '../test/fixtures/entraTokens';
import { startTestKollega } from '../test/support/kollegaUnderTest';
it('gets', async () => {
  const e = await startEntraStandIn();
  const get = () => new Promise((resolve) => { const req = http.get(`${e.authorityHost}/common/discovery/v2.0/keys`, { timeout: 3000 }, (res) => resolve(res.statusCode)); req.on('timeout', () => resolve('timeout')); req.on('error', (err) => resolve(String(err))); });
  console.log('before', await get());
  const app = await startTestKollega('sqlite', {});
  console.log('after', await get());
  await app.stop(); await e.close();
});
