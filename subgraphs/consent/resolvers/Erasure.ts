import { requireConsumer } from '../../../shared/trust/access';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { Viewer } from '../../../shared/trust/viewer';
import { ErasureRequest } from '../entities/ErasureRequest';
import { ErasureTask } from '../entities/ErasureTask';
import { eraseAccount } from '../erasure/outbox';
import { ConsentLoaders } from '../loaders';

type Context = SubgraphContext<ConsentLoaders>;

const requireAccountHolder = (viewer: Viewer) => requireConsumer(viewer, 'Only the consumer can delete their own account.');

async function statusOf({ database }: Context, request: ErasureRequest) {
  const tasks = await database.dataSource.getRepository(ErasureTask).find({ where: { requestId: request.id }, order: { subgraph: 'ASC' } });
  return {
    requestedAt: request.requestedAt,
    completedAt: request.completedAt,
    consentsRevoked: request.consentsRevoked,
    steps: tasks.map((task) => ({ subgraph: task.subgraph, status: task.status, attempts: task.attempts, lastAttemptAt: task.lastAttemptAt })),
  };
}

export const ErasureMutation = {
  deleteMyAccount: async (_: unknown, __: unknown, context: Context) => {
    const subjectId = requireAccountHolder(context.viewer);
    return statusOf(context, await eraseAccount(context.database, context.peers, subjectId));
  },
};

export const ErasureQuery = {
  myErasure: async (_: unknown, __: unknown, context: Context) => {
    const subjectId = requireAccountHolder(context.viewer);
    const request = await context.database.dataSource.getRepository(ErasureRequest).findOneBy({ subjectId });
    return request && statusOf(context, request);
  },
};
