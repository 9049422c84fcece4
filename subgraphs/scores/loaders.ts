import { In } from 'typeorm';
import { SubgraphContext } from '../../shared/server/subgraph-server';
import { SubgraphDatabase } from '../../shared/store/database';
import { rowsByKeyLoader } from '../../shared/store/loaders';
import { pagedLoader } from '../../shared/store/paged-loader';
import { timeSortParam } from '../../shared/store/query-page';
import { CurrentScore } from './entities/CurrentScore';
import { ScoreReview } from './entities/ScoreReview';
import { ScoreSnapshot } from './entities/ScoreSnapshot';

export function createLoaders({ dataSource }: SubgraphDatabase) {
  return {
    currentScoreByUserId: rowsByKeyLoader(
      (userIds: readonly string[]) => dataSource.getRepository(CurrentScore).findBy({ userId: In([...userIds]) }),
      (score) => score.userId,
    ),
    snapshotPageByUserId: pagedLoader({
      dataSource,
      entity: ScoreSnapshot,
      ownerColumn: 'user_id',
      sortColumn: 'computed_at',
      sortParam: timeSortParam,
    }),
    scoreReviewPageByUserId: pagedLoader({
      dataSource,
      entity: ScoreReview,
      ownerColumn: 'user_id',
      sortColumn: 'requested_at',
      sortParam: timeSortParam,
    }),
  };
}

export type ScoresLoaders = ReturnType<typeof createLoaders>;
export type ScoresContext = SubgraphContext<ScoresLoaders>;
