import { ConsentStatus } from '../../../shared/consent/consent-scopes';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { requireListAccess, withStatus } from '../consents/consent-access';
import { ConsentLoaders } from '../loaders';
import { AccessLogEntry } from '../entities/AccessLogEntry';
import { parsePageRequest, toConnection } from '../../../shared/store/pagination';

type Context = SubgraphContext<ConsentLoaders>;
const ownerOf = (id: string) => ({ kind: 'user' as const, id });

export const User = {
  accessLog: async (
    { id }: { id: string },
    args: { first?: number; after?: string; includeOwnReads?: boolean },
    { viewer, loaders }: Context,
  ) => {
    await requireListAccess(viewer, loaders, ownerOf(id), 'User.accessLog', async () => [id]);
    const request = parsePageRequest(args);
    const pages = args.includeOwnReads ? loaders.accessLogPageBySubjectId : loaders.othersAccessLogPageBySubjectId;
    const page = await pages.load({ ownerId: id, ...request });
    return toConnection(page.rows, request.first, page.totalCount, (entry: AccessLogEntry) => ({
      sortKey: entry.occurredAt.toISOString(),
      id: entry.id,
    }));
  },

  consents: async ({ id }: { id: string }, { status }: { status?: ConsentStatus }, { viewer, loaders }: Context) => {
    await requireListAccess(viewer, loaders, ownerOf(id), 'User.consents', async () => [id]);
    return withStatus(await loaders.consentsBySubjectId.load(id), status);
  },
};
