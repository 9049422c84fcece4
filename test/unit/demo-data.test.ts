import { DEMO_PARTNERS, demoUserId, demoUsers } from '../../shared/demo/demo-population';
import { CreditHistoryClass } from '../../shared/data/german-credit';
import { isWellFormedId } from '../../shared/ids';
import { deriveCreditHistoryClass } from '../../subgraphs/credit-history/credit-file/credit-history-class';
import { demoCreditHistory } from '../../subgraphs/credit-history/demo/demo-history';

const users = demoUsers();
const histories = users.map(demoCreditHistory);

describe('the demo population', () => {
  test('holds all 1,000 applicants of the data set, well over the 200 users the demo needs', () => {
    expect(users).toHaveLength(1000);
    expect(users.map((user) => user.applicant.index)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
  });

  test('is the same on every generation, identities and credit histories alike', () => {
    expect(demoUsers()).toEqual(users);
    expect(demoUsers().map(demoCreditHistory)).toEqual(histories);
  });

  test('a limit gives the first users of the full population', () => {
    expect(demoUsers(25)).toEqual(users.slice(0, 25));
  });

  test('every id is a well-formed UUID, and no two are the same', () => {
    const ids = [
      ...users.map((user) => user.id),
      ...DEMO_PARTNERS.map((partner) => partner.id),
      ...histories.flatMap((history) => history.accounts.map((account) => account.id)),
      ...histories.flatMap((history) => history.records.map((record) => record.id)),
    ];
    expect(ids.filter((id) => !isWellFormedId(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("a user's id is the one demoUserId gives for their line of the data set", () => {
    expect(users.filter((user) => user.id !== demoUserId(user.applicant.index))).toEqual([]);
  });
});

describe('the demo credit histories', () => {
  test("every applicant's repayment records earn exactly their credit-history class in the data set", () => {
    const mismatches = histories
      .map((history, i) => ({
        applicant: users[i].applicant.index,
        expected: users[i].applicant.characteristics.creditHistory,
        derived: deriveCreditHistoryClass(history.accounts, history.records),
      }))
      .filter(({ expected, derived }) => expected !== derived);
    expect(mismatches).toEqual([]);
  });

  test('the credit file states the class its records earn', () => {
    expect(
      histories.filter(
        (history) => history.file.creditHistory !== deriveCreditHistoryClass(history.accounts, history.records),
      ),
    ).toEqual([]);
  });

  test("every account and record belongs to its own user, and every record to one of that user's accounts", () => {
    for (const [i, history] of histories.entries()) {
      const accountIds = new Set(history.accounts.map((account) => account.id));
      expect(history.file.userId).toBe(users[i].id);
      expect(history.accounts.every((account) => account.userId === users[i].id)).toBe(true);
      expect(history.records.every((record) => record.userId === users[i].id && accountIds.has(record.accountId))).toBe(
        true,
      );
    }
  });

  test('each user has exactly one current loan, the one the data set describes', () => {
    for (const [i, history] of histories.entries()) {
      const current = history.accounts.filter((account) => account.isCurrentLoan);
      expect(current).toHaveLength(1);
      expect(current[0].amount).toBe(users[i].applicant.characteristics.creditAmount);
      expect(current[0].durationMonths).toBe(users[i].applicant.characteristics.durationMonths);
    }
  });

  describe('cover every kind of payer the demo shows', () => {
    const count = (klass: CreditHistoryClass, has: (statuses: string[]) => boolean = () => true) =>
      histories.filter(
        (history) => history.file.creditHistory === klass && has(history.records.map((record) => record.status)),
      ).length;
    const onlyOnTime = (statuses: string[]) => statuses.length > 0 && statuses.every((status) => status === 'ON_TIME');

    test('good payers: paid duly, every record on time', () => {
      expect(count('EXISTING_PAID_DULY', onlyOnTime)).toBeGreaterThanOrEqual(10);
    });

    test('late payers: past delays, with a LATE record and no default', () => {
      expect(
        count('PAST_DELAYS', (statuses) => statuses.includes('LATE') && !statuses.includes('DEFAULTED')),
      ).toBeGreaterThanOrEqual(10);
    });

    test('thin files: no other credits, only the current loan and a utility', () => {
      const thin = histories.filter((history) => history.file.creditHistory === 'NO_CREDITS_OR_ALL_PAID');
      expect(thin.length).toBeGreaterThanOrEqual(10);
      expect(
        thin.every((history) =>
          history.accounts.every((account) => account.isCurrentLoan || account.kind === 'UTILITY'),
        ),
      ).toBe(true);
    });

    test('defaults: a critical account with a DEFAULTED record', () => {
      expect(count('CRITICAL_ACCOUNT', (statuses) => statuses.includes('DEFAULTED'))).toBeGreaterThanOrEqual(10);
    });
  });
});

describe('the demo consents', () => {
  test('every demo partner holds consents in every state', async () => {
    const { randomBytes } = await import('node:crypto');
    const { openSubgraphDatabase, dropSubgraphSchema } = await import('../../shared/store/database');
    const { consentSubgraph } = await import('../../subgraphs/consent/subgraph');
    const { Consent } = await import('../../subgraphs/consent/entities/Consent');
    const { consentStatus } = await import('../../subgraphs/consent/consent-terms/consent-terms');
    const { DEMO_PARTNERS, DEMO_REFERENCE_DATE } = await import('../../shared/demo/demo-population');
    const database = await openSubgraphDatabase(
      process.env.DATABASE_URL
        ? { kind: 'postgres', url: process.env.DATABASE_URL, schemaPrefix: `t_${randomBytes(4).toString('hex')}_` }
        : { kind: 'sqlite', directory: 'memory' },
      consentSubgraph.database,
    );
    try {
      await consentSubgraph.seed(database.dataSource);
      const consents = await database.dataSource.getRepository(Consent).find();
      const asOf = new Date(DEMO_REFERENCE_DATE.getTime() + 86_400_000);
      for (const partner of DEMO_PARTNERS) {
        const states = new Set(consents.filter((c) => c.partnerId === partner.id).map((c) => consentStatus(c, asOf)));
        expect([...states].sort()).toEqual(['ACTIVE', 'EXPIRED', 'REVOKED']);
      }
    } finally {
      await dropSubgraphSchema(database);
      await database.dataSource.destroy();
    }
  });
});
