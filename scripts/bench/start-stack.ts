import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpuMsByProcess, descendantsOf } from '../../platform/process-tree';

/** `npm start` of a built tree, running, with the CPU its whole process tree has used. */
export interface StartedPlatform {
  label: string;
  gatewayUrl: string;
  /** CPU ms used so far by the launcher and every process under it (the bench's own not included), by process */
  cpuMs(): Map<string, number>;
  stop(): Promise<void>;
}

/** `users`, `gateway`, …: the server a process runs, from its command line. */
function processName(pid: number): string {
  try {
    return (
      /dist\/(?:subgraphs\/)?([a-z-]+)\/index\.js/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'other'
    );
  } catch {
    return 'other';
  }
}

/**
 * Runs `node dist/scripts/start.js` of the tree built under `root` (what `npm start`
 * runs once built), whatever that tree's launcher does: all servers in one process
 * (before issue 16) or one process each. Its output is read and dropped, as a terminal
 * would show it. CPU is read from /proc for the launcher and all its descendants.
 */
export function startPlatformCommand(
  label: string,
  root: string,
  env: NodeJS.ProcessEnv,
  nodeArgs: string[] = [],
): Promise<StartedPlatform> {
  const launcher: ChildProcess = spawn(process.execPath, [...nodeArgs, join(root, 'dist', 'scripts', 'start.js')], {
    cwd: root,
    env: { ...env, GATEWAY_PORT: '0', USERS_PORT: '0', CREDIT_HISTORY_PORT: '0', SCORES_PORT: '0', CONSENT_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  launcher.stdout!.on('data', keep);
  launcher.stderr!.on('data', keep);
  const cpuMs = () => {
    const byProcess = new Map<string, number>();
    for (const [pid, ms] of cpuMsByProcess([launcher.pid!, ...descendantsOf(launcher.pid!)])) {
      const name = pid === launcher.pid ? 'launcher' : processName(pid);
      byProcess.set(name, (byProcess.get(name) ?? 0) + ms);
    }
    return byProcess;
  };
  const stop = async () => {
    if (launcher.exitCode !== null || launcher.signalCode !== null) return;
    const exited = new Promise((resolve) => launcher.once('exit', resolve));
    launcher.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const url = /ready at (\S+)/.exec(output)?.[1];
      if (!url) return;
      clearInterval(timer);
      resolve({ label, gatewayUrl: url, cpuMs, stop });
    }, 100);
    launcher.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`${label}: npm start exited (${code}) before it was ready:\n${output}`));
    });
  });
}
