import { FURNISHING_SENDER, FurnishingPermits } from '../../../shared/consent/furnishing';
import { forbidden } from '../../../shared/errors';
import { isWellFormedId } from '../../../shared/ids';
import { findByKeys } from '../../../shared/store/rows-by-keys';
import { consentCovers } from '../consent-terms/consent-terms';
import { Consent } from '../entities/Consent';
import type { ConsentContext } from '../loaders';

const refused = (refusalCode: string, refusalMessage: string): FurnishingPermits => ({
  refusalCode,
  refusalMessage,
  allowed: [],
  furnisherName: null,
});

/**
 * Which of these consumers let the calling partner report their records. A partner that
 * is no furnisher, is suspended, or names no registered partner may report nothing; a
 * furnisher learns only which of the consumers it named allow it: a consumer who never
 * consented, revoked, let the consent expire, or does not exist is simply absent, so
 * the answer is the same whether they exist or not. Statements: the partner's
 * suspension and furnisher rows (primary keys), its consents for the subjects (1).
 */
export async function furnishingPermits(
  { viewer, caller, loaders, database, accountStanding }: ConsentContext,
  subjectIds: readonly string[],
  now = new Date(),
): Promise<FurnishingPermits> {
  if (caller !== FURNISHING_SENDER) throw forbidden('Only the credit-history subgraph asks for furnishing permits.');
  if (viewer.kind !== 'partner' || !(await accountStanding()))
    return refused('UNAUTHENTICATED', 'Only a registered partner furnishes records.');
  const [access, furnisher, furnisherName] = await Promise.all([
    loaders.partnerAccessById.load(viewer.partnerId),
    loaders.furnisherByPartnerId.load(viewer.partnerId),
    loaders.partnerName.load(viewer.partnerId),
  ]);
  if (access?.status === 'SUSPENDED')
    return refused('PARTNER_SUSPENDED', "This partner's access to Credence is suspended: it cannot furnish records.");
  if (!furnisher) return refused('FORBIDDEN', 'Only a partner Credence registered as a furnisher reports records.');
  const asked = [...new Set(subjectIds.filter(isWellFormedId))];
  const consents = await findByKeys(database.dataSource.manager, Consent, 'subjectId', asked, {
    partnerId: viewer.partnerId,
  });
  const allowing = new Set(
    consents.filter((consent) => consentCovers(consent, 'CREDIT_REPORTING', now)).map((c) => c.subjectId),
  );
  return {
    refusalCode: null,
    refusalMessage: null,
    allowed: asked.filter((id) => allowing.has(id)),
    furnisherName: furnisherName ?? 'A furnisher',
  };
}
