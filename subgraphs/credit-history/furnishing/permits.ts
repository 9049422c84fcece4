import { FURNISHING_PERMITS, FURNISHING_SENDER, FurnishingPermits } from '../../../shared/consent/furnishing';
import { callSubgraph, SubgraphUrls } from '../../../shared/trust/internal-client';
import { Viewer } from '../../../shared/trust/viewer';

/**
 * Asks the consent subgraph, as the furnisher, which of these consumers let it report
 * (one call whatever their number): nothing of any consumer's file is read before.
 */
export async function furnishingPermits(
  peers: SubgraphUrls,
  furnisher: Viewer,
  subjectIds: string[],
  requestId?: string,
): Promise<FurnishingPermits> {
  const data = await callSubgraph<{ furnishingPermits: FurnishingPermits }>(
    peers,
    'consent',
    FURNISHING_SENDER,
    furnisher,
    FURNISHING_PERMITS,
    { subjectIds },
    { requestId },
  );
  return data.furnishingPermits;
}
