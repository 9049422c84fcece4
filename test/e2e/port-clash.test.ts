import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../shared/paths';
import { freePort, startServerProcesses } from '../../platform/server-processes';
import { ensureBuilt } from '../support/stacks';

/**
 * A port found free may be taken by another process before the server binds it (two
 * test files starting stacks at once): the start picks new ports and tries again.
 */
describe('a picked port taken before the server binds it', () => {
  const directory = mkdtempSync(join(tmpdir(), 'credence-ports-'));
  const holder: Server = createServer();
  let held = 0;

  beforeAll(async () => {
    ensureBuilt();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    held = (holder.address() as { port: number }).port;
  }, 240_000);

  afterAll(async () => {
    await new Promise((resolve) => holder.close(resolve));
    rmSync(directory, { recursive: true, force: true });
  });

  test('is picked again: the platform starts on other ports', async () => {
    let picks = 0;
    // the first port picked is one this test holds, as if another process had just taken it
    const pickPort = async () => (picks++ === 0 ? held : freePort());
    const platform = await startServerProcesses(PROJECT_ROOT, {
      env: { ...process.env, CREDENCE_DATA_DIR: directory, CREDENCE_SEED_DEMO: 'false', DATABASE_URL: '' },
      pickPort,
    });
    try {
      expect(picks).toBeGreaterThan(5); // a second round of ports
      expect(Object.values(platform.subgraphUrls).some((url) => url.includes(`:${held}/`))).toBe(false);
      const answer = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(answer.status).toBe(200);
    } finally {
      await platform.stop();
    }
  }, 180_000);

  test('a port the caller gave is not changed: its clash is the error', async () => {
    await expect(
      startServerProcesses(PROJECT_ROOT, {
        env: { ...process.env, CREDENCE_DATA_DIR: directory, CREDENCE_SEED_DEMO: 'false', DATABASE_URL: '' },
        ports: { users: held },
      }),
    ).rejects.toThrow(`Port ${held} for users subgraph is already in use`);
  }, 180_000);
});
