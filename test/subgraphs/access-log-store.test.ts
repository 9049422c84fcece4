import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dropSubgraphSchema, openSubgraphDatabase } from '../../shared/store/database';
import { testSchemaPrefix, useTestStore } from '../support/store';
import { Viewer } from '../../shared/trust/viewer';
import { Verdict } from '../../subgraphs/consent/decision/verdict';
import { readEvents, writeReadEvents } from '../../subgraphs/consent/decision/read-events';
import { purgeExpiredAccessData } from '../../subgraphs/consent/access-log/retention';
import { AccessLogEntry } from '../../subgraphs/consent/entities/AccessLogEntry';
import { ThresholdQuota } from '../../subgraphs/consent/entities/ThresholdQuota';
import { WebhookDelivery } from '../../subgraphs/consent/entities/WebhookDelivery';
import { migrations } from '../../subgraphs/consent/migrations';
import { consentSubgraph } from '../../subgraphs/consent/subgraph';

const pgUrl = process.env.DATABASE_URL;
const prefix = testSchemaPrefix;
const store = useTestStore(consentSubgraph.database);
const DAY = 86_400_000;

const partner: Viewer = { kind: 'partner', partnerId: 'p-1' };
const allow = (purpose: string): Verdict => ({ allowed: true, code: null, message: null, consentId: 'c-1', purpose });
const deny: Verdict = { allowed: false, code: 'CONSENT_REQUIRED', message: 'no', consentId: null, purpose: null };
const events = () => store.database.dataSource.getRepository(AccessLogEntry);

describe('read events in the store', () => {
  test('the batches of one request merge into one event per subject', async () => {
    const requestId = randomUUID();
    const write = (subjectId: string, field: string, verdict: Verdict) =>
      writeReadEvents(
        store.database.dataSource.manager,
        readEvents(requestId, partner, [{ subjectId, scope: 'SCORE_VALUE', field }], [verdict], new Date()),
      );
    await write('u-1', 'User.displayName', deny);
    await write('u-1', 'CreditScore.value', allow('loan'));
    await write('u-1', 'User.creditRecords', allow('loan'));
    await write('u-1', 'CreditScore.band', allow('travel'));
    await write('u-2', 'CreditScore.value', deny);
    const rows = await events().find({ where: { requestId }, order: { subjectId: 'ASC' } });
    expect(rows.map((row) => [row.subjectId, row.decision, row.purpose])).toEqual([
      ['u-1', 'ALLOWED', 'loan; travel'],
      ['u-2', 'DENIED', null],
    ]);
    expect(rows[0].reads.map((read) => [read.field, read.outcome])).toEqual([
      ['User.displayName', 'DENIED'],
      ['CreditScore.value', 'ALLOWED'],
      ['User.creditRecords', 'ALLOWED'],
      ['CreditScore.band', 'ALLOWED'],
    ]);
  });

  test('concurrent batches of one request lose no field', async () => {
    const requestId = randomUUID();
    const subjects = ['u-1', 'u-2', 'u-3'];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => {
        const batch = (i % 2 ? subjects : [...subjects].reverse()).map((subjectId) => ({
          subjectId,
          scope: 'PROFILE' as const,
          field: `Field.f${i}`,
        }));
        return writeReadEvents(
          store.database.dataSource.manager,
          readEvents(
            requestId,
            partner,
            batch,
            batch.map(() => allow('loan')),
            new Date(),
          ),
        );
      }),
    );
    const rows = await events().findBy({ requestId });
    expect(rows).toHaveLength(3);
    for (const row of rows)
      expect(row.reads.map((read) => read.field).sort()).toEqual(
        Array.from({ length: 12 }, (_, i) => `Field.f${i}`).sort(),
      );
  });
});

