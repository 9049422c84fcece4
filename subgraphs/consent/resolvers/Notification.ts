import type { NotificationConnectionResolvers, NotificationResolvers } from '../__generated__/resolvers-types';
import { messageOf, unreadCount } from '../notifications/notification-feed';

export const Notification: NotificationResolvers = {
  read: (row) => row.readAt !== null,
  message: (row, _, { loaders }) => messageOf(row, loaders),
  partner: (row) => (row.partnerId ? { __typename: 'Partner', id: row.partnerId } : null),
  // the consumer's own consent, which they may read
  consent: (row, _, { loaders }) => (row.consentId ? loaders.consentById.load(row.consentId) : null),
};

export const NotificationConnection: NotificationConnectionResolvers = {
  unreadCount: ({ subjectId, includePartnerReads }, _, { database }) =>
    unreadCount(database.dataSource, subjectId, includePartnerReads),
};
