/** Paths of files that ship beside the code, the same whether run from sources (ts-jest) or from dist/. */
import fs from 'node:fs';
import path from 'node:path';

function findProjectRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(__dirname);
export const defaultSeedFile = path.join(projectRoot, 'shared', 'store', 'seed', 'seed.json');
/** The tab's built web app (npm run build:tab, from tab/web). */
export const tabStaticDir = path.join(projectRoot, 'dist', 'web');
