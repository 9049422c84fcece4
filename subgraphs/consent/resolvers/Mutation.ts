import { requireConsumer } from '../../../shared/trust/access';
import { randomUUID } from 'node:crypto';
import { badUserInput, forbidden, notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { existingEntityIds } from '../../../shared/trust/internal-client';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { Viewer } from '../../../shared/trust/viewer';
import { AccessRequestInput, decideAndLog, requireSubgraphCaller } from '../decisions/access-log';
import { validateConsentRequest } from '../consents/consent-policy';
import { Consent } from '../entities/Consent';
import { ErasureRequest } from '../entities/ErasureRequest';
import { erasureStatusOf, requireAccountHolder } from '../erasure/erasure-status';
import { dispatchDueErasures, requestErasure } from '../erasure/outbox';
import { changePartnerAccess } from '../partners/partner-suspension';
import { ConsentLoaders } from '../loaders';
import type { MutationResolvers } from '../__generated__/resolvers-types';

type Context = SubgraphContext<ConsentLoaders>;
interface GrantConsentInput {
  partnerId: string;
  scopes: string[];
  purpose: string;
  expiresAt?: Date | null;
}

const requireGrantor = (viewer: Viewer) => requireConsumer(viewer, 'Only the consumer can grant or revoke their consents.');

export const Mutation: MutationResolvers = {
  grantConsent: async (_: unknown, { input }: { input: GrantConsentInput }, { viewer, database, peers }: Context) => {
    const subjectId = requireGrantor(viewer);
    const partnerId = requireWellFormedId(input.partnerId, 'partnerId');
    const now = new Date();
    const terms = validateConsentRequest(input, now);
    if (await database.dataSource.getRepository(ErasureRequest).existsBy({ subjectId })) {
      throw forbidden('This account has been deleted: it can no longer grant consents.');
    }
    const known = await existingEntityIds(peers, 'users', 'consent', 'Partner', [partnerId]);
    if (!known.has(partnerId)) throw badUserInput(`There is no partner ${partnerId}.`, 'partnerId');
    const consent = Object.assign(new Consent(), { id: randomUUID(), subjectId, partnerId, ...terms, grantedAt: now, revokedAt: null });
    return database.dataSource.getRepository(Consent).save(consent);
  },

  decideAccess: (_: unknown, { requests }: { requests: AccessRequestInput[] }, { viewer, database, caller }: Context) => {
    requireSubgraphCaller(caller);
    return decideAndLog(database, viewer, requests);
  },

  revokeConsent: async (_: unknown, { id }: { id: string }, { viewer, database }: Context) => {
    const subjectId = requireGrantor(viewer);
    const consents = database.dataSource.getRepository(Consent);
    const consent = await consents.findOneBy({ id: requireWellFormedId(id) });
    // Another consumer's consent is reported as missing: its existence is not theirs to learn.
    if (!consent || consent.subjectId !== subjectId) throw notFound('Consent', id);
    if (!consent.revokedAt) {
      consent.revokedAt = new Date();
      await consents.save(consent);
    }
    return consent;
  },

  suspendPartner: (_, { id, reason }, context) => changePartnerAccess(context, id, 'SUSPENDED', reason),
  reinstatePartner: (_, { id }, context) => changePartnerAccess(context, id, 'ACTIVE'),

  deleteMyAccount: async (_: unknown, __: unknown, { viewer, database, peers }: Context) => {
    const subjectId = requireAccountHolder(viewer);
    await requestErasure(database, subjectId);
    // First attempt now, so the usual case answers "completed"; the outbox retries the rest.
    await dispatchDueErasures(database, peers);
    return erasureStatusOf(database, await database.dataSource.getRepository(ErasureRequest).findOneByOrFail({ subjectId }));
  },
};
