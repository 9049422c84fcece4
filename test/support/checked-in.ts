import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { PROJECT_ROOT } from '../../shared/paths';

/**
 * Fails, naming the command to run and the first differing line, when a checked-in
 * generated file differs from what its generator produces now.
 */
export function expectCheckedIn(path: string, fresh: string, command: string): void {
  const checkedIn = readFileSync(path, 'utf8');
  if (checkedIn === fresh) return;
  const [now, old] = [fresh.split('\n'), checkedIn.split('\n')];
  const line = now.findIndex((text, i) => text !== old[i]);
  throw new Error(
    `${relative(PROJECT_ROOT, path)} is out of date: run \`${command}\` and commit it.\n` +
      `First difference at line ${line + 1}:\n  checked in: ${old[line]}\n  generated:  ${now[line]}`,
  );
}
