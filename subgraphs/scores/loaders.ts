import { SubgraphContext } from '../../shared/server/subgraph-server';
import { SubgraphDatabase } from '../../shared/store/database';
import { pagedLoader } from '../../shared/store/paged-loader';
import { ScoreSnapshot } from './entities/ScoreSnapshot';
import { scoreRecorder } from './snapshots/score-recorder';

export function createLoaders({ dataSource }: SubgraphDatabase) {
  const snapshotPageByUserId = pagedLoader({ dataSource, entity: ScoreSnapshot, ownerColumn: 'user_id', sortColumn: 'computed_at' });
  return {
    snapshotPageByUserId,
    scores: scoreRecorder(dataSource),
  };
}

export type ScoresLoaders = ReturnType<typeof createLoaders>;
export type ScoresContext = SubgraphContext<ScoresLoaders>;
