import { EntityManager, In, IsNull, Not } from 'typeorm';
import { disputeNoticeRow, furnisherFactsOf } from '../disputes/dispute-notices';
import { CreditAccount } from '../entities/CreditAccount';
import { CreditRecord } from '../entities/CreditRecord';
import { Dispute, DisputeStatus } from '../entities/Dispute';
import { DisputeNotice } from '../entities/DisputeNotice';
import type { RecordRejection } from '../entities/FurnishingRejection';
import type { ValidRecord } from './furnished-record';

/** How a dispute takes a furnished record off the file: its furnisher deleted it, or left the dispute unanswered. */
const REMOVING_OUTCOMES: DisputeStatus[] = ['DELETED', 'EXPIRED'];

export const removedByDispute = (
  index: number,
  record: Pick<ValidRecord, 'accountReference' | 'dueOn'>,
): RecordRejection => ({
  index,
  code: 'RECORD_REMOVED_BY_DISPUTE',
  message:
    `A dispute removed this record (account ${record.accountReference}, due ${record.dueOn}) from the consumer's file. ` +
    'Report it again only if it is complete and accurate, with certifiedAccurate: true (FCRA §611(a)(5)(B)): ' +
    'it is then put back and the consumer is told.',
  field: 'certifiedAccurate',
});

const keyOf = (userId: string, reference: string | null, dueOn: string) => `${userId}|${reference}|${dueOn}`;

/**
 * The screening step before records are applied, in the applying transaction with the
 * consumers' files locked (so a dispute's removal and a re-report settle one after the
 * other): FCRA §611(a)(5)(B) lets information deleted after a reinvestigation come back
 * only when its furnisher certifies it complete and accurate, and the consumer must be
 * told. A re-report (same account and due date) of a record a dispute removed is
 * refused (RECORD_REMOVED_BY_DISPUTE) unless certifiedAccurate; a certified one is put
 * back on the file (its fields then updated like any re-report) and the dispute's
 * notice tells the consumer. Two reads whatever the count (one when this furnisher has
 * removed nothing of these consumers), one write each for records and notices.
 */
export async function screenRemovedRecords<R extends ValidRecord & { userId: string }>(
  manager: EntityManager,
  furnisherId: string,
  records: R[],
  now: Date,
): Promise<{ records: R[]; rejected: RecordRejection[] }> {
  const userIds = [...new Set(records.map((r) => r.userId))];
  const removed = userIds.length
    ? await manager
        .getRepository(CreditRecord)
        .findBy({ userId: In(userIds), furnisherId, suppressedAt: Not(IsNull()) })
    : [];
  if (!removed.length) return { records, rejected: [] };
  const accounts = await manager
    .getRepository(CreditAccount)
    .findBy({ id: In([...new Set(removed.map((r) => r.accountId))]) });
  const accountOf = new Map(accounts.map((account) => [account.id, account]));
  const removedByKey = new Map(
    removed.map((r) => [keyOf(r.userId, accountOf.get(r.accountId)?.accountReference ?? null, r.dueOn), r]),
  );
  const kept: R[] = [];
  const rejected: RecordRejection[] = [];
  const reinstated = new Map<string, CreditRecord>();
  for (const record of records) {
    const found = removedByKey.get(keyOf(record.userId, record.accountReference, record.dueOn));
    if (found && !record.certifiedAccurate) {
      rejected.push(removedByDispute(record.index, record));
      continue;
    }
    kept.push(record);
    // a record of another kind than its account is refused when applied: nothing to put back then
    if (found && accountOf.get(found.accountId)?.kind === record.accountKind) reinstated.set(found.id, found);
  }
  await reinstate(manager, [...reinstated.values()], accountOf, now);
  return { records: kept, rejected };
}

/** Puts the records back on the file and queues, for each, its consumer's notice on the dispute that removed it. */
async function reinstate(
  manager: EntityManager,
  records: CreditRecord[],
  accountOf: Map<string, CreditAccount>,
  now: Date,
): Promise<void> {
  if (!records.length) return;
  const ids = records.map((r) => r.id);
  await manager.getRepository(CreditRecord).update({ id: In(ids) }, { suppressedAt: null, reinstatedAt: now });
  const disputes = await manager
    .getRepository(Dispute)
    .find({ where: { recordId: In(ids), status: In(REMOVING_OUTCOMES) }, order: { filedAt: 'ASC' } });
  const removing = new Map(disputes.map((dispute) => [dispute.recordId, dispute])); // the latest wins
  const notices = records.flatMap((record) => {
    const dispute = removing.get(record.id);
    const account = accountOf.get(record.accountId);
    if (!dispute?.furnisherId || !account) return [];
    const furnisher = furnisherFactsOf(
      { ...dispute, furnisherId: dispute.furnisherId },
      record,
      account.accountReference,
    );
    return [
      disputeNoticeRow(dispute, dispute.status, now, furnisher, {
        event: 'RECORD_REINSTATED',
        facts: { accountKind: account.kind, dueOn: record.dueOn },
      }),
    ];
  });
  if (notices.length) await manager.getRepository(DisputeNotice).insert(notices);
}
