import { requireConsumer } from '../../../shared/trust/access';
import { forbidden, unauthenticated } from '../../../shared/errors';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { withStatus } from '../consents/consent-access';
import { consumerRequests, findVisibleRequest, partnerRequests, requireAnswerer, requireRequester } from '../consent-requests/request-access';
import { ErasureRequest } from '../entities/ErasureRequest';
import { erasureStatusOf, requireAccountHolder } from '../erasure/erasure-status';
import { requireActivePartner } from '../partners/partner-access';
import { requireSubgraphCaller } from '../decision/decide-and-log';
import { WebhookEndpoint } from '../entities/WebhookEndpoint';
import { FileFreeze } from '../entities/FileFreeze';
import { fileFreezeOf, requireFreezer } from '../freeze/file-freeze';
import { notificationConnection, requireFeedOwner } from '../notifications/notification-feed';
import { recentDeliveries, requireActiveEndpointOwner, requireEndpointStaff, requirePartner } from '../webhooks/webhook-endpoints';

export const Query: QueryResolvers = {
  myConsents: async (_, { status }, { viewer, loaders }) => {
    const subjectId = requireConsumer(viewer, 'Only a consumer has consents of their own.');
    return withStatus(await loaders.consentsBySubjectId.load(subjectId), status);
  },
  consentsHeldByMe: async (_, { status }, { viewer, loaders, accountStanding }) => {
    if (viewer.kind === 'anonymous') throw unauthenticated();
    if (viewer.kind !== 'partner') throw forbidden('Only a partner holds consents.');
    await requireActivePartner(loaders.partnerAccessById, viewer, accountStanding);
    return withStatus(await loaders.consentsByPartnerId.load(viewer.partnerId), status);
  },
  myErasure: async (_, __, { viewer, database }) => {
    const subjectId = requireAccountHolder(viewer);
    const request = await database.dataSource.getRepository(ErasureRequest).findOneBy({ subjectId });
    return request && erasureStatusOf(database, request);
  },
  myWebhookEndpoint: (_, __, { viewer, database }) =>
    database.dataSource.getRepository(WebhookEndpoint).findOneBy({ partnerId: requirePartner(viewer) }),
  webhookDeliveries: async (_, { first }, { viewer, database, loaders, accountStanding }) =>
    recentDeliveries(database, await requireActiveEndpointOwner(viewer, loaders, accountStanding), first ?? 20),
  myConsentRequests: (_, { status }, { viewer, database }) => consumerRequests(database.dataSource, requireAnswerer(viewer), status),
  consentRequestsMadeByMe: async (_, { status, first }, { viewer, database, loaders, accountStanding }) =>
    partnerRequests(database.dataSource, await requireRequester(viewer, loaders, accountStanding), status, first ?? 50),
  consentRequest: (_, { id }, { viewer, loaders, accountStanding }) => findVisibleRequest(viewer, loaders, accountStanding, id),
  // Internal: another subgraph asks whether this request's token names a live account (account-standing.ts).
  viewerHasLiveAccount: (_, __, { caller, accountStanding }) => {
    requireSubgraphCaller(caller);
    return accountStanding();
  },
  myFileFreeze: async (_, __, { viewer, database }) =>
    fileFreezeOf(await database.dataSource.getRepository(FileFreeze).findOneBy({ subjectId: requireFreezer(viewer) })),
  myNotifications: (_, args, { viewer, loaders }) =>
    notificationConnection(loaders, requireFeedOwner(viewer), args),
  webhookEndpoints: (_, __, { viewer, database }) => {
    requireEndpointStaff(viewer);
    return database.dataSource.getRepository(WebhookEndpoint).find({ order: { createdAt: 'ASC' } });
  },
};
