import { In } from 'typeorm';
import { SubgraphDatabase } from '../../shared/database';
import { rowsByKeyLoader } from '../../shared/loaders';
import { pagedLoader } from '../../shared/paged-loader';
import { CreditAccount } from './entities/CreditAccount';
import { CreditFile } from './entities/CreditFile';
import { CreditRecord } from './entities/CreditRecord';

export function createLoaders({ dataSource }: SubgraphDatabase) {
  return {
    creditFileByUserId: rowsByKeyLoader(
      (userIds: readonly string[]) => dataSource.getRepository(CreditFile).findBy({ userId: In([...userIds]) }),
      (file) => file.userId,
    ),
    currentLoanByUserId: rowsByKeyLoader(
      (userIds: readonly string[]) =>
        dataSource.getRepository(CreditAccount).findBy({ userId: In([...userIds]), isCurrentLoan: true }),
      (account) => account.userId,
    ),
    accountById: rowsByKeyLoader(
      (ids: readonly string[]) => dataSource.getRepository(CreditAccount).findBy({ id: In([...ids]) }),
      (account) => account.id,
    ),
    recordById: rowsByKeyLoader(
      (ids: readonly string[]) => dataSource.getRepository(CreditRecord).findBy({ id: In([...ids]) }),
      (record) => record.id,
    ),
    accountPageByUserId: pagedLoader({ dataSource, entity: CreditAccount, ownerColumn: 'user_id', sortColumn: 'opened_on' }),
    recordPageByUserId: pagedLoader({ dataSource, entity: CreditRecord, ownerColumn: 'user_id', sortColumn: 'due_on' }),
    recordPageByAccountId: pagedLoader({ dataSource, entity: CreditRecord, ownerColumn: 'account_id', sortColumn: 'due_on' }),
  };
}

export type CreditHistoryLoaders = ReturnType<typeof createLoaders>;
