import { DEMO_REFERENCE_DATE, DEMO_SEED, DemoUser } from '../../../shared/demo/demo-population';
import { deterministicId } from '../../../shared/ids';
import { integerBetween, pick, seededRandom } from '../../../shared/random';
import { CreditAccount, AccountKind } from '../entities/CreditAccount';
import { CreditFile } from '../entities/CreditFile';
import { CreditRecord, PaymentStatus, RecordKind } from '../entities/CreditRecord';

const BANKS = ['Hanse Bank', 'Elbe Sparkasse', 'Rhein Kreditbank'];
const CARD_ISSUERS = ['Nordcard', 'Alster Card Services'];
const OTHER_LENDERS = ['Isar Finanz', 'Main Consumer Credit'];
const UTILITIES = ['Stadtwerke Hamburg', 'Berliner Energie'];

export interface DemoCreditHistory {
  file: CreditFile;
  accounts: CreditAccount[];
  records: CreditRecord[];
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function monthsBefore(date: Date, months: number): Date {
  const copy = new Date(date);
  copy.setUTCMonth(copy.getUTCMonth() - months);
  return copy;
}

/**
 * Accounts and monthly records for one applicant, made so that the records earn
 * exactly the applicant's credit-history class in the data set (a test checks it).
 */
export function demoCreditHistory(user: DemoUser): DemoCreditHistory {
  const { applicant } = user;
  const c = applicant.characteristics;
  const random = seededRandom(`${DEMO_SEED}:credit:${applicant.index}`);
  const accounts: CreditAccount[] = [];
  const records: CreditRecord[] = [];
  let serial = 0;

  const openAccount = (
    fields: Omit<Partial<CreditAccount>, 'openedOn'> & { kind: AccountKind; provider: string; openedOn: Date },
  ) => {
    const account = Object.assign(new CreditAccount(), {
      id: deterministicId(`${DEMO_SEED}:account:${applicant.index}:${accounts.length}`),
      userId: user.id,
      status: 'OPEN',
      closedOn: null,
      amount: null,
      durationMonths: null,
      installmentRatePercent: null,
      purpose: null,
      isCurrentLoan: false,
      ...fields,
      openedOn: isoDate(fields.openedOn),
    });
    accounts.push(account);
    return account;
  };

  const addMonthlyRecords = (
    account: CreditAccount,
    kind: RecordKind,
    firstDue: Date,
    count: number,
    amountCents: number,
    statusOf: (month: number) => PaymentStatus = () => 'ON_TIME',
  ) => {
    for (let month = 0; month < count; month += 1) {
      const due = monthsBefore(firstDue, -month);
      if (due > DEMO_REFERENCE_DATE) break;
      const status = statusOf(month);
      const daysLate = status === 'LATE' ? integerBetween(random, 10, 75) : status === 'DEFAULTED' ? 120 : 0;
      records.push(
        Object.assign(new CreditRecord(), {
          id: deterministicId(`${DEMO_SEED}:record:${applicant.index}:${serial++}`),
          accountId: account.id,
          userId: user.id,
          kind,
          amountCents,
          currency: 'DM',
          dueOn: isoDate(due),
          paidOn: status === 'DEFAULTED' ? null : isoDate(new Date(due.getTime() + daysLate * 86_400_000)),
          status,
          daysLate,
          source: account.provider,
        }),
      );
    }
  };

  // The loan the data set's row describes, being repaid now.
  const monthsRepaid =
    c.creditHistory === 'NO_CREDITS_OR_ALL_PAID'
      ? integerBetween(random, 0, 2)
      : integerBetween(random, 1, Math.min(c.durationMonths, 24));
  const loanOpened = monthsBefore(DEMO_REFERENCE_DATE, monthsRepaid + 1);
  const loan = openAccount({
    kind: 'CONSUMER_LOAN',
    provider: pick(random, BANKS),
    openedOn: loanOpened,
    isCurrentLoan: true,
    amount: c.creditAmount,
    durationMonths: c.durationMonths,
    installmentRatePercent: c.installmentRatePercent,
    purpose: c.purpose,
  });
  addMonthlyRecords(
    loan,
    'LOAN_REPAYMENT',
    monthsBefore(loanOpened, -1),
    monthsRepaid,
    Math.round((c.creditAmount * 100) / c.durationMonths),
  );

  const utility = openAccount({
    kind: 'UTILITY',
    provider: pick(random, UTILITIES),
    openedOn: monthsBefore(DEMO_REFERENCE_DATE, 13),
  });
  const utilityMonths = c.creditHistory === 'NO_CREDITS_OR_ALL_PAID' ? integerBetween(random, 3, 12) : 12;
  addMonthlyRecords(
    utility,
    'UTILITY_PAYMENT',
    monthsBefore(DEMO_REFERENCE_DATE, utilityMonths),
    utilityMonths,
    integerBetween(random, 4_000, 15_000),
  );

  const cardMonths = integerBetween(random, 6, 18);
  const cardStart = monthsBefore(DEMO_REFERENCE_DATE, cardMonths + integerBetween(random, 0, 12));
  switch (c.creditHistory) {
    case 'ALL_PAID_AT_THIS_BANK': {
      const past = openAccount({
        kind: 'CONSUMER_LOAN',
        provider: pick(random, BANKS),
        openedOn: monthsBefore(cardStart, 1),
        amount: integerBetween(random, 500, 5_000),
        durationMonths: cardMonths,
      });
      addMonthlyRecords(past, 'LOAN_REPAYMENT', cardStart, cardMonths, integerBetween(random, 5_000, 30_000));
      past.status = 'CLOSED';
      past.closedOn = isoDate(monthsBefore(cardStart, -cardMonths));
      break;
    }
    case 'EXISTING_PAID_DULY': {
      const card = openAccount({
        kind: 'CREDIT_CARD',
        provider: pick(random, CARD_ISSUERS),
        openedOn: monthsBefore(cardStart, 1),
        amount: pick(random, [1_000, 2_500, 5_000]),
      });
      addMonthlyRecords(card, 'CREDIT_CARD_REPAYMENT', cardStart, cardMonths, integerBetween(random, 2_000, 40_000));
      break;
    }
    case 'PAST_DELAYS': {
      const card = openAccount({
        kind: 'CREDIT_CARD',
        provider: pick(random, CARD_ISSUERS),
        openedOn: monthsBefore(cardStart, 1),
        amount: pick(random, [1_000, 2_500, 5_000]),
      });
      const lateMonths = new Set([integerBetween(random, 0, 2), integerBetween(random, 0, 5)]);
      addMonthlyRecords(
        card,
        'CREDIT_CARD_REPAYMENT',
        cardStart,
        cardMonths,
        integerBetween(random, 2_000, 40_000),
        (m) => (lateMonths.has(m) ? 'LATE' : 'ON_TIME'),
      );
      break;
    }
    case 'CRITICAL_ACCOUNT': {
      const elsewhere = openAccount({
        kind: 'CONSUMER_LOAN',
        provider: pick(random, OTHER_LENDERS),
        openedOn: monthsBefore(cardStart, 1),
        amount: integerBetween(random, 1_000, 8_000),
        durationMonths: cardMonths,
      });
      const defaultMonth = cardMonths - 1;
      addMonthlyRecords(
        elsewhere,
        'LOAN_REPAYMENT',
        cardStart,
        cardMonths,
        integerBetween(random, 5_000, 30_000),
        (m) => (m === defaultMonth ? 'DEFAULTED' : m === defaultMonth - 1 ? 'LATE' : 'ON_TIME'),
      );
      break;
    }
    default:
      break; // a thin file: the current loan and a utility only
  }

  const file = Object.assign(new CreditFile(), {
    userId: user.id,
    checkingStatus: c.checkingStatus,
    savingsStatus: c.savingsStatus,
    creditHistory: c.creditHistory,
    existingCredits: c.existingCredits,
    otherInstallmentPlans: c.otherInstallmentPlans,
    declaredExistingCredits: c.existingCredits,
    declaredOtherInstallmentPlans: c.otherInstallmentPlans,
    otherDebtors: c.otherDebtors,
    updatedAt: DEMO_REFERENCE_DATE,
  });
  return { file, accounts, records };
}
