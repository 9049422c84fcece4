import { Platform } from '../../platform/launcher';
import { Dispute } from '../../subgraphs/credit-history/entities/Dispute';
import { Consent } from '../../subgraphs/consent/entities/Consent';
import { SCORECARD_IN_PRODUCTION } from '../../scorecard';
import { startTestPlatform } from '../support/platform';
import { asPartner, asStaff, asUser, codesOf, graphql, partnerId, userId, idAtPartner } from '../support/graphql';

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.stop());

const BIKES = 0;
const METADATA = `query Meta($id: ID!) { user(id: $id) { id creditScore { modelVersion computedAt } } }`;
const LOG = `{ me { accessLog(first: 100) { edges { node { viewerKind partner { name } fields { field outcome denialCode } } } } } }`;

interface LogEntry {
  viewerKind: string;
  field: string;
  outcome: string;
  denialCode: string | null;
}

async function metadataLog(subject: number): Promise<LogEntry[]> {
  const response = await graphql(platform.gatewayUrl, LOG, {}, await asUser(subject));
  expect(response.errors).toBeUndefined();
  // One entry per read event, each listing its fields: one line per field here.
  const events = (
    response.data!.me.accessLog.edges as { node: { viewerKind: string; fields: Omit<LogEntry, 'viewerKind'>[] } }[]
  ).map((edge) => edge.node);
  return events
    .flatMap((event) => event.fields.map((read) => ({ viewerKind: event.viewerKind, ...read })))
    .filter((entry) => ['CreditScore.modelVersion', 'CreditScore.computedAt'].includes(entry.field));
}

describe('score metadata (modelVersion, computedAt) needs a score scope and every read is logged', () => {
  test('a partner without consent gets CONSENT_REQUIRED for both, and the subject sees the denied reads', async () => {
    const response = await graphql(
      platform.gatewayUrl,
      METADATA,
      { id: idAtPartner(BIKES, userId(21)) },
      await asPartner(BIKES),
    );
    expect(response.data!.user).toEqual({
      id: idAtPartner(BIKES, userId(21)),
      creditScore: { modelVersion: null, computedAt: null },
    });
    expect(codesOf(response)).toEqual(['CONSENT_REQUIRED', 'CONSENT_REQUIRED']);
    expect(await metadataLog(21)).toEqual(
      expect.arrayContaining(
        ['CreditScore.modelVersion', 'CreditScore.computedAt'].map((field) =>
          expect.objectContaining({ viewerKind: 'PARTNER', field, outcome: 'DENIED', denialCode: 'CONSENT_REQUIRED' }),
        ),
      ),
    );
  });

  test('another consumer is refused as well', async () => {
    const response = await graphql(platform.gatewayUrl, METADATA, { id: userId(22) }, await asUser(23));
    expect(response.data!.user.creditScore).toEqual({ modelVersion: null, computedAt: null });
    expect(codesOf(response)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  test('a partner holding SCORE_VALUE reads them, and the read is logged as allowed', async () => {
    const grant = await graphql(
      platform.gatewayUrl,
      `
        mutation G($input: GrantConsentInput!) {
          grantConsent(input: $input) {
            id
          }
        }
      `,
      { input: { partnerId: partnerId(BIKES), scopes: ['SCORE_VALUE'], purpose: 'Deposit waiver' } },
      await asUser(24),
    );
    expect(grant.errors).toBeUndefined();
    const response = await graphql(
      platform.gatewayUrl,
      METADATA,
      { id: idAtPartner(BIKES, userId(24)) },
      await asPartner(BIKES),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.user.creditScore).toEqual({
      modelVersion: SCORECARD_IN_PRODUCTION,
      computedAt: expect.stringMatching(/^\d{4}-/),
    });
    const allowed = (await metadataLog(24)).filter((entry) => entry.outcome === 'ALLOWED');
    expect(allowed).toHaveLength(2);
  });

  test('the subject and staff with a read role still see them', async () => {
    const own = await graphql(
      platform.gatewayUrl,
      `
        {
          me {
            creditScore {
              modelVersion
              computedAt
            }
          }
        }
      `,
      {},
      await asUser(25),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.me.creditScore.modelVersion).toBe(SCORECARD_IN_PRODUCTION);
    const staff = await graphql(platform.gatewayUrl, METADATA, { id: userId(25) }, await asStaff('support'));
    expect(staff.errors).toBeUndefined();
    expect(staff.data!.user.creditScore.modelVersion).toBe(SCORECARD_IN_PRODUCTION);
  });
});

describe('text inputs refuse the NUL character, on every store, before anything is written', () => {
  const NUL = '\u0000';
  const FILE = `mutation File($input: DisputeCreditRecordInput!) { disputeCreditRecord(input: $input) { id } }`;

  async function aRecordOf(subject: number): Promise<string> {
    const response = await graphql(
      platform.gatewayUrl,
      `
        {
          me {
            creditRecords(first: 100) {
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      `,
      {},
      await asUser(subject),
    );
    return response.data!.me.creditRecords.edges[0].node.id;
  }

  test('in a variable: dispute details, a consent purpose', async () => {
    const disputesBefore = await platform.databases['credit-history'].dataSource.getRepository(Dispute).count();
    const consentsBefore = await platform.databases.consent.dataSource.getRepository(Consent).count();
    const recordId = await aRecordOf(30);
    const dispute = await graphql(
      platform.gatewayUrl,
      FILE,
      { input: { recordId, reason: 'PAID_ON_TIME', details: `Paid${NUL} on time` } },
      await asUser(30),
    );
    expect(dispute.status).toBe(400);
    expect(codesOf(dispute)).toEqual(['BAD_USER_INPUT']);
    expect(dispute.errors![0].message).toContain('$input.details');
    const consent = await graphql(
      platform.gatewayUrl,
      `
        mutation G($input: GrantConsentInput!) {
          grantConsent(input: $input) {
            id
          }
        }
      `,
      { input: { partnerId: partnerId(BIKES), scopes: ['SCORE_BAND'], purpose: `Deposit${NUL}` } },
      await asUser(30),
    );
    expect(codesOf(consent)).toEqual(['BAD_USER_INPUT']);
    expect(await platform.databases['credit-history'].dataSource.getRepository(Dispute).count()).toBe(disputesBefore);
    expect(await platform.databases.consent.dataSource.getRepository(Consent).count()).toBe(consentsBefore);
  });

  test('in a string literal, written as the \\u0000 escape', async () => {
    const recordId = await aRecordOf(31);
    const literal = `mutation { disputeCreditRecord(input: { recordId: "${recordId}", reason: PAID_ON_TIME, details: "Paid\\u0000 on time" }) { id } }`;
    const response = await graphql(platform.gatewayUrl, literal, {}, await asUser(31));
    expect(response.status).toBe(400);
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toContain('string literal');
  });

  test('deep in a list of variables, in a read as much as in a write', async () => {
    const response = await graphql(
      platform.gatewayUrl,
      `
        query ($ids: [ID!]!) {
          usersByIds(ids: $ids) {
            id
          }
        }
      `,
      { ids: [idAtPartner(BIKES, userId(1)), `x${NUL}`] },
      await asPartner(BIKES),
    );
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toContain('$ids.1');
  });

  test('the same text without NUL is accepted', async () => {
    const recordId = await aRecordOf(32);
    const response = await graphql(
      platform.gatewayUrl,
      FILE,
      { input: { recordId, reason: 'PAID_ON_TIME', details: 'Paid on time, by transfer' } },
      await asUser(32),
    );
    expect(response.errors).toBeUndefined();
  });
});
