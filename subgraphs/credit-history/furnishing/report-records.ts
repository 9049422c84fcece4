import { createHash } from 'node:crypto';
import { badUserInput, codedError, ErrorCode, forbidden } from '../../../shared/errors';
import { upsertRows } from '../../../shared/store/upsert';
import type { CreditHistoryContext } from '../loaders';
import { FurnishingAnswer } from '../entities/FurnishingRejection';
import { FurnishingReplay } from '../entities/FurnishingReplay';
import { applyFurnishedRecords, wakeScoringDispatcher } from './apply-records';
import { FurnishedRecordInput, RECORDS_PER_CALL } from './furnished-record';
import { inRecordOrder, screenRecords } from './screen-records';

const MAX_KEY_LENGTH = 255;

/** The furnisher's refusal as a whole (FORBIDDEN, PARTNER_SUSPENDED, UNAUTHENTICATED), as a coded error. */
export function refusalError(refusal: { code: string; message: string }) {
  const code = Object.values(ErrorCode).find((known) => known === refusal.code) ?? ErrorCode.FORBIDDEN;
  return codedError(code, refusal.message);
}

function idempotencyKeyOf(key: string | null | undefined): string | null {
  if (key == null) return null;
  if (key.length < 1 || key.length > MAX_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(key))
    throw badUserInput(`The Idempotency-Key header must be 1 to ${MAX_KEY_LENGTH} visible ASCII characters.`);
  return key;
}

const digestOf = (records: readonly FurnishedRecordInput[]) =>
  createHash('sha256').update(JSON.stringify(records)).digest('hex');

/**
 * reportCreditRecords: screens the records (malformed, no consent), then applies the
 * permitted ones in one transaction (see applyFurnishedRecords). With an
 * Idempotency-Key, the transaction first claims the key for this partner: a repeat
 * finds it claimed, writes nothing and answers what the first call answered (on
 * PostgreSQL a repeat sent while the first still runs waits on the key's row for its
 * outcome). The same key with other records is refused.
 */
export async function reportCreditRecords(
  { viewer, database, peers, requestId, idempotencyKey }: CreditHistoryContext,
  records: readonly FurnishedRecordInput[],
  now = new Date(),
): Promise<FurnishingAnswer> {
  if (viewer.kind !== 'partner') throw forbidden('Only a furnisher reports credit records.');
  if (records.length < 1 || records.length > RECORDS_PER_CALL)
    throw badUserInput(`Report 1 to ${RECORDS_PER_CALL} records per call (a file takes more).`, 'records');
  const key = idempotencyKeyOf(idempotencyKey);
  const digest = digestOf(records);
  const replays = database.dataSource.getRepository(FurnishingReplay);
  const replay = async () => {
    const first = await replays.findOneBy({ partnerId: viewer.partnerId, idempotencyKey: key! });
    if (!first?.answer) throw new Error('an idempotent call left no answer');
    if (first.requestDigest !== digest)
      throw badUserInput('This Idempotency-Key was used with other records: use a new key for a new call.');
    return first.answer;
  };
  if (key && (await replays.existsBy({ partnerId: viewer.partnerId, idempotencyKey: key }))) return replay();

  const screened = await screenRecords(
    peers,
    viewer,
    records.map((input, index) => ({ index, input })),
    now.toISOString().slice(0, 10),
    requestId,
  );
  if (screened.refusal) throw refusalError(screened.refusal);
  const answer = await database.dataSource.transaction(async (manager) => {
    if (key) {
      const claim = Object.assign(new FurnishingReplay(), {
        partnerId: viewer.partnerId,
        idempotencyKey: key,
        requestDigest: digest,
        answer: null,
        createdAt: now,
      });
      const claimed = await upsertRows(
        manager,
        FurnishingReplay,
        [claim],
        '("partner_id", "idempotency_key") DO NOTHING',
        ['partnerId'],
      );
      if (!claimed.length) return null; // another call with this key came first
    }
    const applied = await applyFurnishedRecords(manager, screened.furnisher, screened.permitted, now);
    const result = { accepted: applied.accepted, rejected: inRecordOrder([...screened.rejected, ...applied.rejected]) };
    if (key)
      await manager
        .getRepository(FurnishingReplay)
        .update({ partnerId: viewer.partnerId, idempotencyKey: key }, { answer: result });
    return result;
  });
  if (answer?.accepted) wakeScoringDispatcher(database.dataSource);
  return answer ?? replay();
}
