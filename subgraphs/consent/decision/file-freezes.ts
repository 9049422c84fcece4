import { EntityManager } from 'typeorm';
import { findByKeys } from '../../../shared/store/rows-by-keys';
import { Viewer } from '../../../shared/trust/viewer';
import { FileFreeze } from '../entities/FileFreeze';
import { ReadRequest, Verdict } from './verdict';

export const FROZEN_MESSAGE = 'The consumer has frozen their file: no partner may read it until they unfreeze it.';

const frozenVerdict = (verdict: Verdict): Verdict => ({
  ...verdict,
  allowed: false,
  code: 'SUBJECT_FROZEN',
  message: FROZEN_MESSAGE,
  consentId: null,
});

/**
 * The decision's last question for a partner: which of the batch's subjects froze
 * their file? One batched primary-key lookup per partner batch, asked whatever the
 * verdicts so far, so a batch's statements do not depend on who consented. Only
 * reads a consent opened are refused with SUBJECT_FROZEN: a partner holding no
 * consent still gets CONSENT_REQUIRED and learns nothing of the consumer's choices;
 * one that holds one is refused whatever it covers. The consumer's own reads and
 * staff's are not partner reads and pass.
 */
export async function applyFileFreezes(
  manager: EntityManager,
  viewer: Viewer,
  requests: ReadRequest[],
  verdicts: Verdict[],
): Promise<Verdict[]> {
  if (viewer.kind !== 'partner') return verdicts;
  const subjects = [...new Set(requests.map((request) => request.subjectId))];
  const frozen = new Set(
    (await findByKeys(manager, FileFreeze, 'subjectId', subjects, { frozen: true })).map((row) => row.subjectId), // every partner read: hand-written
  );
  return verdicts.map((verdict, i) =>
    verdict.allowed && frozen.has(requests[i].subjectId) ? frozenVerdict(verdict) : verdict,
  );
}
