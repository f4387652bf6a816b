// After the Vite build: a gzipped copy beside each built script and style sheet (dist/web/assets/*.gz), so the
// server sends 150 KB instead of 550 KB without compressing on every request (bot/http/tabStatic.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const assets = resolve(import.meta.dirname, '..', '..', 'dist', 'web', 'assets');
let files = 0;
for (const name of readdirSync(assets)) {
  if (!/\.(js|css)$/.test(name)) continue;
  writeFileSync(join(assets, `${name}.gz`), gzipSync(readFileSync(join(assets, name)), { level: constants.Z_BEST_COMPRESSION }));
  files++;
}
console.log(`precompressed ${files} assets in ${assets}`);
