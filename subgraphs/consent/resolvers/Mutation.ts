import { IsNull } from 'typeorm';
import { requireConsumer } from '../../../shared/trust/access';
import { notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { Viewer } from '../../../shared/trust/viewer';
import { decideAndLog, requireSubgraphCaller } from '../decisions/access-log';
import { grantConsent } from '../consents/grant-consent';
import { Consent } from '../entities/Consent';
import { erasureStatusOf, requireAccountHolder } from '../erasure/erasure-status';
import { eraseAccount } from '../erasure/outbox';
import { changePartnerAccess } from '../partners/partner-suspension';
import type { MutationResolvers } from '../__generated__/resolvers-types';

const requireGrantor = (viewer: Viewer) => requireConsumer(viewer, 'Only the consumer can grant or revoke their consents.');

export const Mutation: MutationResolvers = {
  grantConsent: (_, { input }, { viewer, database, peers }) => grantConsent(database, peers, requireGrantor(viewer), input),

  decideAccess: (_, { requests }, { viewer, database, caller, requestId }) => {
    requireSubgraphCaller(caller);
    return decideAndLog(database, viewer, requestId, requests);
  },

  revokeConsent: async (_, { id }, { viewer, database }) => {
    const subjectId = requireGrantor(viewer);
    const consents = database.dataSource.getRepository(Consent);
    const consentId = requireWellFormedId(id);
    // A conditional UPDATE of the one column, not a save: an erasure may pseudonymise the row meanwhile.
    await consents.update({ id: consentId, subjectId, revokedAt: IsNull() }, { revokedAt: new Date() });
    const consent = await consents.findOneBy({ id: consentId, subjectId });
    // Another consumer's consent is reported as missing: its existence is not theirs to learn.
    if (!consent) throw notFound('Consent', id);
    return consent;
  },

  suspendPartner: (_, { id, reason }, context) => changePartnerAccess(context, id, 'SUSPENDED', reason),
  reinstatePartner: (_, { id }, context) => changePartnerAccess(context, id, 'ACTIVE'),

  deleteMyAccount: async (_, __, { viewer, database, peers }) => {
    const subjectId = requireAccountHolder(viewer);
    return erasureStatusOf(database, await eraseAccount(database, peers, subjectId));
  },
};
