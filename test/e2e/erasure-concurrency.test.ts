import { In } from 'typeorm';
import { Platform } from '../../platform/launcher';
import { Consent } from '../../subgraphs/consent/entities/Consent';
import { FileFreeze } from '../../subgraphs/consent/entities/FileFreeze';
import { Notification } from '../../subgraphs/consent/entities/Notification';
import { startTestPlatform } from '../support/platform';
import { asPartner, asUser, codesOf, graphql, nodesOf, partnerId, userId } from '../support/graphql';

let platform: Platform;
beforeAll(async () => {
  process.env.CREDENCE_ERASURE_RETRY_MS = '50'; // the outbox polls busily all along
  platform = await startTestPlatform({ seedLimit: 30 });
});
afterAll(async () => {
  await platform.stop();
  delete process.env.CREDENCE_ERASURE_RETRY_MS;
});

const GRANT = `mutation G($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const DELETE = `mutation { deleteMyAccount { completedAt consentsRevoked } }`;
const HELD = `{ consentsHeldByMe(status: ACTIVE, first: 100) { edges { node { id subject { id } } } } }`;
const GRANTS_PER_ROUND = 8;
const PARTNERS = [0, 1, 2, 3];
const FREEZES_PER_ROUND = 12;

describe('an erasure racing consent grants', () => {
  // The erasure is sent a little later each round, so it lands at different points of the grants' work.
  test.each([
    [20, 0],
    [21, 5],
    [22, 10],
    [23, 20],
    [24, 40],
  ])(
    'leaves no consent of consumer %i active once deleteMyAccount (sent after %i ms) has returned, whatever the grants sent with it did',
    async (subject, delayMs) => {
      const caller = await asUser(subject);
      const grant = (i: number) =>
        graphql(
          platform.gatewayUrl,
          GRANT,
          {
            input: {
              partnerId: partnerId(PARTNERS[i % PARTNERS.length]),
              scopes: ['SCORE_VALUE'],
              purpose: `race ${i}`,
            },
          },
          caller,
        );
      const [erasure, ...grants] = await Promise.all([
        new Promise((resolve) => setTimeout(resolve, delayMs)).then(() =>
          graphql(platform.gatewayUrl, DELETE, {}, caller),
        ),
        ...Array.from({ length: GRANTS_PER_ROUND }, (_, i) => grant(i)),
      ]);
      expect(erasure.errors).toBeUndefined();
      // Each grant either happened before the erasure (and was revoked by it) or was refused.
      const granted = grants
        .filter((response) => !response.errors)
        .map((response) => response.data!.grantConsent.id as string);
      for (const refused of grants.filter((response) => response.errors))
        expect(codesOf(refused)).toEqual(['UNAUTHENTICATED']);
      expect(erasure.data!.deleteMyAccount.consentsRevoked).toBe(granted.length);

      const consents = platform.databases.consent.dataSource.getRepository(Consent);
      expect(await consents.countBy({ subjectId: userId(subject) })).toBe(0);
      const survivors = await consents.findBy({ id: In(granted) });
      expect(survivors).toHaveLength(granted.length);
      expect(survivors.filter((consent) => consent.revokedAt === null)).toEqual([]);
      for (const partner of PARTNERS) {
        const held = nodesOf<{ subject: { id: string } }>(
          (await graphql(platform.gatewayUrl, HELD, {}, await asPartner(partner))).data!.consentsHeldByMe,
        )!;
        expect(held.filter((consent) => consent.subject.id === userId(subject))).toEqual([]);
      }
      // and a grant sent afterwards is refused
      expect(codesOf(await grant(0))).toEqual(['UNAUTHENTICATED']);
    },
  );
});

describe("an erasure racing freezes (the subject lock is proved on PostgreSQL; SQLite's one writer orders them anyway)", () => {
  test.each([
    [25, 0],
    [8, 2],
    [26, 5],
    [9, 8],
    [27, 10],
    [10, 15],
    [28, 20],
    [11, 30],
    [29, 40],
    [12, 60],
  ])(
    'leaves no freeze and no alert of consumer %i once deleteMyAccount (sent after %i ms) has returned; each freeze was before it or refused',
    async (subject, delayMs) => {
      const caller = await asUser(subject);
      const freeze = (i: number) =>
        graphql(
          platform.gatewayUrl,
          i % 2 ? `mutation { unfreezeMyFile { frozen } }` : `mutation { freezeMyFile { frozen } }`,
          {},
          caller,
        );
      const [erasure, ...freezes] = await Promise.all([
        new Promise((resolve) => setTimeout(resolve, delayMs)).then(() =>
          graphql(platform.gatewayUrl, DELETE, {}, caller),
        ),
        ...Array.from({ length: FREEZES_PER_ROUND }, (_, i) => freeze(i)),
      ]);
      expect(erasure.errors).toBeUndefined();
      for (const refused of freezes.filter((response) => response.errors))
        expect(codesOf(refused)).toEqual(['UNAUTHENTICATED']);
      const store = platform.databases.consent.dataSource;
      expect(await store.getRepository(FileFreeze).countBy({ subjectId: userId(subject) })).toBe(0);
      expect(await store.getRepository(Notification).countBy({ subjectId: userId(subject) })).toBe(0);
      expect(codesOf(await freeze(0))).toEqual(['UNAUTHENTICATED']);
    },
  );
});

describe('deleteMyAccount', () => {
  test('answers with its own first delivery, however many erasures run at once and whatever the outbox is doing', async () => {
    const subjects = [1, 2, 3, 4, 6, 7];
    const answers = await Promise.all(
      subjects.map(async (subject) =>
        graphql(
          platform.gatewayUrl,
          `
            mutation {
              deleteMyAccount {
                completedAt
                steps {
                  status
                  attempts
                }
              }
            }
          `,
          {},
          await asUser(subject),
        ),
      ),
    );
    for (const answer of answers) {
      expect(answer.data!.deleteMyAccount.completedAt).not.toBeNull();
      expect(answer.data!.deleteMyAccount.steps).toEqual([1, 2, 3].map(() => ({ status: 'DONE', attempts: 1 })));
    }
  });
});
