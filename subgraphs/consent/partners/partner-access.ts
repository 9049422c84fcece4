import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { badUserInput, ErrorCode, notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { existingEntityIds, SubgraphUrls } from '../../../shared/trust/internal-client';
import { viewerIdOf } from '../../../shared/trust/viewer-directive';
import { Viewer } from '../../../shared/trust/viewer';
import { AccountStanding, requireLiveAccount } from '../../../shared/trust/account-standing';
import { SUSPENDED_MESSAGE } from '../decision/partner-suspension';
import { PartnerAccess, PartnerAccessStatus } from '../entities/PartnerAccess';
import type { ConsentContext, ConsentLoaders } from '../loaders';

/**
 * For a partner's reads that no consent guards (the consents it holds, its requests, its
 * deliveries) and its writes: refused alike while suspended, and as from nobody when
 * its token names no partner Credence registered.
 */
export async function requireActivePartner(
  accessById: ConsentLoaders['partnerAccessById'],
  viewer: Viewer,
  standing: AccountStanding,
): Promise<void> {
  if (viewer.kind !== 'partner') return;
  await requireLiveAccount(standing);
  if ((await accessById.load(viewer.partnerId))?.status === 'SUSPENDED') {
    throw new GraphQLError(SUSPENDED_MESSAGE, { extensions: { code: ErrorCode.PARTNER_SUSPENDED } });
  }
}

const REASON_MIN_LENGTH = 3;
const REASON_MAX_LENGTH = 500;

/**
 * Suspends or reinstates a partner; asking for the state it is already in changes
 * nothing (so the time shows when it really changed). Takes effect from the next
 * decision: decisions are never cached beyond one request.
 */
export async function setPartnerAccess(
  dataSource: DataSource,
  partnerId: string,
  status: PartnerAccessStatus,
  staffId: string,
  reason: string | null = null,
): Promise<void> {
  const trimmed = reason?.trim() ?? null;
  if (
    status === 'SUSPENDED' &&
    (!trimmed || trimmed.length < REASON_MIN_LENGTH || trimmed.length > REASON_MAX_LENGTH)
  ) {
    throw badUserInput(
      `Say why the partner is suspended: ${REASON_MIN_LENGTH} to ${REASON_MAX_LENGTH} characters.`,
      'reason',
    );
  }
  const rows = dataSource.getRepository(PartnerAccess);
  const current = await rows.findOneBy({ partnerId });
  if ((current?.status ?? 'ACTIVE') === status) return;
  await rows.upsert({ partnerId, status, reason: trimmed, changedAt: new Date(), changedBy: staffId }, ['partnerId']);
}

/** The partner's id, once the users subgraph confirms it registered that partner; NOT_FOUND otherwise. */
export async function requireKnownPartner(peers: SubgraphUrls, id: string): Promise<string> {
  const partnerId = requireWellFormedId(id);
  if (!(await existingEntityIds(peers, 'users', 'consent', 'Partner', [partnerId])).has(partnerId))
    throw notFound('Partner', id);
  return partnerId;
}

/** suspendPartner and reinstatePartner (staff with the partners role: see their @requiresViewer), for a partner the users subgraph knows. */
export async function changePartnerAccess(
  { viewer, database, peers, loaders }: ConsentContext,
  id: string,
  status: PartnerAccessStatus,
  reason?: string,
): Promise<{ id: string }> {
  const staffId = viewerIdOf(viewer, 'staff');
  const partnerId = await requireKnownPartner(peers, id);
  await setPartnerAccess(database.dataSource, partnerId, status, staffId, reason);
  loaders.partnerAccessById.clear(partnerId);
  return { id: partnerId };
}

/**
 * A partner changing its endpoint or secret, or reading its deliveries (whose bodies
 * name consumers): refused while suspended, like its reads.
 */
export async function requireActiveEndpointOwner(
  viewer: Viewer,
  loaders: ConsentLoaders,
  standing: AccountStanding,
): Promise<string> {
  await requireActivePartner(loaders.partnerAccessById, viewer, standing);
  return viewerIdOf(viewer, 'partner');
}
