import { SubgraphDatabase } from '../../../shared/store/database';
import { ErasureRequest } from '../entities/ErasureRequest';
import { ErasureTask } from '../entities/ErasureTask';

/** An erasure request as the consumer sees it: one step per subgraph, with its attempts. */
export async function erasureStatusOf(database: SubgraphDatabase, request: ErasureRequest) {
  const tasks = await database.dataSource
    .getRepository(ErasureTask)
    .find({ where: { requestId: request.id }, order: { subgraph: 'ASC' } });
  return {
    requestedAt: request.requestedAt,
    completedAt: request.completedAt,
    consentsRevoked: request.consentsRevoked,
    steps: tasks.map((task) => ({
      subgraph: task.subgraph,
      status: task.status,
      attempts: task.attempts,
      lastAttemptAt: task.lastAttemptAt,
    })),
  };
}
