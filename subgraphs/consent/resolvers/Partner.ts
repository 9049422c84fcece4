import { ConsentStatus } from '../consents/consent-terms';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { requireListAccess, withStatus } from '../consents/consent-access';
import { ConsentLoaders } from '../loaders';

type Context = SubgraphContext<ConsentLoaders>;

export const Partner = {
  consentsHeld: async ({ id }: { id: string }, { status }: { status?: ConsentStatus }, { viewer, loaders }: Context) => {
    requireListAccess(viewer, { kind: 'partner', id });
    return withStatus(await loaders.consentsByPartnerId.load(id), status);
  },
};
