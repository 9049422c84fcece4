import { furnishingPermits } from '../partners/furnishing-permits';
import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { parsePageRequest } from '../../../shared/store/pagination';
import { consentPageOf, partnerConsentPage } from '../consents/consent-access';
import { findVisibleRequest, requestPage, requireRequester } from '../consent-requests/request-access';
import { ErasureRequest } from '../entities/ErasureRequest';
import { erasureStatusOf } from '../erasure/erasure-status';
import { requireActiveEndpointOwner, requireActivePartner } from '../partners/partner-access';
import { requireSubgraphCaller } from '../decision/decide-and-log';
import { WebhookEndpoint } from '../entities/WebhookEndpoint';
import { FileFreeze } from '../entities/FileFreeze';
import { fileFreezeOf } from '../freeze/file-freeze';
import { notificationConnection } from '../notifications/notification-feed';
import { recentDeliveries } from '../webhooks/webhook-endpoints';

export const Query: QueryResolvers = {
  myConsents: async (_, { status, ...args }, { viewer, loaders }) => {
    const request = parsePageRequest(args);
    return consentPageOf(await loaders.consentsBySubjectId.load(viewerIdOf(viewer, 'user')), status, request);
  },
  consentsHeldByMe: async (_, { status, ...args }, { viewer, database, loaders, accountStanding }) => {
    const request = parsePageRequest(args);
    await requireActivePartner(loaders.partnerAccessById, viewer, accountStanding);
    return partnerConsentPage(database.dataSource, viewerIdOf(viewer, 'partner'), status, request);
  },
  myErasure: async (_, __, { viewer, database }) => {
    const request = await database.dataSource
      .getRepository(ErasureRequest)
      .findOneBy({ subjectId: viewerIdOf(viewer, 'user') });
    return request && erasureStatusOf(database, request);
  },
  myWebhookEndpoint: (_, __, { viewer, database }) =>
    database.dataSource.getRepository(WebhookEndpoint).findOneBy({ partnerId: viewerIdOf(viewer, 'partner') }),
  webhookDeliveries: async (_, args, { viewer, database, loaders, accountStanding }) => {
    const request = parsePageRequest(args);
    return recentDeliveries(database, await requireActiveEndpointOwner(viewer, loaders, accountStanding), request);
  },
  myConsentRequests: (_, { status, ...args }, { viewer, database }) =>
    requestPage(database.dataSource, { subjectId: viewerIdOf(viewer, 'user') }, status, parsePageRequest(args)),
  consentRequestsMadeByMe: async (_, { status, ...args }, { viewer, database, loaders, accountStanding }) => {
    const request = parsePageRequest(args);
    const partnerId = await requireRequester(viewer, loaders, accountStanding);
    return requestPage(database.dataSource, { partnerId }, status, request);
  },
  consentRequest: (_, { id }, { viewer, loaders, accountStanding }) =>
    findVisibleRequest(viewer, loaders, accountStanding, id),
  // Internal: another subgraph asks whether this request's token names a live account (account-standing.ts).
  viewerHasLiveAccount: (_, __, { caller, accountStanding }) => {
    requireSubgraphCaller(caller);
    return accountStanding();
  },
  furnishingPermits: (_, { subjectIds }, context) => furnishingPermits(context, subjectIds),
  // Internal: another subgraph asks whether this request's viewer is a suspended partner (shared/trust/partner-standing.ts).
  viewerIsSuspendedPartner: async (_, __, { caller, viewer, loaders }) => {
    requireSubgraphCaller(caller);
    return (
      viewer.kind === 'partner' && (await loaders.partnerAccessById.load(viewer.partnerId))?.status === 'SUSPENDED'
    );
  },
  myFileFreeze: async (_, __, { viewer, database }) =>
    fileFreezeOf(
      await database.dataSource.getRepository(FileFreeze).findOneBy({ subjectId: viewerIdOf(viewer, 'user') }),
    ),
  myNotifications: (_, args, { viewer, loaders }) => notificationConnection(loaders, viewerIdOf(viewer, 'user'), args),
  webhookEndpoints: (_, __, { database }) =>
    database.dataSource.getRepository(WebhookEndpoint).find({ order: { createdAt: 'ASC' } }),
};
