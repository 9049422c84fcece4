import { DataSource, EntityManager, In } from 'typeorm';
import { codedError, ErrorCode, notFound } from '../../../shared/errors';
import { responseDeadline, validateCaseText } from '../../../shared/casework';
import { requireWellFormedId } from '../../../shared/ids';
import { findOneLocked } from '../../../shared/store/row-lock';
import { DAY_MS } from '../../../shared/time';
import { findDispute } from './dispute-commands';
import { isUnresolved, UNRESOLVED_STATUSES } from './dispute-lifecycle';
import { queueDisputeNotice } from './dispute-notices';
import { AddedInformation, Dispute } from '../entities/Dispute';

/**
 * FCRA §611(a)(1)(B): the 30 days to reinvestigate become 45 when the consumer gives
 * information during the 30. Credence's rule: the first addition made while the
 * dispute is undecided and before its original 30-day deadline extends the deadline
 * to 45 days after filing, once; additions after that are recorded and sent on to
 * whoever decides, but move nothing.
 */
export const EXTENDED_WINDOW_DAYS = 45;

/** One dispute takes this many additions: enough for what a consumer finds later, not a chat. */
export const INFORMATION_LIMIT = 10;

export interface DisputeAddition {
  id: string;
  information: string;
}

/** The deadline information added at `at` gives the dispute, or null when it extends nothing. */
export function extendedDeadline(dispute: Pick<Dispute, 'filedAt' | 'deadlineExtendedAt'>, at: Date): Date | null {
  if (dispute.deadlineExtendedAt !== null) return null;
  if (at.getTime() >= responseDeadline(dispute.filedAt).getTime()) return null;
  return new Date(dispute.filedAt.getTime() + EXTENDED_WINDOW_DAYS * DAY_MS);
}

const closed = (dispute: Pick<Dispute, 'id' | 'status'>) =>
  codedError(
    ErrorCode.DISPUTE_CLOSED,
    `Dispute ${dispute.id} was decided (${dispute.status}): information can be added only while it is undecided. ` +
      'If the record is still on your file, you can dispute it again.',
  );
const limitReached = (id: string) =>
  codedError(
    ErrorCode.DISPUTE_INFORMATION_LIMIT,
    `Dispute ${id} already holds ${INFORMATION_LIMIT} additions, as many as one dispute takes: wait for its outcome.`,
  );

/** The dispute, locked until the transaction ends, so two additions at once append one after the other. */
function lockedDispute(manager: EntityManager, id: string): Promise<Dispute | null> {
  return findOneLocked(manager, Dispute, { id });
}

/**
 * The subject adds information to their own undecided dispute: it is appended to the
 * dispute, may extend its deadline (see EXTENDED_WINDOW_DAYS), and its notice tells the
 * consumer's feed and, for a furnished record, the furnisher (dispute.information_added,
 * with the deadline), in the same transaction. The dispute's row is locked first, so
 * concurrent additions each land and the deadline is extended once; a decision racing
 * it is settled by the status guard. Every client error is raised outside the
 * transaction (SQLite shares one connection).
 */
export async function addDisputeInformation(
  dataSource: DataSource,
  subjectId: string,
  input: DisputeAddition,
): Promise<Dispute> {
  const id = requireWellFormedId(input.id, 'id');
  const information = validateCaseText(
    input.information,
    'information',
    '"information" must be 3 to 2000 characters: what whoever decides the dispute should know.',
  );
  const found = await findDispute(dataSource.manager, id);
  // Another subject's dispute is reported as missing: its existence is not theirs to learn.
  if (found.userId !== subjectId) throw notFound('Dispute', id);
  if (!isUnresolved(found.status)) throw closed(found);
  if ((found.addedInformation ?? []).length >= INFORMATION_LIMIT) throw limitReached(id);
  const now = new Date();
  const refusal = await dataSource.transaction(async (manager) => {
    const dispute = (await lockedDispute(manager, id))!;
    if (!isUnresolved(dispute.status)) return closed(dispute);
    const added = dispute.addedInformation ?? [];
    if (added.length >= INFORMATION_LIMIT) return limitReached(id);
    const extended = extendedDeadline(dispute, now);
    const entry: AddedInformation = { information, addedAt: now.toISOString(), extendedDeadline: extended !== null };
    const deadline = extended ?? dispute.deadline;
    const changes = {
      addedInformation: [...added, entry],
      updatedAt: now,
      ...(extended ? { deadline, deadlineExtendedAt: now } : {}),
    };
    const moved = await manager.getRepository(Dispute).update({ id, status: In([...UNRESOLVED_STATUSES]) }, changes);
    if (moved.affected === 0) return closed(await findDispute(manager, id));
    await queueDisputeNotice(manager, { ...dispute, deadline }, dispute.status, now, {
      event: 'INFORMATION_ADDED',
      facts: { deadline: deadline.toISOString(), deadlineExtended: extended !== null },
    });
    return null;
  });
  if (refusal) throw refusal;
  return findDispute(dataSource.manager, id);
}
