import { Platform } from '../../platform/launcher';
import { SUBGRAPHS } from '../../platform/subgraphs';
import { ErasureTask } from '../../subgraphs/consent/entities/ErasureTask';
import { startTestPlatform } from '../support/platform';
import { asPartner, asStaff, asUser, codesOf, graphql, partnerId, userId, idAtPartner } from '../support/graphql';

let platform: Platform;
const RETRY_MS = 150;
beforeAll(async () => {
  process.env.CREDENCE_ERASURE_RETRY_MS = String(RETRY_MS);
  platform = await startTestPlatform({ seedLimit: 30 });
});
afterAll(async () => {
  await platform.stop();
  delete process.env.CREDENCE_ERASURE_RETRY_MS;
});

const EXPORT = `{ exportMyData { subjectId generatedAt format profile creditHistory scores consents accessLog } }`;
const GRANT = `mutation G($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const DELETE = `mutation { deleteMyAccount { requestedAt completedAt consentsRevoked steps { subgraph status attempts } } }`;
const ERASURE = `{ myErasure { completedAt steps { subgraph status attempts } } }`;

async function prepareSubject(index: number) {
  const caller = await asUser(index);
  await graphql(
    platform.gatewayUrl,
    GRANT,
    { input: { partnerId: partnerId(0), scopes: ['SCORE_VALUE'], purpose: 'Bike deposit waiver' } },
    caller,
  );
  await graphql(
    platform.gatewayUrl,
    `
      query S($id: ID!) {
        user(id: $id) {
          creditScore {
            value
          }
        }
      }
    `,
    { id: idAtPartner(0, userId(index)) },
    await asPartner(0),
  );
  await graphql(
    platform.gatewayUrl,
    `
      {
        me {
          creditScore {
            value
          }
        }
      }
    `,
    {},
    caller,
  );
  return caller;
}

/** Rows that still name the subject, in every subgraph's own store. */
async function rowsNaming(subjectId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, database] of Object.entries(platform.databases)) {
    for (const entity of SUBGRAPHS[name as keyof typeof SUBGRAPHS].database.entities as Function[]) {
      const metadata = database.dataSource.getMetadata(entity);
      if (metadata.tableName === 'erasure_request' || metadata.tableName === 'erasure_task') continue; // the record of the erasure itself
      const columns = metadata.columns.filter((c) =>
        ['id', 'userId', 'subjectId', 'viewerId'].includes(c.propertyName),
      );
      for (const column of columns) {
        const count = await database.dataSource.getRepository(entity).countBy({ [column.propertyName]: subjectId });
        if (count) counts[`${name}.${metadata.tableName}.${column.propertyName}`] = count;
      }
    }
  }
  return counts;
}

async function waitForErasure(caller: { token?: string }) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const status = (await graphql(platform.gatewayUrl, ERASURE, {}, caller)).data!.myErasure;
    if (status.completedAt) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('erasure did not complete within 10 s');
}

describe('export', () => {
  test("contains every subgraph's part of the subject's data, in one document", async () => {
    const caller = await prepareSubject(5);
    const response = await graphql(platform.gatewayUrl, EXPORT, {}, caller);
    expect(response.errors).toBeUndefined();
    const data = response.data!.exportMyData;
    expect(data.subjectId).toBe(userId(5));
    expect(data.format).toBe('credence-export/v1');
    expect(data.profile).toEqual(
      expect.objectContaining({ id: userId(5), email: expect.stringContaining('@example.com') }),
    );
    expect(data.creditHistory.creditFile).toHaveLength(1);
    expect(data.creditHistory.accounts.length).toBeGreaterThan(0);
    expect(data.creditHistory.records.length).toBeGreaterThan(0);
    expect(data.scores.length).toBeGreaterThan(0);
    expect(data.consents).toEqual([expect.objectContaining({ partnerId: partnerId(0), status: 'ACTIVE' })]);
    expect(data.accessLog).toEqual(
      expect.arrayContaining([expect.objectContaining({ viewerKind: 'PARTNER', decision: 'ALLOWED' })]),
    );
  });

  test("is the subject's alone", async () => {
    const response = await graphql(platform.gatewayUrl, EXPORT, {}, await asPartner(0));
    expect(response.data?.exportMyData ?? null).toBeNull();
    expect(codesOf(response)).toEqual(['FORBIDDEN']);
  });
});

describe('erasure', () => {
  test('revokes consents, then leaves nothing personal in any subgraph', async () => {
    const caller = await prepareSubject(7);
    expect(Object.keys(await rowsNaming(userId(7))).length).toBeGreaterThan(3);
    const status = (await graphql(platform.gatewayUrl, DELETE, {}, caller)).data!.deleteMyAccount;
    expect(status.consentsRevoked).toBe(1);
    expect(status.completedAt).not.toBeNull();
    expect(status.steps.map((s: { status: string }) => s.status)).toEqual(['DONE', 'DONE', 'DONE']);
    expect(await rowsNaming(userId(7))).toEqual({});
    const lookup = await graphql(
      platform.gatewayUrl,
      `
        query U($id: ID!) {
          user(id: $id) {
            id
            creditScore {
              value
            }
          }
        }
      `,
      { id: userId(7) },
      await asStaff(),
    );
    expect(codesOf(lookup)).toEqual(['NOT_FOUND']);
    const partner = await graphql(
      platform.gatewayUrl,
      `
        query U($id: ID!) {
          usersByIds(ids: [$id]) {
            id
          }
        }
      `,
      { id: idAtPartner(0, userId(7)) },
      await asPartner(0),
    );
    expect(partner.data!.usersByIds).toEqual([null]);
    const exported = (await graphql(platform.gatewayUrl, EXPORT, {}, caller)).data!.exportMyData;
    const grantAfter = await graphql(
      platform.gatewayUrl,
      GRANT,
      { input: { partnerId: partnerId(0), scopes: ['SCORE_BAND'], purpose: 'after deletion' } },
      caller,
    );
    expect(codesOf(grantAfter)).toEqual(['UNAUTHENTICATED']);
    expect(exported).toEqual(
      expect.objectContaining({
        profile: null,
        creditHistory: { disputes: [], records: [], accounts: [], creditFile: [] },
        scores: [],
        consents: [],
        accessLog: [],
      }),
    );
  });

  test('completes when a subgraph that was down comes back', async () => {
    const caller = await prepareSubject(8);
    await platform.stopSubgraph('credit-history');
    let status;
    try {
      status = (await graphql(platform.gatewayUrl, DELETE, {}, caller)).data!.deleteMyAccount;
      expect(status.completedAt).toBeNull();
      const creditHistory = status.steps.find((s: { subgraph: string }) => s.subgraph === 'credit-history');
      expect(creditHistory).toEqual(expect.objectContaining({ status: 'PENDING', attempts: 1 }));
      // the partner lost access at once, even before every subgraph has erased
      const partner = await graphql(
        platform.gatewayUrl,
        `
          query S($id: ID!) {
            usersByIds(ids: [$id]) {
              id
            }
          }
        `,
        { id: idAtPartner(0, userId(8)) },
        await asPartner(0),
      );
      expect(partner.data!.usersByIds).toEqual([null]);
      const leftovers = await rowsNaming(userId(8));
      expect(Object.keys(leftovers).every((key) => key.startsWith('credit-history.'))).toBe(true);
    } finally {
      await platform.restartSubgraph('credit-history');
    }
    const finished = await waitForErasure(caller);
    expect(finished.steps.every((s: { status: string }) => s.status === 'DONE')).toBe(true);
    expect(finished.steps.find((s: { subgraph: string }) => s.subgraph === 'credit-history').attempts).toBeGreaterThan(
      1,
    );
    expect(await rowsNaming(userId(8))).toEqual({});
  });

  test('once every erasure is delivered, an idle platform sends only the outbox poll: one claim statement per replica per interval', async () => {
    const tasks = platform.databases.consent.dataSource.getRepository(ErasureTask);
    while (await tasks.existsBy({ status: 'PENDING' })) await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    const consent = platform.databases.consent.queries;
    const [requestsBefore, backgroundBefore] = [platform.queryCount(), consent.background];
    const sent = jest.spyOn(consent, 'logQuery');
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 8 * RETRY_MS));
    const elapsed = Date.now() - started;
    const statements = sent.mock.calls.map((call) => String((call as unknown[])[0]));
    sent.mockRestore();
    const claims = statements.filter((sql) => /^UPDATE \S*"erasure_task" SET "claim_token"/.test(sql));
    // the webhook outbox's poll and the expiry sweep's one query are the consent subgraph's other idle work
    const polls = statements.filter(
      (sql) =>
        claims.includes(sql) ||
        /^UPDATE \S*"webhook_delivery" SET "claim_token"/.test(sql) ||
        /FROM \S*"consent".*"expiry_notified_at" IS NULL/.test(sql),
    );
    // no subgraph sends SQL for a request; the consent subgraph only polls (SQLite wraps each poll in BEGIN/COMMIT)
    expect(platform.queryCount()).toBe(requestsBefore);
    expect(consent.background - backgroundBefore).toBe(statements.length);
    expect(statements.filter((sql) => !polls.includes(sql) && !/^(BEGIN TRANSACTION|COMMIT)$/.test(sql))).toEqual([]);
    expect(claims.length).toBeGreaterThanOrEqual(1); // it keeps looking: work a stopped replica left is found
    expect(claims.length).toBeLessThanOrEqual(Math.floor(elapsed / RETRY_MS) + 1);
    expect(statements.length).toBeLessThanOrEqual(3 * polls.length);
  });

  test('is only for the consumer themselves', async () => {
    const response = await graphql(platform.gatewayUrl, DELETE, {}, await asStaff());
    expect(codesOf(response)).toEqual(['FORBIDDEN']);
  });
});
