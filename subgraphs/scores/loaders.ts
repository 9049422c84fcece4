import { In } from 'typeorm';
import { SubgraphContext } from '../../shared/server/subgraph-server';
import { SubgraphDatabase } from '../../shared/store/database';
import { rowsGroupedByKeyLoader } from '../../shared/store/loaders';
import { pagedLoader } from '../../shared/store/paged-loader';
import { ScoreReview } from './entities/ScoreReview';
import { ScoreSnapshot } from './entities/ScoreSnapshot';
import { scoreRecorder } from './snapshots/score-recorder';

export function createLoaders({ dataSource }: SubgraphDatabase) {
  const snapshotPageByUserId = pagedLoader({ dataSource, entity: ScoreSnapshot, ownerColumn: 'user_id', sortColumn: 'computed_at' });
  return {
    snapshotPageByUserId,
    scores: scoreRecorder(dataSource),
    scoreReviewsByUserId: rowsGroupedByKeyLoader(
      (userIds: readonly string[]) =>
        dataSource.getRepository(ScoreReview).find({ where: { userId: In([...userIds]) }, order: { requestedAt: 'DESC', id: 'DESC' } }),
      (review) => review.userId,
    ),
  };
}

export type ScoresLoaders = ReturnType<typeof createLoaders>;
export type ScoresContext = SubgraphContext<ScoresLoaders>;
