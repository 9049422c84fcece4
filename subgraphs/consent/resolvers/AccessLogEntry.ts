import { summarizeReadEvent } from '../access-log/summary';
import { AccessLogEntry as ReadEvent } from '../entities/AccessLogEntry';
import type { AccessLogEntryResolvers } from '../__generated__/resolvers-types';

const partnerIdOf = (event: ReadEvent) => (event.viewerKind === 'PARTNER' ? event.viewerId : null);

export const AccessLogEntry: AccessLogEntryResolvers = {
  partner: (event) => {
    const id = partnerIdOf(event);
    return id ? { __typename: 'Partner', id } : null;
  },
  staffId: (event) => (event.viewerKind === 'STAFF' ? event.viewerId : null),
  outcome: (event) => event.decision,
  fields: (event) => event.reads,
  summary: async (event, _, { loaders }) => {
    const partnerId = partnerIdOf(event);
    return summarizeReadEvent(event, partnerId ? await loaders.partnerName.load(partnerId) : null);
  },
};
