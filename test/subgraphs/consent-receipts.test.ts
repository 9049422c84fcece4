import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import { useTestStore } from '../support/store';
import { Consent } from '../../subgraphs/consent/entities/Consent';
import { createLoaders } from '../../subgraphs/consent/loaders';
import { issueGivenReceipt, issueReceipts } from '../../subgraphs/consent/receipts/issue-receipts';
import { consentSubgraph } from '../../subgraphs/consent/subgraph';

const store = useTestStore(consentSubgraph.database);
const DAY = 86_400_000;

function consent(subjectId = randomUUID()): Consent {
  const grantedAt = new Date(Date.now() - DAY);
  return Object.assign(new Consent(), {
    id: randomUUID(),
    subjectId,
    partnerId: randomUUID(),
    scopes: ['SCORE_BAND'],
    purpose: 'Phone contract',
    grantedAt,
    expiresAt: new Date(grantedAt.getTime() + 30 * DAY),
    revokedAt: null,
    expiryNotifiedAt: null,
  });
}

describe('receipts in the store', () => {
  test('receipts of many consents load in one statement, newest first, an empty list for a consent without any', async () => {
    const [a, b, none] = [consent(), consent(), consent()];
    await store.database.dataSource.transaction(async (manager) => {
      await issueGivenReceipt(manager, a, 'consumer grant');
      await issueGivenReceipt(manager, b, 'consumer grant');
    });
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later issuedAt
    await store.database.dataSource.transaction((manager) =>
      issueReceipts(manager, 'WITHDRAWN', [a], () => new Date()),
    );
    const loaders = createLoaders(store.database, { kind: 'user', userId: a.subjectId }, {} as never, randomUUID());
    const before = store.database.queries.count;
    const [ofA, ofB, ofNone] = await Promise.all([a, b, none].map((c) => loaders.receiptsByConsentId.load(c.id)));
    expect(store.database.queries.count - before).toBe(1);
    expect(ofA.map((r) => r.event)).toEqual(['WITHDRAWN', 'GIVEN']);
    expect(ofB.map((r) => [r.event, r.consentId, r.subjectId])).toEqual([['GIVEN', b.id, b.subjectId]]);
    expect(ofNone).toEqual([]);
  });

  test("later receipts repeat how the consent was collected; one older than receipts counts as the consumer's grant", async () => {
    const [requested, old] = [consent(), consent()];
    await store.database.dataSource.transaction(async (manager) => {
      await issueGivenReceipt(manager, requested, 'partner request');
      await issueReceipts(manager, 'AMENDED', [requested, old], () => new Date());
    });
    const loaders = createLoaders(
      store.database,
      { kind: 'user', userId: requested.subjectId },
      {} as never,
      randomUUID(),
    );
    const [ofRequested, ofOld] = await Promise.all([requested, old].map((c) => loaders.receiptsByConsentId.load(c.id)));
    expect(ofRequested.map((r) => decodeJwt(r.jws).collectionMethod)).toEqual(['partner request', 'partner request']);
    expect(ofOld.map((r) => [r.event, decodeJwt(r.jws).collectionMethod])).toEqual([['AMENDED', 'consumer grant']]);
  });
});
