import { EntityTarget, IsNull, Not } from 'typeorm';
import { OutboxItem } from '../store/outbox-item';
import { lazyGauge } from './metrics';
import { SubgraphMetrics } from './subgraph-watch';

/**
 * How far an outbox is behind, read from its rows at scrape time (so the figures do
 * not depend on how its dispatcher claims): rows still to deliver, and of those the
 * ones whose last delivery failed (each is retried; its error is in last_error).
 */
export function outboxMetrics(outbox: string, entity: EntityTarget<OutboxItem>): SubgraphMetrics {
  return (registry, { dataSource }) => {
    const rows = () => dataSource.getRepository(entity);
    lazyGauge(registry, {
      name: 'credence_outbox_backlog',
      help: `Outbox rows not yet delivered, by outbox (${outbox}).`,
      labelNames: ['outbox'],
      read: async () => [{ labels: { outbox }, value: await rows().countBy({ status: 'PENDING' }) }],
    });
    lazyGauge(registry, {
      name: 'credence_outbox_failing',
      help: `Undelivered outbox rows whose last delivery attempt failed, by outbox (${outbox}); each is retried.`,
      labelNames: ['outbox'],
      read: async () => [
        { labels: { outbox }, value: await rows().countBy({ status: 'PENDING', lastError: Not(IsNull()) }) },
      ],
    });
    return [];
  };
}

/** Several sets of metrics on one subgraph's /metrics. */
export const allMetrics =
  (...sets: SubgraphMetrics[]): SubgraphMetrics =>
  (registry, database) =>
    sets.flatMap((set) => set(registry, database));
