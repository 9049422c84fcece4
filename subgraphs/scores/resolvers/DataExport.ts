import { ExportSubject, plain, resolveExportReference } from '../../../shared/trust/data-export';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { ScoreSnapshot } from '../entities/ScoreSnapshot';
import { ScoresLoaders } from '../loaders';

export const DataExport = {
  __resolveReference: resolveExportReference,
  scores: async ({ subjectId }: ExportSubject, _: unknown, { database }: SubgraphContext<ScoresLoaders>) => {
    const snapshots = await database.dataSource
      .getRepository(ScoreSnapshot)
      .find({ where: { userId: subjectId }, order: { computedAt: 'DESC' } });
    return snapshots.map((snapshot) => plain(snapshot, ['inputsDigest']));
  },
};
