import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSettings, openSubgraphDatabase } from '../../shared/store/database';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';
import { SUBGRAPHS } from '../../platform/subgraphs';
import { dropSchemasWithPrefix } from '../support/platform';
import { ensureBuilt, Stack, startStack } from '../support/stacks';
import { asPartner, asUser, dataOf, graphql, idAtPartner, partnerId, userId } from '../support/graphql';
import { eventually } from '../support/webhook-receiver';

const DATABASE_URL = process.env.DATABASE_URL;
const LENDING = 2;
const SUBJECTS = [1, 2, 3, 4, 5];
const LINES = 40_000;
const BATCH = `query B($id: ID!) { furnishingBatch(id: $id) { status total processed accepted rejectedCount } }`;
const RECORDS = `{ me { creditRecords(first: 1) { totalCount } } }`;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * A furnishing file whose processing is cut short by SIGKILL (no shutdown, no last
 * write, as when a machine dies), then finished by a new stack on the same stores:
 * every line is processed and counted exactly once.
 */
describe('a furnishing file killed mid-way', () => {
  const prefix = `t_${randomBytes(4).toString('hex')}_`;
  const directory = DATABASE_URL ? '' : mkdtempSync(join(tmpdir(), 'credence-furnishing-'));
  const settings: DatabaseSettings = DATABASE_URL
    ? { kind: 'postgres', url: DATABASE_URL, schemaPrefix: prefix }
    : { kind: 'sqlite', directory };
  const env = {
    ...(DATABASE_URL ? { DATABASE_URL, CREDENCE_DB_SCHEMA_PREFIX: prefix } : { CREDENCE_DATA_DIR: directory }),
    CREDENCE_SEED_DEMO: 'false',
    CREDENCE_FURNISHING_LEASE_MS: '3000',
    CREDENCE_FURNISHING_POLL_MS: '100',
  };
  const stacks: Stack[] = [];

  beforeAll(async () => {
    ensureBuilt();
    for (const name of SUBGRAPH_NAMES) {
      const database = await openSubgraphDatabase(settings, SUBGRAPHS[name].database);
      await SUBGRAPHS[name].seed(database.dataSource, 10);
      await database.dataSource.destroy();
    }
  }, 240_000);

  afterAll(async () => {
    await Promise.all(stacks.map((stack) => stack.kill()));
    if (DATABASE_URL) await dropSchemasWithPrefix(DATABASE_URL, prefix);
    else rmSync(directory, { recursive: true, force: true });
  }, 60_000);

  test('is resumed by the next stack, with nothing applied twice', async () => {
    const first = await startStack('first', env);
    stacks.push(first);
    for (const subject of SUBJECTS) {
      const grant = `mutation G($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
      const input = { partnerId: partnerId(LENDING), scopes: ['CREDIT_REPORTING'], purpose: 'Report your payments.' };
      dataOf(await graphql(first.gatewayUrl, grant, { input }, await asUser(subject)), 'grantConsent');
    }
    // every line a payment of its own: one account per 100 lines, one due date per line within it
    const lines = Array.from({ length: LINES }, (_, i) => {
      const due = daysAgo(1 + (i % 100));
      return JSON.stringify({
        subjectId: idAtPartner(LENDING, userId(SUBJECTS[i % SUBJECTS.length])),
        accountReference: `ACC-${Math.floor(i / 100)}`,
        accountKind: 'UTILITY',
        dueOn: due,
        amountCents: 1000 + i,
        paidOn: due,
        status: 'ON_TIME',
      });
    });
    const lending = await asPartner(LENDING);
    const sent = await fetch(first.gatewayUrl.replace(/\/graphql$/, '/furnishing/batches'), {
      method: 'POST',
      headers: { authorization: `Bearer ${lending.token}`, 'content-type': 'application/x-ndjson' },
      body: lines.join('\n'),
    });
    expect(sent.status).toBe(202);
    const { id } = (await sent.json()) as { id: string };
    const batchIn = async (stack: Stack) =>
      dataOf(await graphql(stack.gatewayUrl, BATCH, { id }, lending), 'furnishingBatch');

    const midway = await eventually(async () => {
      const batch = await batchIn(first);
      return batch.processed > 0 && batch;
    }, 120_000);
    await first.kill();
    expect(midway.processed).toBeLessThan(LINES);

    const second = await startStack('second', env);
    stacks.push(second);
    const done = await eventually(async () => {
      const batch = await batchIn(second);
      return batch.status === 'COMPLETED' && batch;
    }, 180_000);
    expect(done).toEqual({ status: 'COMPLETED', total: LINES, processed: LINES, accepted: LINES, rejectedCount: 0 });
    let furnished = 0;
    for (const subject of SUBJECTS) {
      const me = dataOf(await graphql(second.gatewayUrl, RECORDS, {}, await asUser(subject)), 'me');
      furnished += me.creditRecords.totalCount;
    }
    // each line its own record (plus the seeded ones, counted before any stack started)
    expect(furnished - (await seededRecords())).toBe(LINES);
  }, 420_000);

  async function seededRecords(): Promise<number> {
    const database = await openSubgraphDatabase(settings, SUBGRAPHS['credit-history'].database);
    try {
      const rows: { n: string | number }[] = await database.dataSource.query(
        `SELECT count(*) AS n FROM "credit_record" WHERE "furnisher_id" IS NULL AND "user_id" IN (${SUBJECTS.map((s) => `'${userId(s)}'`).join(', ')})`,
      );
      return Number(rows[0].n);
    } finally {
      await database.dataSource.destroy();
    }
  }
});
