import { decodeJwt } from 'jose';
import { EntityManager } from 'typeorm';
import { asBackgroundWork, SubgraphDatabase } from '../../../shared/store/database';
import { partnerIdCodec } from '../../../shared/trust/partner-ids';
import { receiptKeys, signReceipt } from '../../../shared/trust/receipt-key';
import { Consent } from '../entities/Consent';
import { ConsentReceipt } from '../entities/ConsentReceipt';

const BATCH = 200;

interface Uncopied {
  id: string;
  subjectId: string;
  jws: string;
  partnerId: string;
}

/** Receipts issued before partners had ids of their own, with their consent's partner: a batch of them. */
export function uncopiedReceipts(manager: EntityManager): Promise<Uncopied[]> {
  return manager
    .getRepository(ConsentReceipt)
    .createQueryBuilder('receipt')
    .innerJoin(Consent, 'consent', 'consent.id = receipt.consentId')
    .select(['receipt.id AS "id"', 'receipt.subjectId AS "subjectId"', 'receipt.jws AS "jws"'])
    .addSelect('consent.partnerId', 'partnerId')
    .where('receipt.partnerJws IS NULL')
    .orderBy('receipt.id')
    .limit(BATCH)
    .getRawMany<Uncopied>();
}

/**
 * The partner's copy of a receipt that has only the consumer's: the same claims, the
 * subject named by the partner's own id for them (as issueReceipts signs both copies),
 * signed with the current key. Receipts are never updated but for this one column,
 * once, and only while it is empty: a copy another replica wrote first stands, and a
 * receipt erased meanwhile stays erased.
 */
export async function copyBatch(manager: EntityManager, receipts: Uncopied[]): Promise<void> {
  const keys = await receiptKeys();
  const codec = partnerIdCodec();
  const copies = await Promise.all(
    receipts.map(async (receipt) => {
      const partnerSubject = codec.encode(receipt.partnerId, receipt.subjectId);
      const claims = { ...decodeJwt(receipt.jws), sub: partnerSubject, piiPrincipalId: partnerSubject };
      return { id: receipt.id, partnerJws: await signReceipt(keys, claims) };
    }),
  );
  const cases = copies.map((_, i) => `WHEN :id${i} THEN :jws${i}`).join(' ');
  await manager
    .createQueryBuilder()
    .update(ConsentReceipt)
    .set({ partnerJws: () => `CASE "id" ${cases} END` })
    .where('id IN (:...ids) AND partner_jws IS NULL', { ids: copies.map((copy) => copy.id) })
    .setParameters(
      Object.fromEntries(
        copies.flatMap((copy, i) => [
          [`id${i}`, copy.id],
          [`jws${i}`, copy.partnerJws],
        ]),
      ),
    )
    .execute();
}

/**
 * Gives every receipt issued before partner-scoped ids (issue 19) its partner's copy,
 * so a partner sees all the receipts of the consents it holds: a batch at a time until
 * none is left, or until `stopping` says so. Any number may run at once (see copyBatch).
 */
export async function copyPartnerReceipts(database: SubgraphDatabase, stopping = () => false): Promise<void> {
  while (!stopping()) {
    const receipts = await uncopiedReceipts(database.dataSource.manager);
    if (receipts.length) await copyBatch(database.dataSource.manager, receipts);
    if (receipts.length < BATCH) return;
  }
}

/**
 * Runs copyPartnerReceipts in the background from the consent subgraph's start; every
 * replica may, and one that stops midway leaves the rest to the next start. Returns
 * the function that stops it after the batch in flight.
 */
export function startPartnerCopyBackfill(database: SubgraphDatabase): () => Promise<void> {
  let stopped = false;
  const run = asBackgroundWork(() => copyPartnerReceipts(database, () => stopped)).catch((error: unknown) =>
    console.error(`[credence] receipt partner copies: ${(error as Error).message}`),
  );
  return async () => {
    stopped = true;
    await run;
  };
}
