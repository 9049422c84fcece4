import { ConsentStatus } from '../../../shared/consent/consent-scopes';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { requireListAccess, withStatus } from '../consents/consent-access';
import { ConsentLoaders } from '../loaders';

type Context = SubgraphContext<ConsentLoaders>;

export const Partner = {
  consentsHeld: async ({ id }: { id: string }, { status }: { status?: ConsentStatus }, { viewer, loaders }: Context) => {
    const held = () => loaders.consentsByPartnerId.load(id);
    // Staff see each listed consumer's consent: that read lands in each one's access log.
    await requireListAccess(viewer, loaders, { kind: 'partner', id }, 'Partner.consentsHeld', async () =>
      withStatus(await held(), status).map((consent) => consent.subjectId),
    );
    return withStatus(await held(), status);
  },
};
