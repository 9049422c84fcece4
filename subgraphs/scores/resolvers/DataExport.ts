import { requireErasureCaller } from '../../../shared/trust/erasure';
import { plain, requireExportingSubject } from '../../../shared/trust/data-export';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { ScoreSnapshot } from '../entities/ScoreSnapshot';
import { ScoresLoaders } from '../loaders';

type Context = SubgraphContext<ScoresLoaders>;

export const DataExport = {
  __resolveReference: ({ subjectId }: { subjectId: string }, { viewer }: Context) => {
    requireExportingSubject(viewer, subjectId);
    return { subjectId };
  },
  scores: async ({ subjectId }: { subjectId: string }, _: unknown, { database }: Context) => {
    const snapshots = await database.dataSource
      .getRepository(ScoreSnapshot)
      .find({ where: { userId: subjectId }, order: { computedAt: 'DESC' } });
    return snapshots.map((snapshot) => plain(snapshot, ['inputsDigest']));
  },
};

export const Mutation = {
  eraseSubjectScores: async (_: unknown, { subjectId }: { subjectId: string }, { caller, database }: Context) => {
    requireErasureCaller(caller);
    await database.dataSource.getRepository(ScoreSnapshot).delete({ userId: subjectId });
    return true;
  },
};
