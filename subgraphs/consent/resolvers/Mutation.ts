import { IsNull } from 'typeorm';
import { requireConsumer } from '../../../shared/trust/access';
import { notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { Viewer } from '../../../shared/trust/viewer';
import { AccessRequestInput, decideAndLog, requireSubgraphCaller } from '../decisions/access-log';
import { grantConsent, GrantConsentInput } from '../consents/grant-consent';
import { Consent } from '../entities/Consent';
import { ConsentLoaders } from '../loaders';

type Context = SubgraphContext<ConsentLoaders>;

const requireGrantor = (viewer: Viewer) => requireConsumer(viewer, 'Only the consumer can grant or revoke their consents.');

export const Mutation = {
  grantConsent: (_: unknown, { input }: { input: GrantConsentInput }, { viewer, database, peers }: Context) =>
    grantConsent(database, peers, requireGrantor(viewer), input),

  decideAccess: (_: unknown, { requests }: { requests: AccessRequestInput[] }, { viewer, database, caller }: Context) => {
    requireSubgraphCaller(caller);
    return decideAndLog(database, viewer, requests);
  },

  revokeConsent: async (_: unknown, { id }: { id: string }, { viewer, database }: Context) => {
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
};
