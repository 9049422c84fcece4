import { randomUUID } from 'node:crypto';
import { upsertStatements, writeTogether } from '../../shared/store/upsert';
import { readEvents, readEventsUpsert } from '../../subgraphs/consent/decision/read-events';
import { AccessLogEntry } from '../../subgraphs/consent/entities/AccessLogEntry';
import { Notification } from '../../subgraphs/consent/entities/Notification';
import { partnerReadNotices } from '../../subgraphs/consent/decision/partner-read-notices';
import { feedLinesInsert } from '../../subgraphs/consent/feed/feed-lines';
import { consentSubgraph } from '../../subgraphs/consent/subgraph';
import { Viewer } from '../../shared/trust/viewer';
import { useTestStore } from '../support/store';

const store = useTestStore(consentSubgraph.database);
const partner: Viewer = { kind: 'partner', partnerId: 'p-1' };
const allow = { allowed: true, code: null, message: null, consentId: 'c-1', purpose: 'loan' };

/** A read event of two subjects and its feed lines, as the decision writes them. */
function batch(requestId: string) {
  const { manager } = store.database.dataSource;
  const requests = ['u-1', 'u-2'].map((subjectId) => ({
    subjectId,
    scope: 'SCORE_BAND' as const,
    field: 'CreditScore.band',
  }));
  const events = readEvents(requestId, partner, requests, [allow, allow], new Date());
  return [...readEventsUpsert(manager, events), ...feedLinesInsert(manager, partnerReadNotices(events))];
}

describe('writing the access log and the feed together', () => {
  test('both are written, each with its own parameters; a second batch of the request adds fields, not lines', async () => {
    const requestId = randomUUID();
    await writeTogether(store.database.dataSource.manager, batch(requestId));
    await writeTogether(store.database.dataSource.manager, batch(requestId));
    const events = await store.database.dataSource.getRepository(AccessLogEntry).findBy({ requestId });
    expect(events.map((event) => [event.subjectId, event.reads.length]).sort()).toEqual([
      ['u-1', 2],
      ['u-2', 2],
    ]);
    const lines = await store.database.dataSource.getRepository(Notification).findBy({ readRequestId: requestId });
    expect(lines.map((line) => [line.subjectId, line.sourceKey, line.partnerId]).sort()).toEqual([
      ['u-1', `read:${requestId}:u-1`, 'p-1'],
      ['u-2', `read:${requestId}:u-2`, 'p-1'],
    ]);
  });

  test('when one write fails, neither is kept', async () => {
    const requestId = randomUUID();
    const [log] = batch(requestId);
    // a line without a kind breaks the NOT NULL constraint
    const broken = upsertStatements(
      store.database.dataSource.manager,
      Notification,
      [
        Object.assign(new Notification(), {
          id: randomUUID(),
          subjectId: 'u-1',
          kind: null,
          sourceKey: randomUUID(),
          occurredAt: new Date(),
        }),
      ],
      '("source_key") DO NOTHING',
    );
    await expect(writeTogether(store.database.dataSource.manager, [log, ...broken])).rejects.toThrow();
    expect(await store.database.dataSource.getRepository(AccessLogEntry).countBy({ requestId })).toBe(0);
  });
});
