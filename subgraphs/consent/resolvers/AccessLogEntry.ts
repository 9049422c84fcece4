import { AccessLogEntry as AccessLogRow } from '../entities/AccessLogEntry';

export const AccessLogEntry = {
  partner: (entry: AccessLogRow) => (entry.viewerKind === 'PARTNER' && entry.viewerId ? { __typename: 'Partner', id: entry.viewerId } : null),
  staffId: (entry: AccessLogRow) => (entry.viewerKind === 'STAFF' ? entry.viewerId : null),
  outcome: (entry: AccessLogRow) => entry.decision,
};
