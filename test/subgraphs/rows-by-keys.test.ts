import { In } from 'typeorm';
import { findByKeys } from '../../shared/store/rows-by-keys';
import { demoUserId } from '../../shared/demo/demo-population';
import { CreditAccount } from '../../subgraphs/credit-history/entities/CreditAccount';
import { CreditFile } from '../../subgraphs/credit-history/entities/CreditFile';
import { creditHistorySubgraph } from '../../subgraphs/credit-history/subgraph';
import { UserProfile } from '../../subgraphs/users/entities/UserProfile';
import { usersSubgraph } from '../../subgraphs/users/subgraph';
import { useTestStore } from '../support/store';
import { Consent } from '../../subgraphs/consent/entities/Consent';
import { consentSubgraph } from '../../subgraphs/consent/subgraph';

const creditHistory = useTestStore(creditHistorySubgraph.database);
const users = useTestStore(usersSubgraph.database);
const consent = useTestStore(consentSubgraph.database);
beforeAll(async () => {
  await consentSubgraph.seed(consent.database.dataSource, 30);
  await creditHistorySubgraph.seed(creditHistory.database.dataSource, 30);
  await usersSubgraph.seed(users.database.dataSource, 30);
});

const ids = [5, 1, 29, 12, 30, 7].map(demoUserId);
const byKey = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

describe("findByKeys: the hot-path loaders' hand-written statement", () => {
  test('gives exactly the entities findBy gives: same rows, same classes, dates, booleans and nulls', async () => {
    const { dataSource } = creditHistory.database;
    const files = await findByKeys(dataSource, CreditFile, 'userId', [...ids, 'nobody']);
    expect(byKey(files, (file) => file.userId)).toEqual(
      byKey(await dataSource.getRepository(CreditFile).findBy({ userId: In(ids) }), (file) => file.userId),
    );
    expect(files).toHaveLength(ids.length);
    expect(files[0]).toBeInstanceOf(CreditFile);
    expect(files[0].updatedAt).toBeInstanceOf(Date);

    const loans = await findByKeys(dataSource, CreditAccount, 'userId', ids, { isCurrentLoan: true });
    const expected = await dataSource.getRepository(CreditAccount).findBy({ userId: In(ids), isCurrentLoan: true });
    expect(loans.length).toBeGreaterThan(0);
    expect(byKey(loans, (account) => account.id)).toEqual(byKey(expected, (account) => account.id));
    expect(loans.every((account) => account.isCurrentLoan === true)).toBe(true);
    const others = await findByKeys(dataSource, CreditAccount, 'userId', ids, { isCurrentLoan: false });
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((account) => account.isCurrentLoan === false)).toBe(true);

    const consents = consent.database.dataSource.getRepository(Consent);
    const partnerId = (await consents.find({ take: 1 }))[0].partnerId;
    const subjects = (await consents.findBy({ partnerId })).map((row) => row.subjectId);
    const granted = await findByKeys(consent.database.dataSource, Consent, 'subjectId', subjects, { partnerId });
    expect(granted.length).toBeGreaterThan(0);
    expect(Array.isArray(granted[0].scopes)).toBe(true); // a JSON column comes back parsed
    expect(byKey(granted, (row) => row.id)).toEqual(
      byKey(await consents.findBy({ partnerId, subjectId: In(subjects) }), (row) => row.id),
    );

    const profiles = await findByKeys(users.database.dataSource, UserProfile, 'id', ids);
    expect(byKey(profiles, (user) => user.id)).toEqual(
      byKey(await users.database.dataSource.getRepository(UserProfile).findBy({ id: In(ids) }), (user) => user.id),
    );
  });

  test('one statement whatever the number of keys, and none for no keys', async () => {
    const { dataSource, queries } = creditHistory.database;
    for (const count of [0, 1, 30]) {
      const before = queries.count;
      const rows = await findByKeys(
        dataSource,
        CreditFile,
        'userId',
        Array.from({ length: count }, (_, i) => demoUserId(i + 1)),
      );
      expect(rows).toHaveLength(count);
      expect(queries.count - before).toBe(count ? 1 : 0);
    }
  });

  test('a key that looks like SQL is a value, never SQL', async () => {
    const { dataSource } = creditHistory.database;
    expect(await findByKeys(dataSource, CreditFile, 'userId', [`x' OR '1'='1`, `x") OR 1=1 --`])).toEqual([]);
  });
});
