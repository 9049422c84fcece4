import { notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { Viewer } from '../../../shared/trust/viewer';
import { SubgraphDatabase } from '../../../shared/store/database';
import { SubgraphUrls } from '../../../shared/trust/internal-client';
import { fileFreezeOf, setFileFreeze } from '../freeze/file-freeze';
import type { ConsentLoaders } from '../loaders';
import { isKnownConsumer } from '../standing/live-accounts';
import { requireListAccess } from './consent-access';

/**
 * Staff freeze or unfreeze a consumer's file (who may: the fields' @requiresViewer). The act is
 * decided and logged in the consumer's access log under the staff member's reason before
 * anything changes, and the consumer's alerts say Credence did it (setFileFreeze's feed line).
 */
export async function setFileFreezeAsStaff(
  context: { viewer: Viewer; database: SubgraphDatabase; loaders: ConsentLoaders; peers: SubgraphUrls },
  subjectIdText: string,
  frozen: boolean,
) {
  const subjectId = requireWellFormedId(subjectIdText, 'subjectId');
  if (!(await isKnownConsumer(context.peers, subjectId))) throw notFound('Consumer', subjectIdText);
  const field = frozen ? 'Mutation.freezeConsumerFile' : 'Mutation.unfreezeConsumerFile';
  await requireListAccess(context.viewer, context.loaders, { kind: 'user', id: subjectId }, field, async () => [
    subjectId,
  ]);
  return fileFreezeOf(await setFileFreeze(context.database.dataSource, subjectId, frozen, new Date(), 'STAFF'));
}
