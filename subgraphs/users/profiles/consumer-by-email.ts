import { DataSource } from 'typeorm';
import { normalizeEmail } from '../../../shared/email';
import { forbidden } from '../../../shared/errors';
import { UserProfile } from '../entities/UserProfile';

/**
 * Which consumer has this e-mail, for the consent subgraph alone: a partner addresses a
 * consent request by e-mail, and only the consumer it names may see it. The answer never
 * leaves Credence (the field is @inaccessible and the consent subgraph does not echo it).
 */
export async function consumerIdByEmail(dataSource: DataSource, caller: string, email: string): Promise<string | null> {
  if (caller !== 'consent') throw forbidden('Only the consent subgraph may look consumers up by e-mail.');
  const profile = await dataSource
    .getRepository(UserProfile)
    .findOne({ where: { email: normalizeEmail(email) }, select: { id: true } });
  return profile?.id ?? null;
}