describe('the retention purge', () => {
  const NOW = new Date();

  test('deletes only events past the retention period, quotas past their window and webhooks delivered before theirs, in bounded batches', async () => {
    const event = (subjectId: string, occurredAt: Date) =>
      Object.assign(new AccessLogEntry(), {
        id: randomUUID(),
        requestId: randomUUID(),
        subjectId,
        viewerKind: 'PARTNER',
        viewerId: 'p-1',
        staffRole: null,
        decision: 'DENIED',
        purpose: null,
        reads: [],
        occurredAt,
      });
    const subject = randomUUID();
    await events().insert([
      ...Array.from({ length: 25 }, (_, i) => event(subject, new Date(NOW.getTime() - (11 + i) * DAY))),
      ...Array.from({ length: 5 }, (_, i) => event(subject, new Date(NOW.getTime() - (9 - i) * DAY))),
    ]);
    const quota = (expiresAt: Date) =>
      Object.assign(new ThresholdQuota(), { partnerId: 'p-1', subjectId: randomUUID(), checks: [], expiresAt });
    await store.database.dataSource
      .getRepository(ThresholdQuota)
      .insert([
        ...Array.from({ length: 12 }, (_, i) => quota(new Date(NOW.getTime() - (i + 1) * 1000))),
        ...Array.from({ length: 3 }, (_, i) => quota(new Date(NOW.getTime() + (i + 1) * 1000))),
      ]);

    const delivery = (status: 'PENDING' | 'DONE', deliveredDaysAgo: number) =>
      Object.assign(new WebhookDelivery(), {
        id: randomUUID(),
        partnerId: 'p-purge',
        eventType: 'consent.granted',
        body: '{}',
        createdAt: NOW,
        status,
        attempts: 1,
        lastError: null,
        lastAttemptAt: NOW,
        nextAttemptAt: new Date(NOW.getTime() - deliveredDaysAgo * DAY),
        claimToken: null,
      });
    await store.database.dataSource.getRepository(WebhookDelivery).insert([
      ...Array.from({ length: 4 }, () => delivery('DONE', 6)),
      delivery('DONE', 4),
      delivery('PENDING', 6), // not delivered yet: never purged, however old
    ]);

    const before = store.database.queries.count;
    const options = { retentionDays: 10, deliveryRetentionDays: 5, batchSize: 10 };
    expect(await purgeExpiredAccessData(store.database, NOW, options)).toEqual({
      events: 25,
      quotas: 12,
      deliveries: 4,
    });
    // three rounds of (find and delete events, quotas, deliveries), the last finding the rest
    expect(store.database.queries.count - before).toBeLessThanOrEqual(16);
    expect(
      (await store.database.dataSource.getRepository(WebhookDelivery).findBy({ partnerId: 'p-purge' }))
        .map((d) => d.status)
        .sort(),
    ).toEqual(['DONE', 'PENDING']);
    expect(await events().countBy({ subjectId: subject })).toBe(5);
    expect(await store.database.dataSource.getRepository(ThresholdQuota).countBy({ partnerId: 'p-1' })).toBe(3);

    const idle = store.database.queries.count;
    expect(await purgeExpiredAccessData(store.database, NOW, options)).toEqual({ events: 0, quotas: 0, deliveries: 0 });
    expect(store.database.queries.count - idle).toBe(3);
  });

  test('keeps three years by default, and refuses a retention that is not a whole number of days', async () => {
    const { accessLogRetentionDays } = await import('../../subgraphs/consent/access-log/retention');
    expect(accessLogRetentionDays({})).toBe(1095);
    expect(accessLogRetentionDays({ CREDENCE_ACCESS_LOG_RETENTION_DAYS: '2555' })).toBe(2555);
    expect(() => accessLogRetentionDays({ CREDENCE_ACCESS_LOG_RETENTION_DAYS: 'forever' })).toThrow(
      /whole number of days/,
    );
  });

  test('keeps delivered webhooks 30 days by default, and refuses a retention that is not a whole number of days', async () => {
    const { webhookDeliveryRetentionDays } = await import('../../subgraphs/consent/access-log/retention');
    expect(webhookDeliveryRetentionDays({})).toBe(30);
    expect(webhookDeliveryRetentionDays({ CREDENCE_WEBHOOK_DELIVERY_RETENTION_DAYS: '90' })).toBe(90);
    expect(() => webhookDeliveryRetentionDays({ CREDENCE_WEBHOOK_DELIVERY_RETENTION_DAYS: '0' })).toThrow(
      /whole number of days/,
    );
  });
});

