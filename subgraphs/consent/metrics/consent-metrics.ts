import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Counter } from 'prom-client';
import { lazyGauge } from '../../../shared/server/metrics';
import { SubgraphMetrics } from '../../../shared/server/subgraph-watch';
import { erasureOutboxBacklog } from '../erasure/outbox-backlog';

interface DecisionAsked {
  scope?: unknown;
}
interface DecisionAnswered {
  allowed?: unknown;
  code?: unknown;
}

/**
 * Consent decisions by scope and outcome (ALLOWED, or the denial's code), counted
 * from what decideAccess answered, so the count is what other subgraphs were told,
 * whatever code decided it.
 */
function decisionCounter(decisions: Counter<'scope' | 'outcome'>): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          const answered =
            response.body.kind === 'single'
              ? (response.body.singleResult.data?.decideAccess as DecisionAnswered[] | undefined)
              : undefined;
          const asked = request.variables?.requests as DecisionAsked[] | undefined;
          if (!Array.isArray(answered) || !Array.isArray(asked)) return;
          answered.forEach((verdict, i) => {
            const outcome = verdict.allowed === true ? 'ALLOWED' : String(verdict.code ?? 'DENIED');
            decisions.inc({ scope: String(asked[i]?.scope ?? 'unknown'), outcome });
          });
        },
      };
    },
  };
}

export const consentMetrics: SubgraphMetrics = (registry, { dataSource }) => {
  const backlog = () => erasureOutboxBacklog(dataSource);
  lazyGauge(registry, {
    name: 'credence_outbox_backlog',
    help: 'Outbox tasks not yet delivered, by outbox (erasure).',
    labelNames: ['outbox'],
    read: async () => [{ labels: { outbox: 'erasure' }, value: (await backlog()).pending }],
  });
  lazyGauge(registry, {
    name: 'credence_outbox_failing',
    help: 'Undelivered outbox tasks whose last delivery attempt failed, by outbox (erasure).',
    labelNames: ['outbox'],
    read: async () => [{ labels: { outbox: 'erasure' }, value: (await backlog()).failing }],
  });
  const decisions = new Counter({
    name: 'credence_consent_decisions_total',
    help: 'Reads of guarded fields decided, by scope and outcome (ALLOWED or the denial code).',
    labelNames: ['scope', 'outcome'],
    registers: [registry],
  });
  return [decisionCounter(decisions)];
};
