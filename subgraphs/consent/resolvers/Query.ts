import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { withStatus } from '../consents/consent-access';
import {
  consumerRequests,
  findVisibleRequest,
  partnerRequests,
  requireRequester,
} from '../consent-requests/request-access';
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
  myConsents: async (_, { status }, { viewer, loaders }) => {
    return withStatus(await loaders.consentsBySubjectId.load(viewerIdOf(viewer, 'user')), status);
  },
  consentsHeldByMe: async (_, { status }, { viewer, loaders, accountStanding }) => {
    await requireActivePartner(loaders.partnerAccessById, viewer, accountStanding);
    return withStatus(await loaders.consentsByPartnerId.load(viewerIdOf(viewer, 'partner')), status);
  },
  myErasure: async (_, __, { viewer, database }) => {
    const request = await database.dataSource
      .getRepository(ErasureRequest)
      .findOneBy({ subjectId: viewerIdOf(viewer, 'user') });
    return request && erasureStatusOf(database, request);
  },
  myWebhookEndpoint: (_, __, { viewer, database }) =>
    database.dataSource.getRepository(WebhookEndpoint).findOneBy({ partnerId: viewerIdOf(viewer, 'partner') }),
  webhookDeliveries: async (_, { first }, { viewer, database, loaders, accountStanding }) =>
    recentDeliveries(database, await requireActiveEndpointOwner(viewer, loaders, accountStanding), first ?? 20),
  myConsentRequests: (_, { status }, { viewer, database }) =>
    consumerRequests(database.dataSource, viewerIdOf(viewer, 'user'), status),
  consentRequestsMadeByMe: async (_, { status, first }, { viewer, database, loaders, accountStanding }) =>
    partnerRequests(database.dataSource, await requireRequester(viewer, loaders, accountStanding), status, first ?? 50),
  consentRequest: (_, { id }, { viewer, loaders, accountStanding }) =>
    findVisibleRequest(viewer, loaders, accountStanding, id),
  // Internal: another subgraph asks whether this request's token names a live account (account-standing.ts).
  viewerHasLiveAccount: (_, __, { caller, accountStanding }) => {
    requireSubgraphCaller(caller);
    return accountStanding();
  },
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
