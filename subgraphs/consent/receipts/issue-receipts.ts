import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { partnerIdCodec } from '../../../shared/trust/partner-ids';
import { receiptKeys, signReceipt } from '../../../shared/trust/receipt-key';
import { ConsentReceipt } from '../entities/ConsentReceipt';
import { CollectionMethod, ReceiptConsent, receiptClaims, ReceiptEvent, receiptIssuerFromEnv } from './receipt-claims';

/** How each consent was collected, as its GIVEN receipt says; consents older than receipts were granted by their consumer. */
async function collectionMethods(manager: EntityManager, consentIds: string[]): Promise<Map<string, CollectionMethod>> {
  const given = await manager.getRepository(ConsentReceipt).find({
    select: { consentId: true, collectionMethod: true },
    where: { consentId: In(consentIds), event: 'GIVEN' },
  });
  return new Map(given.map((receipt) => [receipt.consentId, receipt.collectionMethod as CollectionMethod]));
}

/**
 * Signs and stores one receipt per consent for an event, inside the caller's
 * transaction, so a receipt exists exactly when the change does. `eventTime` is when the
 * event took effect (an expiry's is the consent's expiry, noticed later). One insert
 * whatever the count; events after GIVEN read the collection method in one query.
 */
export async function issueReceipts(
  manager: EntityManager,
  event: Exclude<ReceiptEvent, 'GIVEN'>,
  consents: ReceiptConsent[],
  eventTime: (consent: ReceiptConsent) => Date,
): Promise<void> {
  if (consents.length === 0) return;
  const methods = await collectionMethods(
    manager,
    consents.map((consent) => consent.id),
  );
  await insertReceipts(manager, event, consents, eventTime, (consent) => methods.get(consent.id) ?? 'consumer grant');
}

/**
 * The GIVEN receipt of a consent just inserted, in the same transaction: every way a
 * consent comes to be (a consumer's grant, an approved partner request) calls this
 * right after its insert.
 */
export function issueGivenReceipt(
  manager: EntityManager,
  consent: ReceiptConsent,
  collectionMethod: CollectionMethod,
): Promise<void> {
  return insertReceipts(
    manager,
    'GIVEN',
    [consent],
    (given) => given.grantedAt,
    () => collectionMethod,
  );
}

async function insertReceipts(
  manager: EntityManager,
  event: ReceiptEvent,
  consents: ReceiptConsent[],
  eventTime: (consent: ReceiptConsent) => Date,
  methodOf: (consent: ReceiptConsent) => CollectionMethod,
): Promise<void> {
  const keys = await receiptKeys();
  const issuer = receiptIssuerFromEnv();
  const issuedAt = new Date();
  const rows = await Promise.all(
    consents.map(async (consent) => {
      const receipt = {
        id: randomUUID(),
        event,
        issuedAt,
        eventTime: eventTime(consent),
        collectionMethod: methodOf(consent),
      };
      // Two copies, one signature each: the consumer's names them by the internal id, the
      // partner's by the partner's own id for them, so the partner's copy links to nothing else.
      const partnerSubject = partnerIdCodec().encode(consent.partnerId, consent.subjectId);
      const [jws, partnerJws] = await Promise.all([
        signReceipt(keys, receiptClaims(consent, receipt, issuer)),
        signReceipt(keys, receiptClaims({ ...consent, subjectId: partnerSubject }, receipt, issuer)),
      ]);
      const { id, collectionMethod } = receipt;
      return Object.assign(new ConsentReceipt(), {
        id,
        consentId: consent.id,
        subjectId: consent.subjectId,
        event,
        collectionMethod,
        issuedAt,
        jws,
        partnerJws,
      });
    }),
  );
  await manager.getRepository(ConsentReceipt).insert(rows);
}
