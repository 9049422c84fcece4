import { lazyGauge } from '../../../shared/server/metrics';
import { SubgraphMetrics } from '../../../shared/server/subgraph-watch';
import { CurrentScore } from '../entities/CurrentScore';
import { currentScorecard } from '../model/scorecard-in-use';

/**
 * Stored scores by the model that computed them, counted at scrape time: after the
 * artefact in use changes, the count under in_use="false" is what the background
 * upgrade has left to recompute.
 */
export const scoreMetrics: SubgraphMetrics = (registry, { dataSource }) => {
  lazyGauge(registry, {
    name: 'credence_current_scores',
    help: 'Consumers\' stored scores by the model version that computed them; in_use="false" ones are still to recompute with the model in use.',
    labelNames: ['model_version', 'in_use'],
    read: async () => {
      const rows: { model_version: string; scores: string | number }[] = await dataSource
        .getRepository(CurrentScore)
        .createQueryBuilder('score')
        .select('score.model_version', 'model_version')
        .addSelect('COUNT(*)', 'scores')
        .groupBy('score.model_version')
        .getRawMany();
      const inUse = currentScorecard().version;
      return rows.map((row) => ({
        labels: { model_version: row.model_version, in_use: String(row.model_version === inUse) },
        value: Number(row.scores),
      }));
    },
  });
  return [];
};
