import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { forbidden, notFound } from '../../../shared/errors';
import { requireWellFormedId } from '../../../shared/ids';
import { DEMO_PARTNERS } from '../../../shared/demo/demo-population';
import { demoClientCredentials } from '../../../shared/demo/demo-credentials';
import { Partner } from '../entities/Partner';
import { PartnerCredential } from '../entities/PartnerCredential';

const hashOf = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

export interface IssuedCredentials {
  clientId: string;
  clientSecret: string;
  issuedAt: Date;
  partnerId: string;
}

/**
 * Staff issue a partner's client credentials, or rotate them: the client id stays, a new
 * secret replaces the old one at once (the old one's tokens live out their short life).
 * The secret is answered this once; only its hash is kept.
 */
export async function issuePartnerCredentials(
  dataSource: DataSource,
  staffId: string,
  partnerId: string,
  now = new Date(),
): Promise<IssuedCredentials> {
  requireWellFormedId(partnerId, 'partnerId');
  return dataSource.transaction(async (manager) => {
    if (!(await manager.getRepository(Partner).existsBy({ id: partnerId }))) throw notFound('Partner', partnerId);
    const rows = manager.getRepository(PartnerCredential);
    const existing = await rows.findOneBy({ partnerId });
    const clientId = existing?.clientId ?? `cid_${randomBytes(12).toString('hex')}`;
    const clientSecret = `csec_${randomBytes(32).toString('base64url')}`;
    await saveCredential(manager, {
      partnerId,
      clientId,
      secretHash: hashOf(clientSecret),
      issuedAt: now,
      issuedBy: staffId,
    });
    return { clientId, clientSecret, issuedAt: now, partnerId };
  });
}

async function saveCredential(manager: EntityManager, row: PartnerCredential): Promise<void> {
  await manager.getRepository(PartnerCredential).upsert(row, ['partnerId']);
}

/**
 * The partner these client credentials belong to, or null: the gateway's token endpoint
 * asks, and only the gateway may. The hash is compared in constant time.
 */
export async function partnerIdForClient(
  dataSource: DataSource,
  caller: string,
  clientId: string,
  clientSecret: string,
): Promise<string | null> {
  if (caller !== 'gateway') throw forbidden('Only the gateway checks client credentials.');
  const row = await dataSource.getRepository(PartnerCredential).findOneBy({ clientId });
  if (!row) return null;
  const given = Buffer.from(hashOf(clientSecret), 'hex');
  return timingSafeEqual(given, Buffer.from(row.secretHash, 'hex')) ? row.partnerId : null;
}

/** The demo partners' credentials, for those that have none yet (a store seeded before credentials existed too). */
export async function seedDemoCredentials(manager: EntityManager, at: Date): Promise<void> {
  const known = new Set((await manager.getRepository(Partner).findBy({})).map((partner) => partner.id));
  const held = new Set((await manager.getRepository(PartnerCredential).find()).map((row) => row.partnerId));
  for (const partner of DEMO_PARTNERS) {
    if (!known.has(partner.id) || held.has(partner.id)) continue;
    const { clientId, clientSecret } = demoClientCredentials(partner);
    await manager
      .getRepository(PartnerCredential)
      .insert({ partnerId: partner.id, clientId, secretHash: hashOf(clientSecret), issuedAt: at, issuedBy: null });
  }
}
