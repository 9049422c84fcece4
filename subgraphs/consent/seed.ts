import { DataSource } from 'typeorm';
import { DEMO_PARTNERS, DEMO_REFERENCE_DATE, DEMO_SEED, demoUserId } from '../../shared/demo/demo-population';
import { ConsentScope } from '../../shared/consent/consent-scopes';
import { deterministicId } from '../../shared/ids';
import { insertInChunks } from '../../shared/demo/seeding';
import { Consent } from './entities/Consent';
import { Furnisher } from './entities/Furnisher';
import { DAY_MS } from '../../shared/time';

/** What each demo partner typically asks for: as little as its purpose needs. */
const ASKS: { scopes: ConsentScope[]; purpose: string }[] = [
  { scopes: ['SCORE_THRESHOLD'], purpose: 'Waive the bike deposit when the score is good enough.' },
  { scopes: ['SCORE_BAND'], purpose: 'Offer pay-later travel bookings.' },
  {
    scopes: ['SCORE_VALUE', 'SCORE_FACTORS', 'CREDIT_HISTORY', 'PROFILE'],
    purpose: 'Assess a consumer-loan application.',
  },
  { scopes: ['SCORE_BAND'], purpose: 'Decide on a phone contract without a deposit.' },
  { scopes: ['SCORE_THRESHOLD'], purpose: 'Offer furniture on instalments.' },
];

/**
 * Some consents for every fifth demo user: mostly active, some revoked, some expired,
 * so the demo shows every state. Seeded relative to the demo's reference date.
 */
export async function seedConsents(dataSource: DataSource, limit = 1000): Promise<number> {
  if ((await dataSource.getRepository(Consent).count()) > 0) return 0;
  await seedFurnishers(dataSource);
  const consents: Consent[] = [];
  for (let k = 0, index = 1; index <= limit; k += 1, index += 5) {
    const partnerIndex = k % DEMO_PARTNERS.length;
    const ask = ASKS[partnerIndex];
    const grantedAt = new Date(DEMO_REFERENCE_DATE.getTime() - (index % 200) * DAY_MS);
    const state = (k * 7) % 3; // 0 active, 1 revoked, 2 expired: every partner gets every state
    consents.push(
      Object.assign(new Consent(), {
        id: deterministicId(`${DEMO_SEED}:consent:${index}`),
        subjectId: demoUserId(index),
        partnerId: DEMO_PARTNERS[partnerIndex].id,
        scopes: ask.scopes,
        purpose: ask.purpose,
        grantedAt,
        expiresAt:
          state === 2
            ? new Date(grantedAt.getTime() + 30 * DAY_MS)
            : new Date(DEMO_REFERENCE_DATE.getTime() + 365 * DAY_MS),
        revokedAt: state === 1 ? new Date(grantedAt.getTime() + 10 * DAY_MS) : null,
      }),
    );
  }
  await dataSource.transaction((manager) => insertInChunks(manager, Consent, consents));
  return consents.length;
}

/** The demo's lenders and telecoms furnish records: the lending and telecom demo partners. */
async function seedFurnishers(dataSource: DataSource): Promise<void> {
  const markedAt = new Date();
  await dataSource
    .getRepository(Furnisher)
    .insert(
      DEMO_PARTNERS.filter((partner) => partner.category === 'LENDING' || partner.category === 'TELECOM').map(
        (partner) => ({ partnerId: partner.id, markedAt, markedBy: null }),
      ),
    );
}
