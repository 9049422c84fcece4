import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openSubgraphDatabase } from '../../shared/store/database';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';
import { SUBGRAPHS } from '../../platform/subgraphs';
import { Delivery, DeliveryProxy, startDeliveryProxy } from '../support/delivery-proxy';
import { dropSchemasWithPrefix } from '../support/platform';
import { ensureBuilt, Stack, startStack } from '../support/stacks';
import { asPartner, asUser, Caller, codesOf, graphql, idAtPartner, partnerId, userId } from '../support/graphql';

const DATABASE_URL = process.env.DATABASE_URL;
const GRANT = `mutation G($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const DELETE = `mutation { deleteMyAccount { completedAt steps { subgraph status attempts } } }`;
const ERASURE = `{ myErasure { completedAt } }`;
const BIKES = 0;
const THRESHOLD_CHECKS_PER_DAY = 3;
const EVERY_TARGET = ['users', 'credit-history', 'scores'] as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two complete stacks (gateway + four subgraphs each, `node dist/...` processes) on the
 * same PostgreSQL schemas must behave as one platform. The consent subgraph of each
 * reaches the subgraphs it erases from through a proxy that records every delivery.
 */
describe('two complete stacks on one set of PostgreSQL schemas', () => {
  if (!DATABASE_URL) {
    // SQLite keeps each store in a file of the process's own data directory: two stacks cannot share one.
    test.skip('behave as one platform (PostgreSQL only: SQLite stores are files per process directory, not shared by replicas)', () => {});
    return;
  }

  const schemaPrefix = `t_${randomBytes(4).toString('hex')}_`;
  const env = {
    DATABASE_URL,
    CREDENCE_DB_SCHEMA_PREFIX: schemaPrefix,
    CREDENCE_SEED_DEMO: 'false',
    CREDENCE_ERASURE_RETRY_MS: '200',
    CONSENT_THRESHOLD_CHECKS_PER_DAY: String(THRESHOLD_CHECKS_PER_DAY),
  };
  let stackA: Stack;
  let stackB: Stack;
  let proxyA: DeliveryProxy;
  let proxyB: DeliveryProxy;
  let sql: Client;

  beforeAll(async () => {
    ensureBuilt();
    // Schemas are migrated and seeded once, before any stack starts, as a deployment would.
    for (const name of SUBGRAPH_NAMES) {
      const database = await openSubgraphDatabase(
        { kind: 'postgres', url: DATABASE_URL, schemaPrefix },
        SUBGRAPHS[name].database,
      );
      await SUBGRAPHS[name].seed(database.dataSource, 40);
      await database.dataSource.destroy();
    }
    const throughProxy =
      (via: string, assign: (proxy: DeliveryProxy) => void) => async (urls: Record<string, string>) => {
        const proxy = await startDeliveryProxy(via, {
          users: urls.users,
          'credit-history': urls['credit-history'],
          scores: urls.scores,
        });
        assign(proxy);
        return proxy.urls;
      };
    const started = await Promise.allSettled([
      startStack(
        'A',
        env,
        throughProxy('A', (proxy) => (proxyA = proxy)),
      ),
      startStack(
        'B',
        env,
        throughProxy('B', (proxy) => (proxyB = proxy)),
      ),
    ]);
    [stackA, stackB] = started.map((result) => (result.status === 'fulfilled' ? result.value : undefined!)); // afterAll stops what started
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    sql = new Client({ connectionString: DATABASE_URL });
    await sql.connect();
    // The seed's scoring-input changes reach a scores process whichever started first (retried until one answers):
    // the stacks serve scores once every one is stored.
    const pending = `SELECT (SELECT count(*) FROM "${schemaPrefix}users".scoring_inputs_change WHERE status = 'PENDING')
      + (SELECT count(*) FROM "${schemaPrefix}credit_history".scoring_inputs_change WHERE status = 'PENDING') AS n`;
    for (const deadline = Date.now() + 120_000; Number((await sql.query(pending)).rows[0].n) > 0; await sleep(200)) {
      if (Date.now() > deadline) throw new Error("the seed's scores were not stored within 120 s");
    }
  }, 240_000);

  afterAll(async () => {
    await Promise.all([stackA?.kill(), stackB?.kill(), proxyA?.close(), proxyB?.close()]);
    await sql?.end();
    await dropSchemasWithPrefix(DATABASE_URL, schemaPrefix);
  }, 60_000);

  async function waitForErasure(gatewayUrl: string, caller: Caller, timeoutMs: number) {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(200)) {
      const status = (await graphql(gatewayUrl, ERASURE, {}, caller)).data?.myErasure;
      if (status?.completedAt) return status;
    }
    throw new Error(`erasure not completed within ${timeoutMs} ms`);
  }

  const creditRows = async (subject: number) => {
    const { rows } = await sql.query(
      `SELECT count(*)::int AS n FROM "${schemaPrefix}credit_history".credit_record WHERE user_id = $1`,
      [userId(subject)],
    );
    return rows[0].n as number;
  };

  test('count the distinct thresholds a partner checks across both gateways: exactly 3 of 40 parallel requests are answered (the quota lock, provable on PostgreSQL only)', async () => {
    const granted = await graphql(
      stackA.gatewayUrl,
      GRANT,
      { input: { partnerId: partnerId(BIKES), scopes: ['SCORE_THRESHOLD'], purpose: 'Deposit waiver' } },
      await asUser(3),
    );
    expect(granted.errors).toBeUndefined();
    const partner = await asPartner(BIKES);
    const thresholds = Array.from({ length: 40 }, (_, i) => 400 + 5 * i); // distinct, all within the model's 395–920
    const checks = await Promise.all(
      thresholds.map((threshold, i) =>
        graphql(
          [stackA, stackB][i % 2].gatewayUrl,
          `
            query T($id: ID!, $t: Int!) {
              user(id: $id) {
                scoreAtLeast(threshold: $t)
              }
            }
          `,
          { id: idAtPartner(BIKES, userId(3)), t: threshold },
          partner,
        ),
      ),
    );
    const answered = checks.filter((response) => typeof response.data?.user?.scoreAtLeast === 'boolean');
    expect(answered).toHaveLength(THRESHOLD_CHECKS_PER_DAY);
    expect(checks.filter((response) => response.errors).length).toBe(thresholds.length - THRESHOLD_CHECKS_PER_DAY);
  });

  // The erasure is sent a little later each round, so it lands at different points of the grants' work on the other stack.
  test.each([
    [5, 0],
    [6, 5],
    [7, 10],
    [8, 20],
    [9, 40],
  ])(
    'an erasure of consumer %i through one stack (sent after %i ms) racing grants through the other leaves no consent active (the erasure lock, provable on PostgreSQL only)',
    async (subject, delayMs) => {
      const caller = await asUser(subject);
      const [erasure, ...grants] = await Promise.all([
        sleep(delayMs).then(() => graphql(stackA.gatewayUrl, DELETE, {}, caller)),
        ...Array.from({ length: 8 }, (_, i) =>
          graphql(
            stackB.gatewayUrl,
            GRANT,
            { input: { partnerId: partnerId(i % 4), scopes: ['SCORE_VALUE'], purpose: `race ${i}` } },
            caller,
          ),
        ),
      ]);
      expect(erasure.errors).toBeUndefined();
      // Each grant either happened before the erasure (and was revoked by it) or was refused, all with one code.
      const refusals = grants.filter((response) => response.errors);
      for (const refused of refusals) expect(codesOf(refused)).toEqual(['UNAUTHENTICATED']);
      const ids = grants.filter((response) => !response.errors).map((response) => response.data!.grantConsent.id);
      const { rows } = await sql.query(
        `SELECT count(*)::int AS n FROM "${schemaPrefix}consent".consent WHERE (subject_id = $1 OR id = ANY($2)) AND revoked_at IS NULL`,
        [userId(subject), ids],
      );
      expect(rows[0].n).toBe(0);
      await waitForErasure(stackB.gatewayUrl, caller, 30_000);
    },
    60_000,
  );

  test('deliver each erasure task once, never by both stacks at the same time', async () => {
    const subjects = [10, 11, 12, 13, 14, 15, 16, 17];
    proxyA.down = proxyB.down = [...EVERY_TARGET];
    const callers = await Promise.all(subjects.map((subject) => asUser(subject)));
    const queued = await Promise.all(
      callers.map((caller, i) => graphql([stackA, stackB][i % 2].gatewayUrl, DELETE, {}, caller)),
    );
    expect(queued.map((response) => response.data!.deleteMyAccount.completedAt)).toEqual(subjects.map(() => null));
    // Both dispatchers now retry the same 24 tasks; each delivery is held at the target to widen any overlap.
    proxyA.delayMs = proxyB.delayMs = 150;
    proxyA.down = proxyB.down = [];
    await Promise.all(callers.map((caller) => waitForErasure(stackB.gatewayUrl, caller, 60_000)));

    const deliveries = [...proxyA.deliveries, ...proxyB.deliveries].filter((d) =>
      subjects.map(userId).includes(d.subjectId),
    );
    const byTask = new Map<string, Delivery[]>();
    for (const delivery of deliveries)
      byTask.set(`${delivery.subjectId} ${delivery.target}`, [
        ...(byTask.get(`${delivery.subjectId} ${delivery.target}`) ?? []),
        delivery,
      ]);
    expect(byTask.size).toBe(subjects.length * 3);
    for (const attempts of byTask.values()) {
      expect(attempts.filter((attempt) => attempt.ok)).toHaveLength(1);
      const ordered = [...attempts].sort((a, b) => a.startedAt - b.startedAt);
      for (let i = 1; i < ordered.length; i += 1)
        expect(ordered[i].startedAt).toBeGreaterThanOrEqual(ordered[i - 1].endedAt);
    }
  }, 90_000);

  test('an erasure queued through stack A, left undelivered when A stops, is delivered by stack B', async () => {
    const subject = 20;
    const caller = await asUser(subject);
    expect(await creditRows(subject)).toBeGreaterThan(0);
    proxyB.down = [...EVERY_TARGET]; // B cannot deliver while A still runs
    proxyA.down = ['credit-history'];
    proxyA.delayMs = proxyB.delayMs = 0;
    const queued = (await graphql(stackA.gatewayUrl, DELETE, {}, caller)).data!.deleteMyAccount;
    expect(queued.completedAt).toBeNull();
    expect(queued.steps.map((step: { status: string }) => step.status)).toEqual(['PENDING', 'DONE', 'DONE']);
    // A dies between retries, holding no claim (a claim it held would pass to B when its lease ran out)
    const claimed = `SELECT count(*)::int AS n FROM "${schemaPrefix}consent".erasure_task WHERE subject_id = $1 AND claim_token IS NOT NULL`;
    while ((await sql.query(claimed, [userId(subject)])).rows[0].n > 0) await sleep(20);
    await stackA.kill();
    proxyB.down = [];
    await waitForErasure(stackB.gatewayUrl, caller, 75_000);
    const delivered = [...proxyA.deliveries, ...proxyB.deliveries].filter(
      (d) => d.subjectId === userId(subject) && d.ok,
    );
    expect(delivered.map((d) => [d.target, d.via]).sort()).toEqual([
      ['credit-history', 'B'],
      ['scores', 'A'],
      ['users', 'A'],
    ]);
    expect(await creditRows(subject)).toBe(0);
  }, 120_000);
});
