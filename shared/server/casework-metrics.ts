import { EntityTarget, FindOptionsWhere, In, LessThan, ObjectLiteral } from 'typeorm';
import { SubgraphDatabase } from '../store/database';
import { SubgraphMetrics } from './subgraph-watch';
import { lazyGauge } from './metrics';

/** An entity the casework clock runs on: a status, and a deadline (shared/casework.ts). */
interface Case extends ObjectLiteral {
  status: string;
  deadline: Date;
}

/**
 * Open and overdue cases of one kind (disputes, score reviews), counted in the store
 * at scrape time with the rule the API's `overdue` flag uses: still open, deadline passed.
 */
export function caseworkMetrics<T extends Case>(
  kind: string,
  entity: EntityTarget<T>,
  openStatuses: readonly string[],
): SubgraphMetrics {
  return (registry, { dataSource }: SubgraphDatabase) => {
    const open = () => ({ status: In([...openStatuses]) }) as FindOptionsWhere<T>;
    const count = (where: FindOptionsWhere<T>) => dataSource.getRepository(entity).countBy(where);
    lazyGauge(registry, {
      name: 'credence_open_cases',
      help: 'Cases a consumer opened that staff have not answered yet, by kind (dispute, score_review).',
      labelNames: ['kind'],
      read: async () => [{ labels: { kind }, value: await count(open()) }],
    });
    lazyGauge(registry, {
      name: 'credence_overdue_cases',
      help: 'Open cases past their 30-day deadline, by kind (dispute, score_review): each is a breach to act on.',
      labelNames: ['kind'],
      read: async () => [
        { labels: { kind }, value: await count({ ...open(), deadline: LessThan(new Date()) } as FindOptionsWhere<T>) },
      ],
    });
    return [];
  };
}
