import { requireConsumer } from '../../../shared/trust/access';
import { ConsentStatus } from '../../../shared/consent/consent-scopes';
import { forbidden, unauthenticated } from '../../../shared/errors';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { withStatus } from '../consents/consent-access';
import { ConsentLoaders } from '../loaders';

type Context = SubgraphContext<ConsentLoaders>;
type StatusArgs = { status?: ConsentStatus };

export const Query = {
  myConsents: async (_: unknown, { status }: StatusArgs, { viewer, loaders }: Context) => {
    const subjectId = requireConsumer(viewer, 'Only a consumer has consents of their own.');
    return withStatus(await loaders.consentsBySubjectId.load(subjectId), status);
  },
  consentsHeldByMe: async (_: unknown, { status }: StatusArgs, { viewer, loaders }: Context) => {
    if (viewer.kind === 'anonymous') throw unauthenticated();
    if (viewer.kind !== 'partner') throw forbidden('Only a partner holds consents.');
    return withStatus(await loaders.consentsByPartnerId.load(viewer.partnerId), status);
  },
};
