// The tab in numbers: its initial JavaScript, gzipped (the chunks the entry loads at once, from Vite's manifest;
// lazily loaded views and the teams-js chunk, loaded only inside a possible Teams host, are listed apart), and
// its first render in headless Chromium (tab-render.mjs). Targets: at most 300 KB and under 1 s.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repo } from '../support/builtServer.mjs';

export const TAB_TARGET = { initialGzipBytes: 300 * 1024, firstRenderMs: 1000 };
const web = join(repo, 'dist', 'web');

export function tabSize() {
  const manifest = JSON.parse(readFileSync(join(web, '.vite', 'manifest.json'), 'utf8'));
  const gz = (file) => gzipSync(readFileSync(join(web, file))).length;
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const initial = new Set();
  const visit = (key) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  visit(entry);
  const chunks = Object.entries(manifest).map(([key, c]) => ({ file: c.file, gzipBytes: gz(c.file), initial: initial.has(key) }));
  return { initialGzipBytes: chunks.filter((c) => c.initial).reduce((n, c) => n + c.gzipBytes, 0), chunks };
}

export function tabRender() {
  const run = spawnSync(process.execPath, [join(repo, 'test', 'support', 'run-in-loopback.mjs'), 'test/bench/tab-render.mjs'], { cwd: repo, encoding: 'utf8', timeout: 180_000 });
  const line = run.stdout.split('\n').find((l) => l.startsWith('{"loads"'));
  if (run.status !== 0 || !line) throw new Error(`the render bench did not run (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  const { loads } = JSON.parse(line);
  const sorted = (k) => loads.map((l) => l[k]).filter((v) => v !== null).sort((a, b) => a - b);
  const home = sorted('homeMs');
  const median = (xs) => xs[Math.floor(xs.length / 2)];
  return { loads: loads.length, homeMedianMs: median(home), homeMaxMs: home.at(-1), firstLoadMs: loads[0].homeMs, fcpMedianMs: median(sorted('firstContentfulPaintMs')), transferredBytes: loads[0].transferredBytes };
}

export function printTab(size, render) {
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
  console.log(`\nTab: initial JavaScript ${kb(size.initialGzipBytes)} gzipped (target ≤ ${kb(TAB_TARGET.initialGzipBytes)})   ${verdict(size.initialGzipBytes <= TAB_TARGET.initialGzipBytes)}`);
  console.log(`  chunks: ${size.chunks.map((c) => `${c.file} ${kb(c.gzipBytes)}${c.initial ? ' (initial)' : ''}`).join(', ')}`);
  if (render) {
    console.log(
      `  member home rendered: median ${Math.round(render.homeMedianMs)} ms, max ${Math.round(render.homeMaxMs)} ms over ${render.loads} cold loads (first ${Math.round(render.firstLoadMs)} ms; first contentful paint median ${Math.round(render.fcpMedianMs)} ms; ${kb(render.transferredBytes)} transferred)   ${verdict(render.homeMaxMs < TAB_TARGET.firstRenderMs)}`,
    );
  }
}
