import { requireConsumer } from '../../../shared/trust/access';
import { asBackgroundWork } from '../../../shared/store/database';
import { Viewer } from '../../../shared/trust/viewer';
import { decideAndLog, requireSubgraphCaller } from '../decision/decide-and-log';
import { grantConsent } from '../consents/grant-consent';
import { approveConsentRequest, declineConsentRequest } from '../consent-requests/answer-request';
import { requireAnswerer, requireRequester } from '../consent-requests/request-access';
import { requestConsent } from '../consent-requests/request-consent';
import { revokeConsent } from '../consents/revoke-consent';
import { changeConsent } from '../consents/change-consent';
import { erasureStatusOf, requireAccountHolder } from '../erasure/erasure-status';
import { eraseAccount } from '../erasure/erase-subject';
import { changePartnerAccess } from '../partners/partner-access';
import { disableWebhookEndpoint, requireEndpointStaff, requirePartner, rotateWebhookSecret, setWebhookEndpoint } from '../webhooks/webhook-endpoints';
import { fileFreezeOf, requireFreezer, setFileFreeze } from '../freeze/file-freeze';
import { markNotificationsRead, requireFeedOwner } from '../notifications/notification-feed';
import { recordDisputeNotice, requireDisputeNoticeCaller } from '../notifications/dispute-notices';
import type { MutationResolvers } from '../__generated__/resolvers-types';

const requireGrantor = (viewer: Viewer) => requireConsumer(viewer, 'Only the consumer can grant, change or revoke their consents.');

export const Mutation: MutationResolvers = {
  grantConsent: (_, { input }, { viewer, database, peers }) => grantConsent(database, peers, requireGrantor(viewer), input),

  requestConsent: async (_, { input }, { viewer, database, peers, loaders }) =>
    requestConsent(database, peers, await requireRequester(viewer, loaders), input),
  approveConsentRequest: (_, { id }, { viewer, database }) => approveConsentRequest(database, requireAnswerer(viewer), id),
  declineConsentRequest: (_, { id }, { viewer, database }) => declineConsentRequest(database, requireAnswerer(viewer), id),
  freezeMyFile: async (_, __, { viewer, database }) => fileFreezeOf(await setFileFreeze(database.dataSource, requireFreezer(viewer), true)),
  unfreezeMyFile: async (_, __, { viewer, database }) => fileFreezeOf(await setFileFreeze(database.dataSource, requireFreezer(viewer), false)),
  markNotificationsRead: (_, { upTo }, { viewer, database }) => markNotificationsRead(database.dataSource, requireFeedOwner(viewer), upTo),
  recordDisputeNotice: async (_, { notice }, { caller, database }) => {
    requireDisputeNoticeCaller(caller);
    // a worker's delivery, not a client's request: its SQL is counted with the workers'
    await asBackgroundWork(() => recordDisputeNotice(database.dataSource, notice));
    return true;
  },

  decideAccess: (_, { requests }, { viewer, database, caller, requestId }) => {
    requireSubgraphCaller(caller);
    return decideAndLog(database, viewer, requestId, requests);
  },

  revokeConsent: (_, { id }, { viewer, database }) => revokeConsent(database, requireGrantor(viewer), id),
  changeConsent: (_, { id, input }, { viewer, database }) => changeConsent(database, requireGrantor(viewer), id, input),

  setWebhookEndpoint: (_, { url }, { viewer, database }) => setWebhookEndpoint(database, requirePartner(viewer), url),
  rotateWebhookSecret: (_, __, { viewer, database }) => rotateWebhookSecret(database, requirePartner(viewer)),
  disableWebhookEndpoint: (_, { partnerId }, { viewer, database }) => {
    requireEndpointStaff(viewer);
    return disableWebhookEndpoint(database, partnerId);
  },

  suspendPartner: (_, { id, reason }, context) => changePartnerAccess(context, id, 'SUSPENDED', reason),
  reinstatePartner: (_, { id }, context) => changePartnerAccess(context, id, 'ACTIVE'),

  deleteMyAccount: async (_, __, { viewer, database, peers }) => {
    const subjectId = requireAccountHolder(viewer);
    return erasureStatusOf(database, await eraseAccount(database, peers, subjectId));
  },
};
