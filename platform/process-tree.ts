import { readdirSync, readFileSync } from 'node:fs';

/**
 * A process's fields from /proc/<pid>/stat (Linux), after its name: the name may hold
 * spaces and parentheses, so fields are counted from its closing parenthesis.
 */
function statFields(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
  } catch {
    return null; // it ended
  }
}

/** Whether a process still runs (a zombie waiting to be reaped does not). */
export function isRunning(pid: number): boolean {
  const fields = statFields(pid);
  return fields !== null && fields[0] !== 'Z';
}

/** The processes started by `pid`, and theirs, and so on. */
export function descendantsOf(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const fields = statFields(Number(name));
    if (fields) parents.set(Number(name), Number(fields[1]));
  }
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const [child, ppid] of parents) {
      if (ppid === parent) {
        found.push(child);
        visit(child);
      }
    }
  };
  visit(pid);
  return found;
}

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux build that matters (getconf CLK_TCK)

/** CPU time (user + system, ms) each process has used so far, by pid. */
export function cpuMsByProcess(pids: number[]): Map<number, number> {
  const used = new Map<number, number>();
  for (const pid of pids) {
    const fields = statFields(pid);
    if (fields) used.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
  }
  return used;
}
