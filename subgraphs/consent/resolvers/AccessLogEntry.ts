import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { summarizeReadEvent } from '../access-log/summary';
import { AccessLogEntry as ReadEvent } from '../entities/AccessLogEntry';
import { ConsentLoaders } from '../loaders';

const partnerIdOf = (event: ReadEvent) => (event.viewerKind === 'PARTNER' ? event.viewerId : null);

export const AccessLogEntry = {
  partner: (event: ReadEvent) => {
    const id = partnerIdOf(event);
    return id ? { __typename: 'Partner', id } : null;
  },
  staffId: (event: ReadEvent) => (event.viewerKind === 'STAFF' ? event.viewerId : null),
  outcome: (event: ReadEvent) => event.decision,
  fields: (event: ReadEvent) => event.reads,
  summary: async (event: ReadEvent, _: unknown, { loaders }: SubgraphContext<ConsentLoaders>) => {
    const partnerId = partnerIdOf(event);
    return summarizeReadEvent(event, partnerId ? await loaders.partnerName.load(partnerId) : null);
  },
};
