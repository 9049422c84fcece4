import { requireLiveAccount, requireLiveConsumer } from '../../../shared/trust/account-standing';
import type { ConsentContext } from '../loaders';
import { asBackgroundWork } from '../../../shared/store/database';
import { ANONYMOUS, Viewer } from '../../../shared/trust/viewer';
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
import { disableWebhookEndpoint, requireActiveEndpointOwner, requireEndpointStaff, rotateWebhookSecret, setWebhookEndpoint } from '../webhooks/webhook-endpoints';
import { fileFreezeOf, requireFreezer, setFileFreeze } from '../freeze/file-freeze';
import { markNotificationsRead, requireFeedOwner } from '../notifications/notification-feed';
import { recordDisputeNotice, requireDisputeNoticeCaller } from '../notifications/dispute-notices';
import type { MutationResolvers } from '../__generated__/resolvers-types';

// Every consumer write: the consumer, with a live account (never registered or deleted: UNAUTHENTICATED, nothing written).
const GRANTOR = 'Only the consumer can grant, change or revoke their consents.';
const requireGrantor = ({ viewer, accountStanding }: ConsentContext) => requireLiveConsumer(viewer, accountStanding, GRANTOR);
const liveConsumer = (refuse: (viewer: Viewer) => string) => async ({ viewer, accountStanding }: ConsentContext) => {
  const subjectId = refuse(viewer);
  await requireLiveAccount(accountStanding);
  return subjectId;
};
const requireLiveAnswerer = liveConsumer(requireAnswerer);
const requireLiveFreezer = liveConsumer(requireFreezer);
const requireLiveFeedOwner = liveConsumer(requireFeedOwner);
const requireLiveAccountHolder = liveConsumer(requireAccountHolder);

export const Mutation: MutationResolvers = {
  grantConsent: async (_, { input }, context) => grantConsent(context.database, context.peers, await requireGrantor(context), input),

  requestConsent: async (_, { input }, { viewer, database, peers, loaders, accountStanding }) =>
    requestConsent(database, peers, await requireRequester(viewer, loaders, accountStanding), input),
  approveConsentRequest: async (_, { id }, context) => approveConsentRequest(context.database, await requireLiveAnswerer(context), id),
  declineConsentRequest: async (_, { id }, context) => declineConsentRequest(context.database, await requireLiveAnswerer(context), id),
  freezeMyFile: async (_, __, context) => fileFreezeOf(await setFileFreeze(context.database.dataSource, await requireLiveFreezer(context), true)),
  unfreezeMyFile: async (_, __, context) => fileFreezeOf(await setFileFreeze(context.database.dataSource, await requireLiveFreezer(context), false)),
  markNotificationsRead: async (_, { upTo }, context) => markNotificationsRead(context.database.dataSource, await requireLiveFeedOwner(context), upTo),
  recordDisputeNotice: async (_, { notice }, { caller, database }) => {
    requireDisputeNoticeCaller(caller);
    // a worker's delivery, not a client's request: its SQL is counted with the workers'
    await asBackgroundWork(() => recordDisputeNotice(database.dataSource, notice));
    return true;
  },

  decideAccess: async (_, { requests }, { viewer, database, caller, requestId, accountStanding }) => {
    requireSubgraphCaller(caller);
    // A partner token naming no registered partner reads as nobody (and is logged so), not as a partner.
    const reader = viewer.kind === 'partner' && !(await accountStanding()) ? ANONYMOUS : viewer;
    return decideAndLog(database, reader, requestId, requests.map((request) => ({ ...request, scope: request.scope ?? null })));
  },

  revokeConsent: async (_, { id }, context) => revokeConsent(context.database, await requireGrantor(context), id),
  changeConsent: async (_, { id, input }, context) => changeConsent(context.database, await requireGrantor(context), id, input),

  setWebhookEndpoint: async (_, { url }, { viewer, database, loaders, accountStanding }) =>
    setWebhookEndpoint(database, await requireActiveEndpointOwner(viewer, loaders, accountStanding), url),
  rotateWebhookSecret: async (_, __, { viewer, database, loaders, accountStanding }) =>
    rotateWebhookSecret(database, await requireActiveEndpointOwner(viewer, loaders, accountStanding)),
  disableWebhookEndpoint: (_, { partnerId }, { viewer, database }) => {
    requireEndpointStaff(viewer);
    return disableWebhookEndpoint(database, partnerId);
  },

  suspendPartner: (_, { id, reason }, context) => changePartnerAccess(context, id, 'SUSPENDED', reason),
  reinstatePartner: (_, { id }, context) => changePartnerAccess(context, id, 'ACTIVE'),

  deleteMyAccount: async (_, __, context) => {
    const subjectId = await requireLiveAccountHolder(context);
    return erasureStatusOf(context.database, await eraseAccount(context.database, context.peers, subjectId));
  },
};
