import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromProjectRoot } from '../../shared/paths';

/**
 * A commit's tree, built into its own dist/ under the system's temporary folder and
 * kept there for the next run: `git archive`, so the repository's worktree list is
 * left alone. It shares this project's node_modules (the lockfile is the same).
 */
export function builtTreeOf(commit: string): string {
  const root = join(tmpdir(), `credence-bench-${commit}`);
  const built = join(root, 'dist', '.bench-built');
  if (existsSync(built)) return root;
  console.error(`building ${commit} into ${root}…`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  execSync(`git archive --format=tar ${commit} | tar -x -C "${root}"`, {
    cwd: fromProjectRoot(),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  symlinkSync(realpathSync(fromProjectRoot('node_modules')), join(root, 'node_modules'));
  const run = (file: string, args: string[]) =>
    execFileSync(file, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json']);
  run(process.execPath, ['dist/scripts/copy-assets.js']);
  run(process.execPath, ['dist/gateway/compose-supergraph.js']);
  writeFileSync(built, `${commit}\n`);
  return root;
}
