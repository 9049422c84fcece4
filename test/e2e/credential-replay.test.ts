import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DatabaseSettings,
  databaseSettingsFromEnv,
  dropSubgraphSchema,
  openSubgraphDatabase,
  SubgraphDatabase,
} from '../../shared/store/database';
import { connectRedis } from '../../shared/store/redis';
import { RunningServer } from '../../shared/server/http-server';
import { createSubgraphServer } from '../../shared/server/subgraph-server';
import {
  CredentialLedger,
  credentialLedgerFromEnv,
  databaseLedger,
  redisLedger,
} from '../../shared/trust/credential-ledger';
import { credentialExtensions, UsedCredentials } from '../../shared/trust/internal-auth';
import { SubgraphUrls } from '../../shared/trust/internal-client';
import { internalSecret } from '../../shared/trust/secrets';
import { SUBGRAPHS } from '../../platform/subgraphs';

/**
 * Two replicas of the users subgraph, in this process, each with its own connection to
 * one store (the same SQLite file, or the same PostgreSQL schema): a credential the
 * gateway signed, captured on the wire after one replica accepted it, must be refused
 * by the other.
 */
const REDIS_URL = 'redis://127.0.0.1:6379';
const QUERY = '{ partners { id } }';
const noPeers = {} as SubgraphUrls;

const stores: DatabaseSettings[] = [];
const databases: SubgraphDatabase[] = [];
const replicas: RunningServer[] = [];

/** A store of this test's own: a PostgreSQL schema prefix, or a directory of SQLite files. */
function newStore(): DatabaseSettings {
  const fromEnv = databaseSettingsFromEnv();
  const store: DatabaseSettings =
    fromEnv.kind === 'postgres'
      ? { ...fromEnv, schemaPrefix: `t_${randomBytes(4).toString('hex')}_` }
      : { kind: 'sqlite', directory: mkdtempSync(join(tmpdir(), 'credence-replay-')) };
  stores.push(store);
  return store;
}

afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.stop()));
  for (const database of databases) await dropSubgraphSchema(database);
  await Promise.all(databases.map((database) => database.dataSource.destroy()));
  for (const store of stores)
    if (store.kind === 'sqlite' && store.directory !== 'memory')
      rmSync(store.directory, { recursive: true, force: true });
});

/** A users replica with a connection of its own to `settings`, remembering credentials in what `ledgerOf` gives it. */
async function startReplica(
  settings: DatabaseSettings,
  ledgerOf: (database: SubgraphDatabase) => Promise<CredentialLedger>,
): Promise<string> {
  const database = await openSubgraphDatabase(settings, SUBGRAPHS.users.database);
  databases.push(database);
  const server = await (
    await createSubgraphServer(
      SUBGRAPHS.users.definition,
      database,
      noPeers,
      internalSecret(),
      await ledgerOf(database),
    )
  ).listen(0);
  replicas.push(server);
  return server.url;
}

/** The body the gateway sends the users subgraph for QUERY: what a wire tap would capture. */
async function capturedBody(): Promise<string> {
  const extensions = await credentialExtensions(internalSecret(), {
    issuer: 'gateway',
    audience: 'users',
    viewer: { kind: 'anonymous' },
    query: QUERY,
    variables: {},
  });
  return JSON.stringify({ query: QUERY, variables: {}, extensions });
}

const send = async (url: string, body: string) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, text: await response.text() };
};

const redisLedgerUnder = (prefix: string) => async () => redisLedger(await connectRedis(REDIS_URL), prefix);

describe.each([
  ['their store', () => async (database: SubgraphDatabase) => databaseLedger(database)],
  ['Redis', () => redisLedgerUnder(`test:credential:${randomBytes(6).toString('hex')}`)],
] as const)('replicas sharing %s', (_, ledgers) => {
  let first: string;
  let second: string;
  beforeAll(async () => {
    const ledgerOf = ledgers();
    const store = newStore();
    first = await startReplica(store, ledgerOf);
    second = await startReplica(store, ledgerOf);
  });

  test('a credential accepted by one replica and replayed at the other is refused there', async () => {
    const body = await capturedBody();
    expect((await send(first, body)).status).toBe(200);
    const replay = await send(second, body);
    expect(replay.status).toBe(401);
    expect(replay.text).toMatch(/already used/);
  });

  test('a captured credential replayed 20 times at once across both replicas is accepted exactly once', async () => {
    const body = await capturedBody();
    const answers = await Promise.all(Array.from({ length: 20 }, (__, i) => send(i % 2 ? first : second, body)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 401 && /already used/.test(answer.text))).toHaveLength(19);
  });
});

describe('REDIS_URL chooses Redis', () => {
  test('replicas whose stores are not shared still refuse a replay when REDIS_URL is set', async () => {
    const env = { REDIS_URL };
    const [first, second] = [
      await startReplica(newStore(), (db) => credentialLedgerFromEnv(db, env)),
      await startReplica(newStore(), (db) => credentialLedgerFromEnv(db, env)),
    ];
    const body = await capturedBody();
    expect((await send(first, body)).status).toBe(200);
    expect((await send(second, body)).status).toBe(401);
  });
});

describe('replicas remembering in their own memory only (as before)', () => {
  test('accept the replay once each: the fault a shared ledger closes', async () => {
    const memory = async () => {
      const used = new UsedCredentials();
      return { claim: async (id: string, expiresAtMs: number) => used.claim(id, expiresAtMs), close: async () => {} };
    };
    const store = newStore();
    const [first, second] = [await startReplica(store, memory), await startReplica(store, memory)];
    const body = await capturedBody();
    expect((await send(first, body)).status).toBe(200);
    expect((await send(second, body)).status).toBe(200);
    expect((await send(second, body)).status).toBe(401);
  });
});
