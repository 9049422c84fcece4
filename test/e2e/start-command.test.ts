import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromProjectRoot, PROJECT_ROOT } from '../../shared/paths';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';
import { descendantsOf, isRunning } from '../../platform/process-tree';
import { dropSchemasWithPrefix } from '../support/platform';
import { ensureBuilt } from '../support/stacks';

async function until<T>(what: string, check: () => T | undefined | false, deadlineMs = 240_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Launch {
  launcher: ChildProcess;
  output(): string;
  /** resolves with the gateway's URL once the launcher says it is ready */
  ready: Promise<string>;
  exited: Promise<number | null>;
}

/** `node dist/scripts/start.js` (what `npm start` runs after building) on free ports, with stores of this test's own. */
function launch(dataDir: string, schemaPrefix: string, env: NodeJS.ProcessEnv = {}): Launch {
  const launcher = spawn(process.execPath, [fromProjectRoot('dist', 'scripts', 'start.js')], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development', // as a new user runs it: demo tokens over HTTP, the request log on
      CREDENCE_LOG: 'on',
      CREDENCE_DATA_DIR: dataDir,
      CREDENCE_DB_SCHEMA_PREFIX: schemaPrefix,
      GATEWAY_PORT: '0',
      USERS_PORT: '0',
      CREDIT_HISTORY_PORT: '0',
      SCORES_PORT: '0',
      CONSENT_PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  launcher.stdout!.on('data', (chunk) => (output += chunk));
  launcher.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));
  const ready = until('the ready line', () => {
    if (launcher.exitCode !== null) throw new Error(`npm start exited (${launcher.exitCode}):\n${output}`);
    return /Credence gateway ready at (\S+)/.exec(output)?.[1];
  });
  return { launcher, output: () => output, ready, exited };
}

describe('npm start: every server a process of its own', () => {
  const schemaPrefix = `t_${randomBytes(4).toString('hex')}_`;
  const dataDir = mkdtempSync(join(tmpdir(), 'credence-start-'));
  const launches: Launch[] = [];
  const seen: number[] = []; // every server process seen, killed after a failed test so none outlives it
  const start = (env?: NodeJS.ProcessEnv) => {
    launches.push(launch(dataDir, schemaPrefix, env));
    return launches[launches.length - 1];
  };

  beforeAll(() => ensureBuilt());

  afterAll(async () => {
    for (const { launcher } of launches)
      if (launcher.exitCode === null && launcher.signalCode === null) launcher.kill('SIGKILL');
    for (const pid of seen.filter(isRunning)) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    if (process.env.DATABASE_URL) await dropSchemasWithPrefix(process.env.DATABASE_URL, schemaPrefix);
  });

  test('one command starts four subgraphs and the gateway as five processes, says "ready at" once, answers through the gateway with every server\'s log lines prefixed by its name, and Ctrl-C leaves no process behind', async () => {
    const { launcher, output, ready, exited } = start();
    const lines = () => output().split('\n');
    const gatewayUrl = await ready;
    expect(lines().filter((line) => /ready at/.test(line))).toHaveLength(1);
    const servers = descendantsOf(launcher.pid!);
    seen.push(...servers);
    expect(servers).toHaveLength(SUBGRAPH_NAMES.length + 1);

    const minted = await fetch(new URL('/dev/token', gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'user', user: 1 }),
    });
    const { token } = (await minted.json()) as { token: string };
    // The demo scores are stored by the scoring-input outboxes while the servers already answer: ask until one is.
    const ask = () =>
      fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { displayName creditFile { creditHistory } creditScore { band } } }' }),
      });
    type Answer = { data?: { me: { displayName: string; creditScore: { band: string | null } } }; errors?: unknown[] };
    let response = await ask();
    let body = (await response.json()) as Answer;
    for (const deadline = Date.now() + 120_000; !body.data?.me.creditScore.band && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      response = await ask();
      body = (await response.json()) as Answer;
    }
    expect(body.errors).toBeUndefined();
    expect(body.data?.me.creditScore.band).toEqual(expect.any(String));

    // each server's request line, under its name: the gateway's and those of every subgraph the query reached
    const requestId = response.headers.get('x-request-id')!;
    for (const server of ['gateway', 'users', 'credit-history', 'scores', 'consent']) {
      const prefixed = new RegExp(`^${server} +\\| \\{.*"event":"request.completed".*"requestId":"${requestId}"`);
      await until(`${server}'s prefixed request line`, () => lines().some((line) => prefixed.test(line)));
    }
    expect(
      lines()
        .filter((line) => line.includes('"event":"request.completed"'))
        .every((line) => /^[a-z-]+ +\| \{/.test(line)),
    ).toBe(true);

    launcher.kill('SIGINT');
    expect(await exited).toBe(0);
    // stopped by the launcher before it exits, not left to notice on their own
    expect(servers.filter(isRunning)).toEqual([]);
    expect(output()).toMatch(/SIGINT: stopping the gateway and subgraphs…\nStopped\./);
    if (!process.env.DATABASE_URL)
      expect(SUBGRAPH_NAMES.every((name) => existsSync(join(dataDir, `${name.replace('-', '_')}.sqlite`)))).toBe(true);
  }, 300_000);

  test('a launcher killed outright (SIGKILL, no chance to stop anything) still leaves no server running', async () => {
    const { launcher, ready } = start({ CREDENCE_SEED_DEMO: 'false' });
    await ready;
    const servers = descendantsOf(launcher.pid!);
    seen.push(...servers);
    expect(servers).toHaveLength(SUBGRAPH_NAMES.length + 1);
    launcher.kill('SIGKILL');
    await until('every server to stop', () => servers.filter(isRunning).length === 0, 60_000);
  }, 300_000);
});
