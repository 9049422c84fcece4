import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { scoringInputsChanges, ScoringInputsChange } from '../../../shared/scoring/scoring-inputs-change';
import { timeOrderedId } from '../../../shared/ids';
import { findByKeys } from '../../../shared/store/rows-by-keys';
import { upsertRows, upsertStatements, writeTogether } from '../../../shared/store/upsert';
import { deriveFileInputs, inputsChanged } from '../credit-file/file-inputs';
import { CreditAccount } from '../entities/CreditAccount';
import { CreditFile } from '../entities/CreditFile';
import { CreditRecord, PaymentStatus } from '../entities/CreditRecord';
import { FurnishingAnswer, RecordRejection } from '../entities/FurnishingRejection';
import { FurnishingNotice } from '../entities/FurnishingNotice';
import { dueNow } from '../../../shared/store/outbox-item';
import { wakeOutbox } from '../../../shared/store/outbox-wake';
import { malformed, RECORD_KIND_OF, ValidRecord } from './furnished-record';
import { screenRemovedRecords } from './removed-records';
import { groupBy } from '../../../shared/group-by';
import { readByKeys } from '../../../shared/store/sqlite-values';

/** A checked record whose consumer allowed this furnisher, with Credence's id for them. */
export type PermittedRecord = ValidRecord & { userId: string };

export interface Furnisher {
  id: string;
  /** shown as each record's source and each account's provider, as it was when it reported */
  name: string;
}

/** Furnished records are in the currency of the businesses that report them. */
const FURNISHED_CURRENCY = 'EUR';

/**
 * Applies permitted records in the caller's transaction, a fixed number of statements
 * whatever their count (sorted locks, one upsert per table, one derivation read per
 * table): the consumers' credit files are locked first, in id order, so two calls for
 * one consumer apply one after the other and cannot deadlock; each record updates its
 * account's record for that due date or adds it; an account the furnisher has not
 * reported before is opened. The consumers' derived scorecard inputs are recomputed,
 * and a file whose inputs change is a new version announced to scores in the same
 * transaction; each consumer gets one feed notice. Everything commits together, so
 * each consumer's records apply all or none. Throws nothing a caller caused: on SQLite
 * a rollback would undo other requests' writes (see resolveDispute).
 */
export async function applyFurnishedRecords(
  manager: EntityManager,
  furnisher: Furnisher,
  records: PermittedRecord[],
  now: Date,
): Promise<FurnishingAnswer> {
  if (!records.length) return { accepted: 0, rejected: [] };
  const userIds = [...new Set(records.map((r) => r.userId))].sort();
  const files = await lockedFiles(manager, userIds);
  // a record a dispute removed comes back only certified (FCRA §611(a)(5)(B)): see removed-records.ts
  const screened = await screenRemovedRecords(manager, furnisher.id, records, now);
  const known = await findByKeys(manager, CreditAccount, 'userId', userIds, { furnisherId: furnisher.id });
  const { accepted, rejected, opened } = matchAccounts(furnisher, screened.records, known);
  const accountIdOf = await openAccounts(manager, furnisher, userIds, known, [...opened.values()]);
  await upsertRecords(manager, furnisher, accepted, accountIdOf);
  const changed = await derivedChanges(manager, files, userIds, now);
  await writeTogether(manager, [
    ...upsertStatements(manager, CreditFile, changed, FILE_INPUTS_UPDATE),
    ...upsertStatements(
      manager,
      ScoringInputsChange,
      scoringInputsChanges(
        changed.map((file) => ({ subjectId: file.userId, version: file.scoringInputsVersion })),
        now,
      ),
      '("id") DO NOTHING',
    ),
    ...upsertStatements(manager, FurnishingNotice, noticesFor(furnisher, accepted, now), '("id") DO NOTHING'),
  ]);
  return { accepted: accepted.length, rejected: [...screened.rejected, ...rejected] };
}

/**
 * After the commit of applied records: this process's scoring-inputs dispatcher
 * delivers the changes they made at once, not at its next poll (the lag from a report
 * to its score, issue 17); rows of other replicas are still found by polling. Feed
 * notices wait for their poll: a second sooner tells a consumer nothing more, and
 * fewer, larger deliveries leave the work that reads wait on its share.
 */
