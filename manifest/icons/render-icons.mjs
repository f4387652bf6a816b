// Draws Kollega's two Teams icons from the SVGs beside this file with Chromium (playwright-core), so they stay
// editable as vectors: color.png 192x192 (full-bleed) and outline.png 32x32 (white on transparent).
// Run after changing an SVG: node test/support/run-in-loopback.mjs manifest/icons/render-icons.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../test/support/builtServer.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  for (const [name, size] of [['color', 192], ['outline', 32]]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = readFileSync(join(here, `${name}.svg`), 'utf8');
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: join(here, '..', `${name}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
