import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { In, IsNull } from 'typeorm';
import { partnerIdCodec } from '../../shared/trust/partner-ids';
import { receiptKeys } from '../../shared/trust/receipt-key';
import { ConsentReceipt } from '../../subgraphs/consent/entities/ConsentReceipt';
import { copyBatch, copyPartnerReceipts, uncopiedReceipts } from '../../subgraphs/consent/receipts/partner-copies';
import { useTestStore } from '../support/store';
import { Consent } from '../../subgraphs/consent/entities/Consent';
import { createLoaders } from '../../subgraphs/consent/loaders';
import { issueGivenReceipt, issueReceipts } from '../../subgraphs/consent/receipts/issue-receipts';
import { consentSubgraph } from '../../subgraphs/consent/subgraph';
import { eventually } from '../support/webhook-receiver';

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

describe("partners' copies of receipts issued before partner-scoped ids", () => {
  const receipts = () => store.database.dataSource.getRepository(ConsentReceipt);

  test('are signed by replicas at once and written once: the same claims naming the consumer by the partner id, verifying against the published keys', async () => {
    // more receipts than one batch takes; their consents held by partners of their own
    const old = Array.from({ length: 230 }, () => consent());
    const recent = consent();
    await store.database.dataSource.transaction(async (manager) => {
      for (const given of [...old, recent]) await issueGivenReceipt(manager, given, 'consumer grant');
      await manager.save(Consent, [...old, recent]);
    });
    // as they were before partners had ids of their own
    await receipts().update({ consentId: In(old.map((c) => c.id)) }, { partnerJws: null });
    const recentCopy = (await receipts().findOneByOrFail({ consentId: recent.id })).partnerJws;

    // a replica that read the first batch just before another wrote it
    const stale = await uncopiedReceipts(store.database.dataSource.manager);
    await Promise.all([copyPartnerReceipts(store.database), copyPartnerReceipts(store.database)]);
    const first = await receipts().findBy({ id: In(stale.map((r) => r.id)) });
    await copyBatch(store.database.dataSource.manager, stale);
    expect(await receipts().findBy({ id: In(stale.map((r) => r.id)) })).toEqual(first);

    expect(await receipts().countBy({ partnerJws: IsNull() })).toBe(0);
    const written = await receipts().find({ order: { id: 'ASC' } });
    await copyPartnerReceipts(store.database); // a later start finds nothing to do
    expect(await receipts().find({ order: { id: 'ASC' } })).toEqual(written);
    expect((await receipts().findOneByOrFail({ consentId: recent.id })).partnerJws).toBe(recentCopy);
    const jwks = createLocalJWKSet({ keys: (await receiptKeys()).publicKeys });
    const codec = partnerIdCodec();
    const copied = await receipts().findBy({ consentId: In(old.map((c) => c.id)) });
    expect(copied).toHaveLength(old.length);
    for (const receipt of copied) {
      const held = old.find((c) => c.id === receipt.consentId)!;
      const { payload } = await jwtVerify(receipt.partnerJws!, jwks, { issuer: 'credence' });
      const partnerSubject = codec.encode(held.partnerId, held.subjectId);
      expect(payload).toEqual({ ...decodeJwt(receipt.jws), sub: partnerSubject, piiPrincipalId: partnerSubject });
      expect(partnerSubject).not.toBe(held.subjectId);
    }
  });

  test("are signed from the consent subgraph's start", async () => {
    const old = consent();
    await store.database.dataSource.transaction(async (manager) => {
      await issueGivenReceipt(manager, old, 'consumer grant');
      await manager.save(Consent, old);
    });
    await receipts().update({ consentId: old.id }, { partnerJws: null });
    const nowhere = 'http://127.0.0.1:9';
    const peers = { users: nowhere, 'credit-history': nowhere, scores: nowhere, consent: nowhere };
    const stop = await consentSubgraph.startWorkers!(store.database, peers);
    try {
      await eventually(async () => (await receipts().findOneByOrFail({ consentId: old.id })).partnerJws);
    } finally {
      await stop();
    }
  });
});
