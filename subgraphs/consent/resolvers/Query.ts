import { requireConsumer } from '../../../shared/trust/access';
import { forbidden, unauthenticated } from '../../../shared/errors';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { withStatus } from '../consents/consent-access';
import { consumerRequests, findVisibleRequest, partnerRequests, requireAnswerer, requireRequester } from '../consent-requests/request-access';
import { ErasureRequest } from '../entities/ErasureRequest';
import { erasureStatusOf, requireAccountHolder } from '../erasure/erasure-status';
import { requireActivePartner } from '../partners/partner-access';
import { WebhookEndpoint } from '../entities/WebhookEndpoint';
import { FileFreeze } from '../entities/FileFreeze';
import { fileFreezeOf, requireFreezer } from '../freeze/file-freeze';
import { notificationConnection, requireFeedOwner } from '../notifications/notification-feed';
import { recentDeliveries, requireEndpointStaff, requirePartner } from '../webhooks/webhook-endpoints';

export const Query: QueryResolvers = {
  myConsents: async (_, { status }, { viewer, loaders }) => {
    const subjectId = requireConsumer(viewer, 'Only a consumer has consents of their own.');
    return withStatus(await loaders.consentsBySubjectId.load(subjectId), status);
  },
  consentsHeldByMe: async (_, { status }, { viewer, loaders }) => {
    if (viewer.kind === 'anonymous') throw unauthenticated();
    if (viewer.kind !== 'partner') throw forbidden('Only a partner holds consents.');
    await requireActivePartner(loaders.partnerAccessById, viewer);
    return withStatus(await loaders.consentsByPartnerId.load(viewer.partnerId), status);
  },
  myErasure: async (_, __, { viewer, database }) => {
    const subjectId = requireAccountHolder(viewer);
    const request = await database.dataSource.getRepository(ErasureRequest).findOneBy({ subjectId });
    return request && erasureStatusOf(database, request);
  },
  myWebhookEndpoint: (_, __, { viewer, database }) =>
    database.dataSource.getRepository(WebhookEndpoint).findOneBy({ partnerId: requirePartner(viewer) }),
  webhookDeliveries: (_, { first }, { viewer, database }) => recentDeliveries(database, requirePartner(viewer), first ?? 20),
  myConsentRequests: (_, { status }, { viewer, database }) => consumerRequests(database.dataSource, requireAnswerer(viewer), status),
  consentRequestsMadeByMe: async (_, { status, first }, { viewer, database, loaders }) =>
    partnerRequests(database.dataSource, await requireRequester(viewer, loaders), status, first ?? 50),
  consentRequest: (_, { id }, { viewer, loaders }) => findVisibleRequest(viewer, loaders, id),
  myFileFreeze: async (_, __, { viewer, database }) =>
    fileFreezeOf(await database.dataSource.getRepository(FileFreeze).findOneBy({ subjectId: requireFreezer(viewer) })),
  myNotifications: (_, args, { viewer, loaders }) =>
    notificationConnection(loaders, requireFeedOwner(viewer), args),
  webhookEndpoints: (_, __, { viewer, database }) => {
    requireEndpointStaff(viewer);
    return database.dataSource.getRepository(WebhookEndpoint).find({ order: { createdAt: 'ASC' } });
  },
};
