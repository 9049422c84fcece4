import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import { callSubgraph, SubgraphUrls } from './internal-client';
import { Viewer } from './viewer';

const SUSPENDED = `query Suspended { viewerIsSuspendedPartner }`;

/**
 * For a partner's own reads and writes that no consent guards, in a subgraph other
 * than consent (a furnisher's disputes): refused with PARTNER_SUSPENDED while staff
 * suspend the partner, as the consent subgraph refuses its own (requireActivePartner).
 * The consent subgraph holds suspensions; one call per request that asks.
 */
export async function requireUnsuspendedPartner(
  peers: SubgraphUrls,
  caller: string,
  viewer: Viewer,
  requestId: string,
  refusal: string,
): Promise<void> {
  if (viewer.kind !== 'partner') return;
  const data = await callSubgraph<{ viewerIsSuspendedPartner: boolean }>(
    peers,
    'consent',
    caller,
    viewer,
    SUSPENDED,
    {},
    { requestId },
  );
  if (data.viewerIsSuspendedPartner) {
    throw new GraphQLError(refusal, { extensions: { code: ErrorCode.PARTNER_SUSPENDED } });
  }
}
