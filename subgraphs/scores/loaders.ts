import { SubgraphDatabase } from '../../shared/database';
import { pagedLoader } from '../../shared/paged-loader';
import { ScoreSnapshot } from './entities/ScoreSnapshot';
import { scoreRecorder } from './score-recorder';

export function createLoaders({ dataSource }: SubgraphDatabase) {
  const snapshotPageByUserId = pagedLoader({ dataSource, entity: ScoreSnapshot, ownerColumn: 'user_id', sortColumn: 'computed_at' });
  return {
    snapshotPageByUserId,
    scores: scoreRecorder(dataSource, snapshotPageByUserId),
  };
}

export type ScoresLoaders = ReturnType<typeof createLoaders>;