export function wakeScoringDispatcher(dataSource: DataSource): void {
  wakeOutbox(dataSource, ScoringInputsChange);
}

const accountKey = (userId: string, reference: string) => `${userId}|${reference}`;

/** The files of these consumers, locked until the transaction ends (SQLite has one writer at a time anyway). */
async function lockedFiles(manager: EntityManager, userIds: string[]): Promise<CreditFile[]> {
  if (manager.connection.options.type === 'postgres') {
    await manager.query('SELECT 1 FROM "credit_file" WHERE "user_id" = ANY($1) ORDER BY "user_id" FOR UPDATE', [
      userIds,
    ]);
  }
  return findByKeys(manager, CreditFile, 'userId', userIds);
}

/**
 * Each record's account: the one the furnisher reported under this reference for this
 * consumer, or a new one opened on its earliest due date. A record whose kind differs
 * from its account's is refused (the account keeps the kind it was opened with).
 */
function matchAccounts(furnisher: Furnisher, records: PermittedRecord[], known: CreditAccount[]) {
  const accounts = new Map(known.map((a) => [accountKey(a.userId, a.accountReference!), a]));
  const opened = new Map<string, CreditAccount>();
  const accepted: PermittedRecord[] = [];
  const rejected: RecordRejection[] = [];
  for (const record of records) {
    const key = accountKey(record.userId, record.accountReference);
    const account = accounts.get(key);
    if (account && account.kind !== record.accountKind) {
      rejected.push(
        malformed(record.index, 'accountKind', `This account was reported as ${account.kind}; its kind cannot change.`),
      );
      continue;
    }
    if (!account) {
      const fresh = openAccount(furnisher, record);
      accounts.set(key, fresh);
      opened.set(key, fresh);
    } else if (opened.has(key) && record.dueOn < account.openedOn) {
      account.openedOn = record.dueOn;
    }
    accepted.push(record);
  }
  return { accepted, rejected, opened };
}

function openAccount(furnisher: Furnisher, record: PermittedRecord): CreditAccount {
  return Object.assign(new CreditAccount(), {
    id: timeOrderedId(),
    userId: record.userId,
    kind: record.accountKind,
    provider: furnisher.name,
    status: 'OPEN' as const,
    openedOn: record.dueOn,
    closedOn: null,
    amount: null,
    durationMonths: null,
    installmentRatePercent: null,
    purpose: null,
    isCurrentLoan: false,
    furnisherId: furnisher.id,
    accountReference: record.accountReference,
  });
}

/**
 * Opens the new accounts and answers every account's id by its key. A consumer with no
 * credit file has no row to lock, so two calls may open the same account at once: the
 * unique index keeps one, and the accounts are read back to learn which.
 */
async function openAccounts(
  manager: EntityManager,
  furnisher: Furnisher,
  userIds: string[],
  known: CreditAccount[],
  opened: CreditAccount[],
): Promise<Map<string, string>> {
  const inserted = await upsertRows(
    manager,
    CreditAccount,
    opened,
    '("furnisher_id", "user_id", "account_reference") WHERE furnisher_id IS NOT NULL DO NOTHING',
    ['id'],
  );
  const accounts =
    inserted.length === opened.length
      ? [...known, ...opened]
      : await findByKeys(manager, CreditAccount, 'userId', userIds, { furnisherId: furnisher.id });
  return new Map(accounts.map((a) => [accountKey(a.userId, a.accountReference!), a.id]));
}

const RECORD_UPDATE =
  '("account_id", "due_on") DO UPDATE SET "amount_cents" = EXCLUDED."amount_cents", ' +
  '"paid_on" = EXCLUDED."paid_on", "status" = EXCLUDED."status", "days_late" = EXCLUDED."days_late", "source" = EXCLUDED."source"';

async function upsertRecords(
  manager: EntityManager,
  furnisher: Furnisher,
  records: PermittedRecord[],
  accountIdOf: Map<string, string>,
): Promise<void> {
  // A record reported twice in one call: the later one stands (one statement may not update a row twice).
  const latest = new Map<string, CreditRecord>();
  for (const record of records) {
    const row = recordRow(furnisher, record, accountIdOf.get(accountKey(record.userId, record.accountReference))!);
    latest.set(`${row.accountId}|${row.dueOn}`, row);
  }
  await upsertRows(manager, CreditRecord, [...latest.values()], RECORD_UPDATE);
}

