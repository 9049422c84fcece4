import { In } from 'typeorm';
import { SubgraphContext } from '../../shared/server/subgraph-server';
import { SubgraphDatabase } from '../../shared/store/database';
import { rowsByKeyLoader, rowsGroupedByKeyLoader } from '../../shared/store/loaders';
import { pagedLoader } from '../../shared/store/paged-loader';
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
    }),
    scoreReviewsByUserId: rowsGroupedByKeyLoader(
      (userIds: readonly string[]) =>
        dataSource
          .getRepository(ScoreReview)
          .find({ where: { userId: In([...userIds]) }, order: { requestedAt: 'DESC', id: 'DESC' } }),
      (review) => review.userId,
    ),
  };
}

export type ScoresLoaders = ReturnType<typeof createLoaders>;
export type ScoresContext = SubgraphContext<ScoresLoaders>;
