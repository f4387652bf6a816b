/** Builds the Teams tab: served by the bot's HTTP server under /tab/ from dist/web. */
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
// Not dist/tab: the server's compile puts tab/api there, and only the web app may be served under /tab/.
const outDir = path.resolve(webRoot, '../../dist/web');

export default defineConfig({
  root: webRoot,
  base: '/tab/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // The bench reads which chunks the first load needs (test/bench/tab.mjs).
    manifest: true,
    target: 'es2020',
    // The budget is 300 KB gzipped for the first load (about 180 KB now); minified, React + Fluent + teams-js pass 500 KB.
    chunkSizeWarningLimit: 900,
    // teams-js in a chunk of its own: it is only loaded where a Teams host may be (src/host/teamsSdk.ts).
    rollupOptions: { output: { manualChunks: { 'teams-js': ['@microsoft/teams-js'] } } },
  },
  // `vite --config tab/web/vite.config.ts` for live editing, with the API of a running `npm start`.
  server: { proxy: { '/api': 'http://127.0.0.1:3978' } },
});
