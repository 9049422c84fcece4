import { parsePageRequest, toConnection } from '../../../shared/store/pagination';
import type { UserResolvers } from '../__generated__/resolvers-types';
import { consentPageOf, requireListAccess } from '../consents/consent-access';

const ownerOf = (id: string) => ({ kind: 'user' as const, id });

export const User: UserResolvers = {
  accessLog: async ({ id }, args, { viewer, loaders }) => {
    await requireListAccess(viewer, loaders, ownerOf(id), 'User.accessLog', async () => [id]);
    const request = parsePageRequest(args);
    const pages = args.includeOwnReads ? loaders.accessLogPageBySubjectId : loaders.othersAccessLogPageBySubjectId;
    const page = await pages.load({ ownerId: id, ...request });
    return toConnection(page.rows, request.first, page.totalCount, (entry) => ({
      sortKey: entry.occurredAt.toISOString(),
      id: entry.id,
    }));
  },

  consents: async ({ id }, { status, ...args }, { viewer, loaders }) => {
    const request = parsePageRequest(args);
    await requireListAccess(viewer, loaders, ownerOf(id), 'User.consents', async () => [id]);
    return consentPageOf(await loaders.consentsBySubjectId.load(id), status, request);
  },
};
