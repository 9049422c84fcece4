import { SubgraphDatabase } from '../../../shared/store/database';
import { existingEntityIds, SubgraphUrls } from '../../../shared/trust/internal-client';
import { Viewer } from '../../../shared/trust/viewer';
import { ErasureRequest } from '../entities/ErasureRequest';

/**
 * Ids the users subgraph has confirmed, per kind. Remembering a yes is sound: no partner
 * is ever removed, and a consumer stops being live only by erasure, which is checked in
 * this subgraph's store on every request, before this. Bounded: emptied when full.
 */
const confirmed = { User: new Set<string>(), Partner: new Set<string>() };
const CONFIRMED_LIMIT = 50_000;

async function knownToUsers(peers: SubgraphUrls, typename: 'User' | 'Partner', id: string): Promise<boolean> {
  const known = confirmed[typename];
  if (known.has(id)) return true;
  if (!(await existingEntityIds(peers, 'users', 'consent', typename, [id])).has(id)) return false;
  if (known.size >= CONFIRMED_LIMIT) known.clear();
  known.add(id);
  return true;
}

/** Whether the users subgraph knows this consumer (staff acting on a file name one). */
export const isKnownConsumer = (peers: SubgraphUrls, subjectId: string) => knownToUsers(peers, 'User', subjectId);

/**
 * The viewer's standing (see shared/trust/account-standing.ts): a consumer not erased
 * (one indexed lookup here) whom the users subgraph knows; a partner it registered.
 * Staff and anonymous callers have no account to check.
 */
export async function hasLiveAccount(
  database: SubgraphDatabase,
  peers: SubgraphUrls,
  viewer: Viewer,
): Promise<boolean> {
  if (viewer.kind === 'partner') return knownToUsers(peers, 'Partner', viewer.partnerId);
  if (viewer.kind !== 'user') return true;
  if (await database.dataSource.getRepository(ErasureRequest).existsBy({ subjectId: viewer.userId })) return false;
  return knownToUsers(peers, 'User', viewer.userId);
}
