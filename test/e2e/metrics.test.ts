import { Platform } from '../../platform/launcher';
import { RunningServer } from '../../shared/server/http-server';
import { SUBGRAPH_NAMES } from '../../shared/server/subgraph-module';
import { Dispute } from '../../subgraphs/credit-history/entities/Dispute';
import { ScoreReview } from '../../subgraphs/scores/entities/ScoreReview';
import { startGatewayWith } from '../support/gateway';
import { scrape, valueOf } from '../support/metrics';
import { startTestPlatform } from '../support/platform';
import { asPartner, asStaff, asUser, codesOf, graphql, nodesOf, userId, idAtPartner } from '../support/graphql';

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 20 });
});
afterAll(() => platform.stop());

const DAY_MS = 86_400_000;
const WAIVER = `query WaiverCheck($id: ID!) { user(id: $id) { good: scoreAtLeast(threshold: 700) creditScore { band } } }`;

describe('/metrics on every server', () => {
  test('the gateway and each subgraph answer in the Prometheus text format, with process metrics that count CPU spent', async () => {
    const urls = [platform.gatewayUrl, ...SUBGRAPH_NAMES.map((name) => platform.subgraphUrls[name])];
    const before = await Promise.all(urls.map((url) => scrape(url)));
    for (const samples of before) {
      expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThanOrEqual(0);
      expect(samples.some((s) => s.name === 'nodejs_eventloop_lag_seconds')).toBe(true);
    }
    // The counter starts when a server registers it and counts this process's CPU from then: a fresh server on an
    // idle moment may read 0. Spend 20 ms of user CPU, measured by the same clock, and it must have grown by that.
    const spendUntil = process.cpuUsage().user + 20_000;
    while (process.cpuUsage().user < spendUntil) Math.sqrt(Math.random());
    const after = await Promise.all(urls.map((url) => scrape(url)));
    urls.forEach((_, i) => {
      expect(
        valueOf(after[i], 'process_cpu_user_seconds_total') - valueOf(before[i], 'process_cpu_user_seconds_total'),
      ).toBeGreaterThanOrEqual(0.02);
    });
  });

  test('one partner request is counted by operation and outcome at the gateway, its errors by code, its decisions by scope and outcome', async () => {
    const [gatewayBefore, consentBefore] = await Promise.all([
      scrape(platform.gatewayUrl),
      scrape(platform.subgraphUrls.consent),
    ]);
    const response = await graphql(platform.gatewayUrl, WAIVER, { id: idAtPartner(0, userId(1)) }, await asPartner(0)); // consumer 1 consented to Spree Bikes for SCORE_THRESHOLD
    expect(response.data!.user.good).toEqual(expect.any(Boolean));
    expect(codesOf(response)).toEqual(['CONSENT_REQUIRED']);
    const [gateway, consent] = await Promise.all([scrape(platform.gatewayUrl), scrape(platform.subgraphUrls.consent)]);
    const grew = (after: typeof gateway, before: typeof gateway, name: string, labels: Record<string, string>) =>
      valueOf(after, name, labels) - valueOf(before, name, labels);

    const partial = { operation: 'WaiverCheck', outcome: 'partial' };
    expect(grew(gateway, gatewayBefore, 'credence_graphql_requests_total', partial)).toBe(1);
    expect(grew(gateway, gatewayBefore, 'credence_graphql_request_duration_seconds_count', partial)).toBe(1);
    expect(grew(gateway, gatewayBefore, 'credence_graphql_request_duration_seconds_sum', partial)).toBeGreaterThan(0);
    expect(grew(gateway, gatewayBefore, 'credence_graphql_errors_total', { code: 'CONSENT_REQUIRED' })).toBe(1);
    expect(
      grew(consent, consentBefore, 'credence_consent_decisions_total', {
        scope: 'SCORE_THRESHOLD',
        outcome: 'ALLOWED',
      }),
    ).toBe(1);
    expect(
      grew(consent, consentBefore, 'credence_consent_decisions_total', {
        scope: 'SCORE_BAND',
        outcome: 'CONSENT_REQUIRED',
      }),
    ).toBe(1);
    expect(grew(consent, consentBefore, 'credence_consent_decisions_total', {})).toBe(2);
  });

  test('a request refused outright is counted as failed, with its code', async () => {
    const before = await scrape(platform.gatewayUrl);
    const response = await graphql(platform.gatewayUrl, WAIVER, { id: userId(1) }, { token: 'not-a-token' });
    expect(codesOf(response)).toEqual(['UNAUTHENTICATED']);
    const after = await scrape(platform.gatewayUrl);
    expect(
      valueOf(after, 'credence_graphql_requests_total', { outcome: 'failed' }) -
        valueOf(before, 'credence_graphql_requests_total', { outcome: 'failed' }),
    ).toBe(1);
    expect(
      valueOf(after, 'credence_graphql_errors_total', { code: 'UNAUTHENTICATED' }) -
        valueOf(before, 'credence_graphql_errors_total', { code: 'UNAUTHENTICATED' }),
    ).toBe(1);
  });

  test('each subgraph reports its PostgreSQL pool; SQLite has none to report', async () => {
    for (const name of SUBGRAPH_NAMES) {
      const samples = await scrape(platform.subgraphUrls[name]);
      if (process.env.DATABASE_URL) {
        expect(valueOf(samples, 'credence_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
        expect(
          samples
            .filter((s) => s.name === 'credence_db_pool_connections')
            .map((s) => s.labels.state)
            .sort(),
        ).toEqual(['idle', 'total', 'waiting']);
      } else {
        expect(samples.some((s) => s.name === 'credence_db_pool_connections')).toBe(false);
      }
    }
  });
});

describe('overdue cases are flagged in the queues and counted', () => {
  test('a dispute past its deadline: overdue in the queue, counted by the credit-history subgraph', async () => {
    const me = await graphql(
      platform.gatewayUrl,
      `
        {
          me {
            creditRecords(first: 1) {
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      `,
      {},
      await asUser(9),
    );
    const recordId = me.data!.me.creditRecords.edges[0].node.id;
    const filed = await graphql(
      platform.gatewayUrl,
      `
        mutation ($input: DisputeCreditRecordInput!) {
          disputeCreditRecord(input: $input) {
            id
          }
        }
      `,
      { input: { recordId, reason: 'WRONG_AMOUNT', details: 'The amount is twice what I paid.' } },
      await asUser(9),
    );
    const id = filed.data!.disputeCreditRecord.id;
    const before = await scrape(platform.subgraphUrls['credit-history']);
    expect(valueOf(before, 'credence_open_cases', { kind: 'dispute' })).toBe(1);
    expect(valueOf(before, 'credence_overdue_cases', { kind: 'dispute' })).toBe(0);

    await platform.databases['credit-history'].dataSource
      .getRepository(Dispute)
      .update({ id }, { deadline: new Date(Date.now() - DAY_MS) });
    const after = await scrape(platform.subgraphUrls['credit-history']);
    expect(valueOf(after, 'credence_overdue_cases', { kind: 'dispute' })).toBe(1);
    const queue = await graphql(
      platform.gatewayUrl,
      `
        {
          disputeQueue {
            edges {
              node {
                id
                overdue
              }
            }
          }
        }
      `,
      {},
      await asStaff('disputes'),
    );
    expect(nodesOf(queue.data!.disputeQueue)).toEqual([{ id, overdue: true }]);
  });

  test('a score review past its deadline: overdue in the queue, counted by the scores subgraph', async () => {
    const asked = await graphql(
      platform.gatewayUrl,
      `
        mutation {
          requestScoreReview(statement: "My housing changed last year.") {
            id
          }
        }
      `,
      {},
      await asUser(10),
    );
    const id = asked.data!.requestScoreReview.id;
    expect(
      valueOf(await scrape(platform.subgraphUrls.scores), 'credence_overdue_cases', { kind: 'score_review' }),
    ).toBe(0);
    await platform.databases.scores.dataSource
      .getRepository(ScoreReview)
      .update({ id }, { deadline: new Date(Date.now() - DAY_MS) });
    const after = await scrape(platform.subgraphUrls.scores);
    expect(valueOf(after, 'credence_open_cases', { kind: 'score_review' })).toBe(1);
    expect(valueOf(after, 'credence_overdue_cases', { kind: 'score_review' })).toBe(1);
    const queue = await graphql(
      platform.gatewayUrl,
      `
        {
          scoreReviewQueue {
            edges {
              node {
                id
                overdue
              }
            }
          }
        }
      `,
      {},
      await asStaff('compliance'),
    );
    expect(nodesOf(queue.data!.scoreReviewQueue)).toEqual([{ id, overdue: true }]);
  });
});

describe('the erasure outbox', () => {
  test('its backlog and failing deliveries show while a subgraph is down, and drain once it is back', async () => {
    const backlog = async () => {
      const samples = await scrape(platform.subgraphUrls.consent);
      return {
        pending: valueOf(samples, 'credence_outbox_backlog', { outbox: 'erasure' }),
        failing: valueOf(samples, 'credence_outbox_failing', { outbox: 'erasure' }),
      };
    };
    expect(await backlog()).toEqual({ pending: 0, failing: 0 });
    await platform.stopSubgraph('scores');
    try {
      const status = await graphql(
        platform.gatewayUrl,
        `
          mutation {
            deleteMyAccount {
              completedAt
            }
          }
        `,
        {},
        await asUser(11),
      );
      expect(status.data!.deleteMyAccount.completedAt).toBeNull();
      expect(await backlog()).toEqual({ pending: 1, failing: 1 });
    } finally {
      await platform.restartSubgraph('scores');
    }
    for (let attempt = 0; attempt < 150 && (await backlog()).pending > 0; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await backlog()).toEqual({ pending: 0, failing: 0 });
  });
});

describe('/metrics behind a token', () => {
  const TOKEN = 'metrics-scraper-token-0123456789';
  let gateway: RunningServer;
  beforeAll(async () => {
    process.env.CREDENCE_METRICS_TOKEN = TOKEN;
    try {
      gateway = await startGatewayWith(platform, {});
    } finally {
      delete process.env.CREDENCE_METRICS_TOKEN;
    }
  });
  afterAll(() => gateway.stop());

  test('with CREDENCE_METRICS_TOKEN set, /metrics answers only the bearer of that token', async () => {
    const metricsUrl = new URL('/metrics', gateway.url);
    expect((await fetch(metricsUrl)).status).toBe(401);
    expect((await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
    expect((await fetch(metricsUrl, { headers: { authorization: `Basic ${TOKEN}` } })).status).toBe(401);
    expect(valueOf(await scrape(gateway.url, TOKEN), 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });
});
