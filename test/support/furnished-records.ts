import { randomUUID } from 'node:crypto';
import { Platform } from '../../platform/launcher';
import { lockedCreditFile, recomputeCreditHistoryClass } from '../../subgraphs/credit-history/credit-file/class-change';
import { AccountKind, CreditAccount } from '../../subgraphs/credit-history/entities/CreditAccount';
import { CreditRecord, PaymentStatus } from '../../subgraphs/credit-history/entities/CreditRecord';

export interface FurnishedRecordFacts {
  subject: string;
  furnisherId: string;
  furnisherName: string;
  accountReference: string;
  accountKind?: AccountKind;
  dueOn: string;
  amountCents: number;
  paidOn: string | null;
  status: PaymentStatus;
}

const RECORD_KIND = {
  CONSUMER_LOAN: 'LOAN_REPAYMENT',
  CREDIT_CARD: 'CREDIT_CARD_REPAYMENT',
  UTILITY: 'UTILITY_PAYMENT',
} as const;
const DAY_MS = 86_400_000;

/**
 * Stands in for reportCreditRecords (not on this branch): writes one furnished record
 * (and its furnisher's open account) straight into credit-history's store, then derives
 * the file's inputs again and announces them to scores, in one transaction, as a report
 * does. Swap it for the real mutation once both meet. Returns the record's id.
 */
export async function furnishRecord(platform: Platform, facts: FurnishedRecordFacts): Promise<string> {
  const { dataSource } = platform.databases['credit-history'];
  const recordId = randomUUID();
  const kind = facts.accountKind ?? 'CONSUMER_LOAN';
  await dataSource.transaction(async (manager) => {
    const file = await lockedCreditFile(manager, facts.subject);
    const accounts = manager.getRepository(CreditAccount);
    let account = await accounts.findOneBy({
      furnisherId: facts.furnisherId,
      userId: facts.subject,
      accountReference: facts.accountReference,
    });
    if (!account) {
      account = Object.assign(new CreditAccount(), {
        id: randomUUID(),
        userId: facts.subject,
        kind,
        provider: facts.furnisherName,
        status: 'OPEN',
        openedOn: facts.dueOn,
        closedOn: null,
        amount: null,
        durationMonths: null,
        installmentRatePercent: null,
        purpose: null,
        isCurrentLoan: false,
        furnisherId: facts.furnisherId,
        accountReference: facts.accountReference,
      });
      await accounts.insert(account);
    }
    const daysLate =
      facts.paidOn && facts.paidOn > facts.dueOn
        ? Math.round((Date.parse(facts.paidOn) - Date.parse(facts.dueOn)) / DAY_MS)
        : 0;
    await manager.getRepository(CreditRecord).insert(
      Object.assign(new CreditRecord(), {
        id: recordId,
        userId: facts.subject,
        accountId: account.id,
        kind: RECORD_KIND[kind],
        amountCents: facts.amountCents,
        currency: 'EUR',
        dueOn: facts.dueOn,
        paidOn: facts.paidOn,
        status: facts.status,
        daysLate,
        source: facts.furnisherName,
        furnisherId: facts.furnisherId,
        suppressedAt: null,
      }),
    );
    if (file) await recomputeCreditHistoryClass(manager, file, new Date());
  });
  return recordId;
}
