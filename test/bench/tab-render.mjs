// The tab's first render, in headless Chromium against the built server (inside loopback-only: run by
// test/bench/tab.mjs through test/support/run-in-loopback.mjs). A librarian already signed in (developer sign-in)
// opens the tab: the time from navigation until their home (My networks, with the networks) is on screen.
// Each load in a fresh browser context, so nothing is cached. Prints one JSON line.
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, startBuiltServer } from '../support/builtServer.mjs';

const LOADS = Number(process.env.BENCH_TAB_LOADS ?? 10);
const server = await startBuiltServer({ TAB_DEV_SIGN_IN: 'true' });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const signIn = await fetch(`${server.url}/api/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personId: 'librarian:dev-fi' }) });
  const { token } = await signIn.json();
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ locale: 'fi-FI' });
    await context.addInitScript((t) => sessionStorage.setItem('kollega.devToken', t), token);
    const page = await context.newPage();
    await page.goto(`${server.url}/tab/?lang=fi`);
    await page.getByRole('article').first().waitFor();
    loads.push(
      await page.evaluate(() => ({
        homeMs: performance.now(),
        firstContentfulPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        transferredBytes: performance.getEntriesByType('resource').reduce((n, r) => n + (r.transferSize || 0), 0),
      })),
    );
    await context.close();
  }
  console.log(JSON.stringify({ loads }));
} finally {
  await browser.close();
  server.stop();
}
