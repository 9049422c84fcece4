import { requireConsumer } from '../../../shared/trust/access';
import { ConsentStatus } from '../consents/consent-terms';
import { forbidden, unauthenticated } from '../../../shared/errors';
import { SubgraphContext } from '../../../shared/server/subgraph-server';
import { withStatus } from '../consents/consent-access';
import { ErasureRequest } from '../entities/ErasureRequest';
import { erasureStatusOf, requireAccountHolder } from '../erasure/erasure-status';
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
  myErasure: async (_: unknown, __: unknown, { viewer, database }: Context) => {
    const subjectId = requireAccountHolder(viewer);
    const request = await database.dataSource.getRepository(ErasureRequest).findOneBy({ subjectId });
    return request && erasureStatusOf(database, request);
  },
};
