import type { AccessLogEntryResolvers } from '../__generated__/resolvers-types';

export const AccessLogEntry: AccessLogEntryResolvers = {
  partner: (entry) => (entry.viewerKind === 'PARTNER' && entry.viewerId ? { __typename: 'Partner', id: entry.viewerId } : null),
  staffId: (entry) => (entry.viewerKind === 'STAFF' ? entry.viewerId : null),
  outcome: (entry) => entry.decision,
};