(pgUrl ? test : test.skip)(
  'the migration to read events carries the old per-field rows over, one event per batch',
  async () => {
    const schemaPrefix = prefix();
    const older = await openSubgraphDatabase(
      { kind: 'postgres', url: pgUrl!, schemaPrefix },
      { ...consentSubgraph.database, entities: [], migrations: migrations.slice(0, 4) },
    );
    const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 12, minute));
    const old = [
      // one batch of a partner's request: two fields read, one refused
      ['u-1', 'PARTNER', 'p-1', null, 'SCORE_VALUE', 'CreditScore.value', null, 'ALLOWED', null, 'loan', 'c-1', at(0)],
      [
        'u-1',
        'PARTNER',
        'p-1',
        null,
        'SCORE_THRESHOLD',
        'User.scoreAtLeast',
        '{"threshold":693}',
        'ALLOWED',
        null,
        'loan',
        'c-1',
        at(0),
      ],
      [
        'u-1',
        'PARTNER',
        'p-1',
        null,
        'SCORE_BAND',
        'CreditScore.band',
        null,
        'DENIED',
        'CONSENT_REQUIRED',
        null,
        null,
        at(0),
      ],
      // a later request by staff, refused
      [
        'u-1',
        'STAFF',
        's-1',
        'engineer',
        'SCORE_VALUE',
        'CreditScore.value',
        null,
        'DENIED',
        'FORBIDDEN',
        'debugging',
        null,
        at(5),
      ],
      // another subject in the first batch
      [
        'u-2',
        'PARTNER',
        'p-1',
        null,
        'SCORE_VALUE',
        'CreditScore.value',
        null,
        'DENIED',
        'CONSENT_REQUIRED',
        null,
        null,
        at(0),
      ],
    ];
    try {
      for (const row of old) {
        await older.dataSource.query(
          `INSERT INTO access_log_entry (id, subject_id, viewer_kind, viewer_id, staff_role, scope, field, detail, decision, denial_code, purpose, consent_id, occurred_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [randomUUID(), ...row],
        );
      }
      await older.dataSource.destroy();
      const current = await openSubgraphDatabase(
        { kind: 'postgres', url: pgUrl!, schemaPrefix },
        consentSubgraph.database,
      );
      try {
        const rows = await (current.dataSource as DataSource)
          .getRepository(AccessLogEntry)
          .find({ order: { subjectId: 'ASC', occurredAt: 'ASC' } });
        expect(
          rows.map((r) => [r.subjectId, r.viewerKind, r.staffRole, r.decision, r.purpose, r.occurredAt.toISOString()]),
        ).toEqual([
          ['u-1', 'PARTNER', null, 'ALLOWED', 'loan', at(0).toISOString()],
          ['u-1', 'STAFF', 'engineer', 'DENIED', 'debugging', at(5).toISOString()],
          ['u-2', 'PARTNER', null, 'DENIED', null, at(0).toISOString()],
        ]);
        expect(rows[0].reads).toEqual([
          {
            field: 'CreditScore.band',
            scope: 'SCORE_BAND',
            detail: null,
            outcome: 'DENIED',
            denialCode: 'CONSENT_REQUIRED',
            consentId: null,
          },
          {
            field: 'CreditScore.value',
            scope: 'SCORE_VALUE',
            detail: null,
            outcome: 'ALLOWED',
            denialCode: null,
            consentId: 'c-1',
          },
          {
            field: 'User.scoreAtLeast',
            scope: 'SCORE_THRESHOLD',
            detail: '{"threshold":693}',
            outcome: 'ALLOWED',
            denialCode: null,
            consentId: 'c-1',
          },
        ]);
        expect(new Set(rows.map((r) => r.requestId)).size).toBe(3);
        for (const row of rows) expect(row.requestId).toMatch(/^migrated:/);
        // the carried-over events take later batches like any other
        const [merged] = readEvents(
          rows[0].requestId,
          partner,
          [{ subjectId: 'u-1', scope: 'SCORE_VALUE', field: 'CreditScore.history' }],
          [deny],
          new Date(),
        );
        await writeReadEvents(current.dataSource.manager, [merged]);
        expect(
          (await current.dataSource.getRepository(AccessLogEntry).findOneByOrFail({ id: rows[0].id })).reads,
        ).toHaveLength(4);
      } finally {
        await dropSubgraphSchema(current);
        await current.dataSource.destroy();
      }
    } finally {
      if (older.dataSource.isInitialized) await older.dataSource.destroy();
    }
  },
);
