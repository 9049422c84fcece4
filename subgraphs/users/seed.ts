import { DataSource } from 'typeorm';
import { DEMO_PARTNERS, DEMO_REFERENCE_DATE, demoUsers } from '../../shared/demo/demo-population';
import { insertInChunks } from '../../shared/demo/seeding';
import { Partner } from './entities/Partner';
import { UserProfile } from './entities/UserProfile';
import { distinctReferences } from './profiles/credence-reference';
import { seedDemoCredentials } from './partners/partner-credentials';
import { ScoringInputsChange, scoringInputsChanges } from '../../shared/scoring/scoring-inputs-change';

/** Seeds the demo users and partners when the store is empty; returns how many users it wrote. */
export async function seedUsers(dataSource: DataSource, limit?: number): Promise<number> {
  if ((await dataSource.getRepository(UserProfile).count()) > 0) {
    await dataSource.transaction((manager) => seedDemoCredentials(manager, DEMO_REFERENCE_DATE));
    return 0;
  }
  const demo = demoUsers(limit);
  const references = distinctReferences(demo.map((user) => user.id));
  const users = demo.map(({ id, applicant, displayName, email, phone, createdAt, optedInAt }, index) => {
    const c = applicant.characteristics;
    return dataSource.getRepository(UserProfile).create({
      id,
      displayName,
      email,
      phone,
      reference: references[index],
      createdAt,
      optedInAt,
      employmentSince: c.employmentSince,
      residenceYears: c.residenceYears,
      property: c.property,
      housing: c.housing,
      job: c.job,
      dependents: c.dependents,
      hasTelephone: c.hasTelephone,
    });
  });
  await dataSource.transaction(async (manager) => {
    await insertInChunks(manager, UserProfile, users);
    // Every seeded profile is announced to scores, so the demo has scores from the start.
    await insertInChunks(
      manager,
      ScoringInputsChange,
      scoringInputsChanges(users.map((user) => ({ subjectId: user.id, version: 1 }))),
    );
    await insertInChunks(
      manager,
      Partner,
      DEMO_PARTNERS.map((partner) =>
        Object.assign(new Partner(), {
          ...partner,
          createdAt: DEMO_REFERENCE_DATE,
          redirectUri: null,
          registeredBy: null,
        }),
      ),
    );
    await seedDemoCredentials(manager, DEMO_REFERENCE_DATE);
  });
  return users.length;
}
