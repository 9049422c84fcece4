import { changeFurnisher } from '../partners/furnishers';
import { recordFurnishingNotices, requireFurnishingNoticeCaller } from '../notifications/furnishing-notices';
import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import { asBackgroundWork } from '../../../shared/store/database';
import { ANONYMOUS } from '../../../shared/trust/viewer';
import { decideAndLog, requireSubgraphCaller } from '../decision/decide-and-log';
import { grantConsent } from '../consents/grant-consent';
import { approveConsentRequest, cancelConsentRequest, declineConsentRequest } from '../consent-requests/answer-request';
import { requireRequester } from '../consent-requests/request-access';
import { requestConsent } from '../consent-requests/request-consent';
import { revokeConsent } from '../consents/revoke-consent';
import { changeConsent } from '../consents/change-consent';
import { erasureStatusOf } from '../erasure/erasure-status';
import { eraseAccount } from '../erasure/erase-subject';
import { changePartnerAccess, requireActiveEndpointOwner } from '../partners/partner-access';
import { disableWebhookEndpoint, rotateWebhookSecret, setWebhookEndpoint } from '../webhooks/webhook-endpoints';
import { fileFreezeOf, setFileFreeze } from '../freeze/file-freeze';
import { setFileFreezeAsStaff } from '../consents/staff-file-freeze';
import { markNotificationsRead } from '../notifications/notification-feed';
import { recordDisputeNotice, requireDisputeNoticeCaller } from '../notifications/dispute-notices';
import { recordScoreChangeNotices, requireScoreChangeNoticeCaller } from '../notifications/score-change-notices';
import { claimIdempotencyKey, requireGatewayCaller, settleIdempotencyKey } from '../idempotency/idempotency-keys';
import type { MutationResolvers } from '../__generated__/resolvers-types';

// Every consumer write is the consumer's with a live account (its @requiresViewer(live: true) sees to both).
export const Mutation: MutationResolvers = {
  grantConsent: (_, { input }, { viewer, database, peers }) =>
    grantConsent(database, peers, viewerIdOf(viewer, 'user'), input),

  requestConsent: async (_, { input }, { viewer, database, peers, loaders, accountStanding }) =>
    requestConsent(database, peers, await requireRequester(viewer, loaders, accountStanding), input),
  cancelConsentRequest: async (_, { id }, { viewer, database, loaders, accountStanding }) =>
    cancelConsentRequest(database, await requireRequester(viewer, loaders, accountStanding), id),
  approveConsentRequest: (_, { id }, { viewer, database }) =>
    approveConsentRequest(database, viewerIdOf(viewer, 'user'), id),
  declineConsentRequest: (_, { id }, { viewer, database }) =>
    declineConsentRequest(database, viewerIdOf(viewer, 'user'), id),
  freezeMyFile: async (_, __, { viewer, database }) =>
    fileFreezeOf(await setFileFreeze(database.dataSource, viewerIdOf(viewer, 'user'), true)),
  unfreezeMyFile: async (_, __, { viewer, database }) =>
    fileFreezeOf(await setFileFreeze(database.dataSource, viewerIdOf(viewer, 'user'), false)),
  freezeConsumerFile: (_, { subjectId }, context) => setFileFreezeAsStaff(context, subjectId, true),
  unfreezeConsumerFile: (_, { subjectId }, context) => setFileFreezeAsStaff(context, subjectId, false),
  markNotificationsRead: (_, { upTo }, { viewer, database }) =>
    markNotificationsRead(database.dataSource, viewerIdOf(viewer, 'user'), upTo),
  recordDisputeNotice: async (_, { notice }, { caller, database }) => {
    requireDisputeNoticeCaller(caller);
    // a worker's delivery, not a client's request: its SQL is counted with the workers'
    await asBackgroundWork(() => recordDisputeNotice(database.dataSource, notice));
    return true;
  },
  recordScoreChangeNotices: async (_, { notices }, { caller, database }) => {
    requireScoreChangeNoticeCaller(caller);
    await asBackgroundWork(() => recordScoreChangeNotices(database.dataSource, notices));
    return true;
  },

  recordFurnishingNotices: async (_, { notices }, { caller, database }) => {
    requireFurnishingNoticeCaller(caller);
    await asBackgroundWork(() => recordFurnishingNotices(database.dataSource, notices));
    return true;
  },

  claimIdempotencyKey: (_, { key, fingerprint }, { caller, viewer, database }) => {
    requireGatewayCaller(caller);
    return claimIdempotencyKey(database.dataSource, viewer, key, fingerprint);
  },
  settleIdempotencyKey: (_, { key, response, httpStatus }, { caller, viewer, database }) => {
    requireGatewayCaller(caller);
    const answer = response === null || response === undefined ? null : { response, httpStatus: httpStatus ?? 200 };
    return settleIdempotencyKey(database.dataSource, viewer, key, answer);
  },

  decideAccess: async (_, { requests }, { viewer, database, caller, requestId, accountStanding }) => {
    requireSubgraphCaller(caller);
    // A partner token naming no registered partner reads as nobody (and is logged so), not as a partner.
    const reader = viewer.kind === 'partner' && !(await accountStanding()) ? ANONYMOUS : viewer;
    return decideAndLog(
      database,
      reader,
      requestId,
      requests.map((request) => ({ ...request, scope: request.scope ?? null })),
    );
  },

  revokeConsent: (_, { id }, { viewer, database }) => revokeConsent(database, viewerIdOf(viewer, 'user'), id),
  changeConsent: (_, { id, input }, { viewer, database }) =>
    changeConsent(database, viewerIdOf(viewer, 'user'), id, input),

  setWebhookEndpoint: async (_, { url }, { viewer, database, loaders, accountStanding }) =>
    setWebhookEndpoint(database, await requireActiveEndpointOwner(viewer, loaders, accountStanding), url),
  rotateWebhookSecret: async (_, { overlapHours }, { viewer, database, loaders, accountStanding }) =>
    rotateWebhookSecret(database, await requireActiveEndpointOwner(viewer, loaders, accountStanding), overlapHours),
  disableWebhookEndpoint: (_, { partnerId }, { database }) => disableWebhookEndpoint(database, partnerId),

  suspendPartner: (_, { id, reason }, context) => changePartnerAccess(context, id, 'SUSPENDED', reason),
  reinstatePartner: (_, { id }, context) => changePartnerAccess(context, id, 'ACTIVE'),
  setPartnerFurnisher: (_, { id, furnisher }, context) => changeFurnisher(context, id, furnisher),

  deleteMyAccount: async (_, __, { viewer, database, peers }) => {
    return erasureStatusOf(database, await eraseAccount(database, peers, viewerIdOf(viewer, 'user')));
  },
};
