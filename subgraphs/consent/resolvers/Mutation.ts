import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import { asBackgroundWork } from '../../../shared/store/database';
import { decideAndLog, requireSubgraphCaller } from '../decision/decide-and-log';
import { grantConsent } from '../consents/grant-consent';
import { approveConsentRequest, declineConsentRequest } from '../consent-requests/answer-request';
import { requireRequester } from '../consent-requests/request-access';
import { requestConsent } from '../consent-requests/request-consent';
import { revokeConsent } from '../consents/revoke-consent';
import { changeConsent } from '../consents/change-consent';
import { erasureStatusOf } from '../erasure/erasure-status';
import { eraseAccount } from '../erasure/erase-subject';
import { changePartnerAccess } from '../partners/partner-access';
import { disableWebhookEndpoint, rotateWebhookSecret, setWebhookEndpoint } from '../webhooks/webhook-endpoints';
import { fileFreezeOf, setFileFreeze } from '../freeze/file-freeze';
import { markNotificationsRead } from '../notifications/notification-feed';
import { recordDisputeNotice, requireDisputeNoticeCaller } from '../notifications/dispute-notices';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  grantConsent: (_, { input }, { viewer, database, peers }) => grantConsent(database, peers, viewerIdOf(viewer, 'user'), input),

  requestConsent: async (_, { input }, { viewer, database, peers, loaders }) =>
    requestConsent(database, peers, await requireRequester(viewer, loaders), input),
  approveConsentRequest: (_, { id }, { viewer, database }) => approveConsentRequest(database, viewerIdOf(viewer, 'user'), id),
  declineConsentRequest: (_, { id }, { viewer, database }) => declineConsentRequest(database, viewerIdOf(viewer, 'user'), id),
  freezeMyFile: async (_, __, { viewer, database }) => fileFreezeOf(await setFileFreeze(database.dataSource, viewerIdOf(viewer, 'user'), true)),
  unfreezeMyFile: async (_, __, { viewer, database }) => fileFreezeOf(await setFileFreeze(database.dataSource, viewerIdOf(viewer, 'user'), false)),
  markNotificationsRead: (_, { upTo }, { viewer, database }) => markNotificationsRead(database.dataSource, viewerIdOf(viewer, 'user'), upTo),
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

  revokeConsent: (_, { id }, { viewer, database }) => revokeConsent(database, viewerIdOf(viewer, 'user'), id),
  changeConsent: (_, { id, input }, { viewer, database }) => changeConsent(database, viewerIdOf(viewer, 'user'), id, input),

  setWebhookEndpoint: (_, { url }, { viewer, database }) => setWebhookEndpoint(database, viewerIdOf(viewer, 'partner'), url),
  rotateWebhookSecret: (_, __, { viewer, database }) => rotateWebhookSecret(database, viewerIdOf(viewer, 'partner')),
  disableWebhookEndpoint: (_, { partnerId }, { database }) => disableWebhookEndpoint(database, partnerId),

  suspendPartner: (_, { id, reason }, context) => changePartnerAccess(context, id, 'SUSPENDED', reason),
  reinstatePartner: (_, { id }, context) => changePartnerAccess(context, id, 'ACTIVE'),

  deleteMyAccount: async (_, __, { viewer, database, peers }) => {
    return erasureStatusOf(database, await eraseAccount(database, peers, viewerIdOf(viewer, 'user')));
  },
};
