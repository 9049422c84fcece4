import { EntityManager } from 'typeorm';
import { Viewer } from '../../../shared/trust/viewer';
import { PartnerAccess } from '../entities/PartnerAccess';
import { Verdict } from './verdict';

export const SUSPENDED_MESSAGE =
  "This partner's access to Credence is suspended: every read is refused until Credence reinstates it.";

export const isSuspended = (manager: EntityManager, partnerId: string) =>
  manager.getRepository(PartnerAccess).existsBy({ partnerId, status: 'SUSPENDED' });

/**
 * The decision's first question for a partner: is it suspended? One primary-key
 * lookup per batch. A suspended partner's every read is denied with PARTNER_SUSPENDED,
 * whatever consents it holds, and the denial is logged like any other: the consumer
 * sees the attempt. Returns the verdict for every request of the batch, or null.
 */
export async function suspensionVerdict(manager: EntityManager, viewer: Viewer): Promise<Verdict | null> {
  if (viewer.kind !== 'partner' || !(await isSuspended(manager, viewer.partnerId))) return null;
  return { allowed: false, code: 'PARTNER_SUSPENDED', message: SUSPENDED_MESSAGE, consentId: null, purpose: null };
}
