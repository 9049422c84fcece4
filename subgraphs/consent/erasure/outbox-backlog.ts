import { DataSource, IsNull, Not } from 'typeorm';
import { ErasureTask } from '../entities/ErasureTask';

/**
 * How far the erasure outbox is behind, from its rows alone (status, last error), so
 * the metrics do not depend on how the dispatcher claims and delivers them: tasks
 * still to deliver, and of those, the ones whose last delivery failed.
 */
export async function erasureOutboxBacklog(dataSource: DataSource): Promise<{ pending: number; failing: number }> {
  const tasks = dataSource.getRepository(ErasureTask);
  const [pending, failing] = await Promise.all([
    tasks.countBy({ status: 'PENDING' }),
    tasks.countBy({ status: 'PENDING', lastError: Not(IsNull()) }),
  ]);
  return { pending, failing };
}