/** The row of a furnished record, a plain object: a file's records are many, and the entity class adds nothing here. */
const recordRow = (furnisher: Furnisher, record: PermittedRecord, accountId: string): CreditRecord => ({
  id: timeOrderedId(),
  accountId,
  userId: record.userId,
  kind: RECORD_KIND_OF[record.accountKind],
  amountCents: record.amountCents,
  currency: FURNISHED_CURRENCY,
  dueOn: record.dueOn,
  paidOn: record.paidOn,
  status: record.status,
  daysLate: record.daysLate,
  source: furnisher.name,
  furnisherId: furnisher.id,
  suppressedAt: null,
  reinstatedAt: null,
});

const FILE_INPUTS_UPDATE =
  '("user_id") DO UPDATE SET "credit_history" = EXCLUDED."credit_history", "existing_credits" = EXCLUDED."existing_credits", ' +
  '"other_installment_plans" = EXCLUDED."other_installment_plans", "scoring_inputs_version" = EXCLUDED."scoring_inputs_version", ' +
  '"updated_at" = EXCLUDED."updated_at"';

/** The locked files whose derived inputs changed, as they must now be (version bumped). */
async function derivedChanges(
  manager: EntityManager,
  files: CreditFile[],
  userIds: string[],
  now: Date,
): Promise<CreditFile[]> {
  if (!files.length) return [];
  const accounts = await findByKeys(manager, CreditAccount, 'userId', userIds);
  const worst = await worstStatuses(manager, userIds);
  return files.flatMap((file) => {
    const derived = deriveFileInputs(
      file,
      accounts.filter((a) => a.userId === file.userId),
      worst.get(file.userId) ?? [],
    );
    if (!inputsChanged(file, derived)) return [];
    return [{ ...file, ...derived, scoringInputsVersion: file.scoringInputsVersion + 1, updatedAt: now }];
  });
}

/** The LATE and DEFAULTED statuses each consumer has on file, suppressed records left out (one row per consumer and status): all the class needs. */
async function worstStatuses(
  manager: EntityManager,
  userIds: string[],
): Promise<Map<string, { status: PaymentStatus }[]>> {
  const postgres = manager.connection.options.type === 'postgres';
  const select = (some: readonly string[]): Promise<{ user_id: string; status: PaymentStatus }[]> =>
    manager.query(
      `SELECT "user_id", "status" FROM "credit_record" WHERE "status" IN ('LATE', 'DEFAULTED') AND "suppressed_at" IS NULL AND "user_id" ${
        postgres ? '= ANY($1)' : `IN (${some.map(() => '?').join(', ')})`
      } GROUP BY "user_id", "status"`,
      postgres ? [some] : [...some],
    );
  const rows = await readByKeys(postgres, userIds, select);
  return new Map(
    [...groupBy(rows, (row) => row.user_id)].map(([userId, own]) => [userId, own.map(({ status }) => ({ status }))]),
  );
}

/** One feed notice per consumer: what this furnisher reported on which kinds of account. */
function noticesFor(furnisher: Furnisher, records: PermittedRecord[], now: Date): FurnishingNotice[] {
  return [...groupBy(records, (record) => record.userId)].map(([userId, own]) =>
    Object.assign(new FurnishingNotice(), {
      id: randomUUID(),
      userId,
      partnerId: furnisher.id,
      accountKinds: [...new Set(own.map((r) => r.accountKind))].sort().join(','),
      onTime: own.filter((r) => r.status === 'ON_TIME').length,
      late: own.filter((r) => r.status === 'LATE').length,
      defaulted: own.filter((r) => r.status === 'DEFAULTED').length,
      maxDaysLate: Math.max(0, ...own.filter((r) => r.status === 'LATE').map((r) => r.daysLate)),
      unpaidLate: own.filter((r) => r.status === 'LATE' && r.paidOn === null).length,
      occurredAt: now,
      ...dueNow(),
    }),
  );
}
