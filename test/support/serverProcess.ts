/**
 * The built server (dist/bot/main.js) as its own process, as `npm start` runs it. Needs the build (npm test
 * builds before it runs the suites). Every process started here is killed after each test.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const main = path.resolve(__dirname, '..', '..', 'dist', 'bot', 'main.js');

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  /** Where it listens, once it says so. */
  url: Promise<string>;
}

const running: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

export function startServerProcess(env: Record<string, string>, cwd: string): ServerProcess {
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: run npm run build first (npm test does)`);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(Microsoft|DATABASE_|PORT|DATA_DIR|LOG_LEVEL|NODE_ENV|EVENT_|GRAPH_)/.test(k)));
  // The same Node flags as `npm start` (package.json): restify's http2 dependency warns on every start.
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', main], { cwd, env: { ...clean, ...env } as NodeJS.ProcessEnv });
  running.push(child);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listens" line in:\n${out}`)), 20_000);
    child.stdout.on('data', () => {
      const match = out.match(/Kollega listens on (http:\/\/\S+?)\./);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`exited before listening:\n${out}`));
    });
  });
  return { child, output: () => out, url };
}
