import { In } from 'typeorm';
import { SubgraphContext } from '../../shared/server/subgraph-server';
import { SubgraphDatabase } from '../../shared/store/database';
import { rowsByKeyLoader, rowsGroupedByKeyLoader } from '../../shared/store/loaders';
import { findByKeys } from '../../shared/store/rows-by-keys';
import { pagedLoader } from '../../shared/store/paged-loader';
import { daySortParam, timeSortParam } from '../../shared/store/query-page';
import { CreditAccount } from './entities/CreditAccount';
import { CreditFile } from './entities/CreditFile';
import { CreditRecord } from './entities/CreditRecord';
import { Dispute, DisputeStatus } from './entities/Dispute';
import { DISPUTE_TRANSITIONS } from './disputes/dispute-lifecycle';

// A record off the file (suppressed) is in no list; its dispute still reaches it by id.
const ON_FILE = 'child.suppressed_at IS NULL';

/** A furnisher's disputes, newest filed first; of one status, or all (null). One loader per status asked. */
function furnisherDisputePages(dataSource: SubgraphDatabase['dataSource']) {
  const pages = new Map<DisputeStatus | null, ReturnType<typeof pagedLoader<Dispute>>>();
  const pageOf = (status: DisputeStatus | null) => {
    if (status !== null && !(status in DISPUTE_TRANSITIONS)) throw new Error(`unknown dispute status ${status}`);
    let loader = pages.get(status);
    if (!loader) {
      loader = pagedLoader<Dispute>({
        dataSource,
        entity: Dispute,
        ownerColumn: 'furnisher_id',
        sortColumn: 'filed_at',
        sortParam: timeSortParam,
        where: status === null ? undefined : `child.status = '${status}'`,
      });
      pages.set(status, loader);
    }
    return loader;
  };
  /** after an answer: every status's pages may have changed */
  const clearAll = () => pages.forEach((loader) => loader.clearAll());
  return Object.assign(pageOf, { clearAll });
}

export function createLoaders({ dataSource }: SubgraphDatabase) {
  return {
    // every score read asks for these two (the scorecard's inputs): hand-written statements (findByKeys)
    creditFileByUserId: rowsByKeyLoader(
      (userIds: readonly string[]) => findByKeys(dataSource, CreditFile, 'userId', userIds),
      (file) => file.userId,
    ),
    currentLoanByUserId: rowsByKeyLoader(
      (userIds: readonly string[]) => findByKeys(dataSource, CreditAccount, 'userId', userIds, { isCurrentLoan: true }),
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
    accountPageByUserId: pagedLoader({
      dataSource,
      entity: CreditAccount,
      ownerColumn: 'user_id',
      sortColumn: 'opened_on',
      sortParam: daySortParam,
    }),
    recordPageByUserId: pagedLoader({
      dataSource,
      entity: CreditRecord,
      ownerColumn: 'user_id',
      sortColumn: 'due_on',
      sortParam: daySortParam,
      where: ON_FILE,
    }),
    recordPageByAccountId: pagedLoader({
      dataSource,
      entity: CreditRecord,
      ownerColumn: 'account_id',
      sortColumn: 'due_on',
      sortParam: daySortParam,
      where: ON_FILE,
    }),
    disputePageByFurnisherId: furnisherDisputePages(dataSource),
    disputeById: rowsByKeyLoader(
      (ids: readonly string[]) => dataSource.getRepository(Dispute).findBy({ id: In([...ids]) }),
      (dispute) => dispute.id,
    ),
    // Latest first in every group: a record's `dispute` is the head of its list.
    disputesByRecordId: rowsGroupedByKeyLoader(
      (recordIds: readonly string[]) =>
        dataSource
          .getRepository(Dispute)
          .find({ where: { recordId: In([...recordIds]) }, order: { filedAt: 'DESC', id: 'DESC' } }),
      (dispute) => dispute.recordId,
    ),
    disputePageByUserId: pagedLoader({
      dataSource,
      entity: Dispute,
      ownerColumn: 'user_id',
      sortColumn: 'filed_at',
      sortParam: timeSortParam,
    }),
  };
}

export type CreditHistoryLoaders = ReturnType<typeof createLoaders>;
export type CreditHistoryContext = SubgraphContext<CreditHistoryLoaders>;
