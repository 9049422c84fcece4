import { randomUUID } from 'node:crypto';
import { upsertRows, upsertStatements, writeTogether } from '../../shared/store/upsert';
import { Notification } from '../../subgraphs/consent/entities/Notification';
import { consentSubgraph } from '../../subgraphs/consent/subgraph';
import { useTestStore } from '../support/store';

/**
 * A column with one value in every row goes to PostgreSQL once, as a scalar, not as an
 * array of copies (upsert.ts, sharedValues); the rows stored are the same either way.
 * Runs on both stores: SQLite writes VALUES lists, and must store the same rows.
 */
const store = useTestStore(consentSubgraph.database);
const postgres = () => store.database.dataSource.options.type === 'postgres';

function notification(subjectId: string, occurredAt: Date, detail: Record<string, string> | null): Notification {
  return Object.assign(new Notification(), {
    id: randomUUID(),
    subjectId,
    kind: 'RECORDS_FURNISHED',
    sourceKey: randomUUID(),
    occurredAt,
    readAt: null,
    partnerId: 'p-shared',
    consentId: null,
    consentRequestId: null,
    disputeId: null,
    readRequestId: null,
    detail,
  });
}

const stored = (ids: string[]) =>
  store.database.dataSource
    .getRepository(Notification)
    .find({ where: ids.map((id) => ({ id })), order: { sourceKey: 'ASC' } });

const shape = (n: Notification) => ({
  id: n.id,
  subjectId: n.subjectId,
  kind: n.kind,
  sourceKey: n.sourceKey,
  occurredAt: n.occurredAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
  partnerId: n.partnerId,
  detail: n.detail,
});

test('rows sharing some columns (a text, a time, nulls) and differing in others are stored as given', async () => {
  const at = new Date('2026-11-30T10:00:00.000Z');
  const rows = [
    notification('u-1', new Date(at), { words: 'same' }),
    notification('u-1', new Date(at), { words: 'same' }),
    notification('u-1', new Date(at), { words: 'same' }),
  ];
  const [statement] = upsertStatements(store.database.dataSource.manager, Notification, rows, '("id") DO NOTHING');
  if (postgres()) {
    const columns = store.database.dataSource.getMetadata(Notification).columns.map((c) => c.propertyName);
    const param = (property: string) => statement.params[columns.indexOf(property)];
    // one value each: the shared subject, partner, time (equal, though each row has its own Date), detail and a null
    expect(param('subjectId')).toBe('u-1');
    expect(param('partnerId')).toBe('p-shared');
    expect(param('occurredAt')).toEqual(at);
    expect(param('detail')).toBe(JSON.stringify({ words: 'same' }));
    expect(param('readAt')).toBeNull();
    // an array of each: the ids and source keys differ
    expect(param('id')).toEqual(rows.map((r) => r.id));
    expect(param('sourceKey')).toEqual(rows.map((r) => r.sourceKey));
  }
  await upsertRows(store.database.dataSource.manager, Notification, rows, '("id") DO NOTHING');
  const byKey = (a: Notification, b: Notification) => a.sourceKey.localeCompare(b.sourceKey);
  expect((await stored(rows.map((r) => r.id))).map(shape)).toEqual([...rows].sort(byKey).map(shape));
});

test('times a millisecond apart, and a null beside a value, travel as arrays and stay apart', async () => {
  const at = new Date('2026-11-30T10:00:00.000Z');
  const rows = [notification('u-2', at, null), notification('u-2', new Date(at.getTime() + 1), { words: 'some' })];
  rows[1].readAt = at;
  await upsertRows(store.database.dataSource.manager, Notification, rows, '("id") DO NOTHING');
  const byKey = (a: Notification, b: Notification) => a.sourceKey.localeCompare(b.sourceKey);
  expect((await stored(rows.map((r) => r.id))).map(shape)).toEqual([...rows].sort(byKey).map(shape));
});

test('rows alike in every column still make rows: the first column stays an array', async () => {
  const one = notification('u-3', new Date(), null);
  const twin = Object.assign(new Notification(), one);
  await upsertRows(store.database.dataSource.manager, Notification, [one, twin], '("id") DO NOTHING');
  expect((await stored([one.id])).map(shape)).toEqual([shape(one)]);
});

test('shared values in a DO UPDATE with RETURNING, and two such statements written together, land in their own rows', async () => {
  const { manager } = store.database.dataSource;
  const at = new Date('2026-12-01T08:00:00.000Z');
  const first = [notification('u-4', at, null), notification('u-4', at, null)];
  const second = [notification('u-5', at, { words: 'other' }), notification('u-5', at, { words: 'other' })];
  // two statements whose placeholders are renumbered into one (writeTogether), each with scalars of its own
  await writeTogether(manager, [
    ...upsertStatements(manager, Notification, first, '("id") DO NOTHING'),
    ...upsertStatements(manager, Notification, second, '("id") DO NOTHING'),
  ]);
  // the same rows again, now read and with another shared partner: DO UPDATE takes it from EXCLUDED
  const again = first.map((n) => Object.assign(new Notification(), n, { partnerId: 'p-other', readAt: at }));
  const returned = await upsertRows(
    manager,
    Notification,
    again,
    '("id") DO UPDATE SET "partner_id" = EXCLUDED."partner_id", "read_at" = EXCLUDED."read_at"',
    ['id'],
  );
  expect(returned.map((row) => row.id).sort()).toEqual(first.map((n) => n.id).sort());
  const byKey = (a: Notification, b: Notification) => a.sourceKey.localeCompare(b.sourceKey);
  const all = [...again, ...second];
  expect((await stored(all.map((n) => n.id))).map(shape)).toEqual([...all].sort(byKey).map(shape));
});
