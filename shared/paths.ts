import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root, found from this file whether it runs from source (tests)
 * or from dist/ (npm start), so no path depends on the working directory.
 */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

export function fromProjectRoot(...segments: string[]): string {
  return join(PROJECT_ROOT, ...segments);
}

/** Where this installation keeps its local files (the SQLite stores, the development receipt key). */
export function dataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.CREDENCE_DATA_DIR ?? fromProjectRoot('data', 'db');
}
