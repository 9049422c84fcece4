import { upsertRows } from '../../../shared/store/upsert';
import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import { Furnisher } from '../entities/Furnisher';
import type { ConsentContext } from '../loaders';
import { requireKnownPartner } from './partner-access';

/**
 * setPartnerFurnisher (staff with the partners role: see its @requiresViewer), for a
 * partner the users subgraph knows. Marking a furnisher twice keeps the first mark;
 * unmarking stops its next report, and leaves what it furnished on file.
 */
export async function changeFurnisher(
  { viewer, database, peers, loaders }: ConsentContext,
  id: string,
  furnisher: boolean,
): Promise<{ id: string }> {
  const staffId = viewerIdOf(viewer, 'staff');
  const partnerId = await requireKnownPartner(peers, id);
  const rows = database.dataSource.getRepository(Furnisher);
  if (furnisher) {
    const row = Object.assign(new Furnisher(), { partnerId, markedAt: new Date(), markedBy: staffId });
    await upsertRows(database.dataSource.manager, Furnisher, [row], '("partner_id") DO NOTHING');
  } else {
    await rows.delete({ partnerId });
  }
  loaders.furnisherByPartnerId.clear(partnerId);
  return { id: partnerId };
}
