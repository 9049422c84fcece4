import { requireErasureCaller } from '../../../shared/trust/erasure';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { ScoreSnapshot } from '../entities/ScoreSnapshot';
import { ScoresLoaders } from '../loaders';

export const Mutation = {
  eraseSubjectScores: async (_: unknown, { subjectId }: { subjectId: string }, { caller, database }: SubgraphContext<ScoresLoaders>) => {
    requireErasureCaller(caller);
    await database.dataSource.getRepository(ScoreSnapshot).delete({ userId: subjectId });
    return true;
  },
};
