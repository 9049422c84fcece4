import { DataSource, IsNull, Not } from 'typeorm';
import { notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { Connection, parsePageRequest, toConnection } from '../../../shared/store/pagination';
import { Notification } from '../entities/Notification';
import { plain } from '../../../shared/trust/data-export';
import { readEventKey, type ConsentLoaders } from '../loaders';
import { notificationMessage } from './notification-messages';

/**
 * How many of a consumer's alerts are unread: a count over the (subject, read_at)
 * index of the unread rows only, so it costs the unread, not the history. Without
 * partner reads when the feed was asked without them.
 */
export const unreadCount = (dataSource: DataSource, subjectId: string, includePartnerReads = true) =>
  dataSource
    .getRepository(Notification)
    .countBy({ subjectId, readAt: IsNull(), ...(includePartnerReads ? {} : { kind: Not('PARTNER_READ' as const) }) });

/** A page of a consumer's feed, whose it is and whether it holds partner reads (for the unread count, asked only when selected). */
export type NotificationPage = Connection<Notification> & { subjectId: string; includePartnerReads: boolean };

/** A page of the consumer's feed, newest first; without partners' reads when `includePartnerReads` is false. */
export async function notificationConnection(
  loaders: ConsentLoaders,
  subjectId: string,
  args: { first?: number | null; after?: string | null; includePartnerReads?: boolean | null },
): Promise<NotificationPage> {
  const request = parsePageRequest(args);
  const includePartnerReads = args.includePartnerReads !== false;
  const pages = includePartnerReads ? loaders.notificationPageBySubjectId : loaders.alertPageBySubjectId;
  const page = await pages.load({ ownerId: subjectId, ...request });
  const connection = toConnection(page.rows, request.first, page.totalCount, (row) => ({
    sortKey: row.occurredAt.toISOString(),
    id: row.id,
  }));
  return { ...connection, subjectId, includePartnerReads };
}

/**
 * Marks read every unread alert up to and including `upTo` in the feed's order
 * (occurred_at, id): that one and everything older; all of them without `upTo`.
 * Why a read_at per row rather than one "read up to" marker per consumer: alerts do
 * not arrive in time order (a dispute notice is delivered after the fact, a read
 * event commits after a later one), and a marker would call such a late line read
 * before the consumer ever saw it. Another consumer's id is NOT_FOUND, like a
 * missing one. Returns how many are left unread.
 */
export async function markNotificationsRead(
  dataSource: DataSource,
  subjectId: string,
  upTo: string | null | undefined,
  now = new Date(),
): Promise<number> {
  const rows = dataSource.getRepository(Notification);
  const update = rows
    .createQueryBuilder()
    .update(Notification)
    .set({ readAt: now })
    .where({ subjectId, readAt: IsNull() });
  if (upTo != null) {
    const last = await rows.findOneBy({ id: requireWellFormedId(upTo, 'upTo'), subjectId });
    if (!last) throw notFound('Notification', upTo);
    update.andWhere('(occurred_at < :at OR (occurred_at = :at AND id <= :id))', { at: last.occurredAt, id: last.id });
  }
  await update.execute();
  return unreadCount(dataSource, subjectId);
}

/** An alert's sentence, from its row, its partner's name and (for a read) the read event: batched by the loaders. */
export async function messageOf(row: Notification, loaders: ConsentLoaders): Promise<string> {
  const [partnerName, readEvent] = await Promise.all([
    row.partnerId ? loaders.partnerName.load(row.partnerId) : null,
    row.readRequestId ? loaders.readEventByKey.load(readEventKey(row.subjectId, row.readRequestId)) : null,
  ]);
  return notificationMessage(row, { partnerName, readEvent });
}

/** One alert as the data export shows it, with its sentence. */
export const exportedNotification = async (row: Notification, loaders: ConsentLoaders) => ({
  ...plain(row, ['subjectId', 'sourceKey', 'readRequestId', 'readAt']),
  read: row.readAt !== null,
  message: await messageOf(row, loaders),
});
