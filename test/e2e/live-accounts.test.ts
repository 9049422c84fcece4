import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { mintToken } from '../../gateway/viewer-token';
import { Platform } from '../../platform/launcher';
import { SUBGRAPHS } from '../../platform/subgraphs';
import { startTestPlatform } from '../support/platform';
import { asPartner, asUser, Caller, codesOf, graphql, partnerId, userId, idAtPartner } from '../support/graphql';

/**
 * A signed token is not an account: writes need a live one. A consumer who never was,
 * a user token whose subject is a partner's id, a consumer whose erasure completed and
 * an unregistered partner id each get UNAUTHENTICATED for every write of their kind,
 * and no row is written anywhere.
 */
let platform: Platform;
let url = '';
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 30 });
  url = platform.gatewayUrl;
});
afterAll(() => platform.stop());

const apiSchema = buildSchema(readFileSync(join(__dirname, '../../gateway/api-schema.graphql'), 'utf8'));
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Every consumer write, with arguments a live consumer could send (an open request's link, a real partner). */
const consumerWrites = (openRequestId: string): Record<string, string> => ({
  grantConsent: `mutation { grantConsent(input: { partnerId: "${partnerId(0)}", scopes: [SCORE_BAND], purpose: "Deposit waiver" }) { id } }`,
  revokeConsent: `mutation { revokeConsent(id: "${UNKNOWN}") { id } }`,
  changeConsent: `mutation { changeConsent(id: "${UNKNOWN}", input: { scopes: [SCORE_BAND] }) { id } }`,
  deleteMyAccount: `mutation { deleteMyAccount { requestedAt } }`,
  approveConsentRequest: `mutation { approveConsentRequest(id: "${openRequestId}") { id } }`,
  declineConsentRequest: `mutation { declineConsentRequest(id: "${openRequestId}") { id } }`,
  freezeMyFile: `mutation { freezeMyFile { frozen } }`,
  unfreezeMyFile: `mutation { unfreezeMyFile { frozen } }`,
  markNotificationsRead: `mutation { markNotificationsRead }`,
  disputeCreditRecord: `mutation { disputeCreditRecord(input: { recordId: "${UNKNOWN}", reason: OTHER, details: "not mine" }) { id } }`,
  requestScoreReview: `mutation { requestScoreReview(statement: "My income is higher now.") { id } }`,
  addDisputeInformation: `mutation { addDisputeInformation(input: { id: "${UNKNOWN}", information: "A letter from the lender." }) { id } }`,
});

const partnerWrites: Record<string, string> = {
  requestConsent: `mutation { requestConsent(input: { scopes: [SCORE_BAND], purpose: "Deposit waiver" }) { id } }`,
  setWebhookEndpoint: `mutation { setWebhookEndpoint(url: "http://127.0.0.1:9/hooks") { secret } }`,
  rotateWebhookSecret: `mutation { rotateWebhookSecret { secret } }`,
  reportCreditRecords: `mutation { reportCreditRecords(input: { records: [{ subjectId: "${UNKNOWN}", accountReference: "L-1", accountKind: UTILITY, dueOn: "2026-01-01", amountCents: 100, paidOn: "2026-01-01", status: ON_TIME }] }) { accepted } }`,
  cancelConsentRequest: `mutation { cancelConsentRequest(id: "${UNKNOWN}") { id } }`,
  setRedirectUri: `mutation { setRedirectUri(redirectUri: "https://partner.example/back") { id } }`,
  answerDispute: `mutation { answerDispute(input: { id: "00000000-0000-4000-8000-000000000000", outcome: VERIFIED, note: "Checked." }) { id } }`,
};

/** Staff's work: refused to consumers and partners by role already. */
const STAFF_WRITES = [
  'suspendPartner',
  'reinstatePartner',
  'disableWebhookEndpoint',
  'startDisputeInvestigation',
  'resolveDispute',
  'resolveScoreReview',
  'registerPartner',
  'freezeConsumerFile',
  'unfreezeConsumerFile',
  'setPartnerFurnisher',
  'issuePartnerCredentials',
];

/** Rows naming `id` in every subgraph's store, the erasure's own record aside. */
async function rowsNaming(id: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, database] of Object.entries(platform.databases)) {
    for (const entity of SUBGRAPHS[name as keyof typeof SUBGRAPHS].database.entities as Function[]) {
      const metadata = database.dataSource.getMetadata(entity);
      if (metadata.tableName === 'erasure_request' || metadata.tableName === 'erasure_task') continue;
      for (const column of metadata.columns.filter((c) =>
        ['id', 'userId', 'subjectId', 'viewerId', 'partnerId'].includes(c.propertyName),
      )) {
        const count = await database.dataSource.getRepository(entity).countBy({ [column.propertyName]: id });
        if (count) counts[`${name}.${metadata.tableName}.${column.propertyName}`] = count;
      }
    }
  }
  return counts;
}

async function openRequest(): Promise<string> {
  const response = await graphql(url, partnerWrites.requestConsent, {}, await asPartner(1));
  expect(response.errors).toBeUndefined();
  return response.data!.requestConsent.id;
}

/** Sends every write; each must be refused with UNAUTHENTICATED alone, and the stores must not change for `subject`. */
async function expectEveryWriteRefused(caller: Caller, writes: Record<string, string>, subject: string) {
  const before = await rowsNaming(subject);
  for (const [name, document] of Object.entries(writes)) {
    const response = await graphql(url, document, {}, caller);
    expect({ name, data: response.data ?? null, codes: codesOf(response) }).toEqual({
      name,
      data: null,
      codes: ['UNAUTHENTICATED'],
    });
  }
  expect(await rowsNaming(subject)).toEqual(before);
}

test("the test knows every mutation: a new one must be classed as a consumer's, a partner's or staff's write", () => {
  const known = [...Object.keys(consumerWrites('x')), ...Object.keys(partnerWrites), ...STAFF_WRITES].sort();
  expect(Object.keys(apiSchema.getMutationType()!.getFields()).sort()).toEqual(known);
});

test('a token for a consumer who never existed writes nothing', async () => {
  const ghost = randomUUID();
  const caller = { token: await mintToken({ sub: ghost, kind: 'user' }) };
  const request = await openRequest();
  await expectEveryWriteRefused(caller, consumerWrites(request), ghost);
  expect(await rowsNaming(ghost)).toEqual({});
  // the open request is still open: the ghost did not bind it
  const follow = await graphql(
    url,
    `
      query R($id: ID!) {
        consentRequest(id: $id) {
          status
          consent {
            id
          }
        }
      }
    `,
    { id: request },
    await asPartner(1),
  );
  expect(follow.data!.consentRequest).toEqual({ status: 'AWAITING_AUTHORISATION', consent: null });
});

test("a user token whose subject is a partner's id acts as nobody: it cannot grant consent to itself", async () => {
  const caller = { token: await mintToken({ sub: partnerId(0), kind: 'user' }) };
  await expectEveryWriteRefused(caller, consumerWrites(await openRequest()), partnerId(0));
});

test('a partner token naming no registered partner cannot ask for consent, set an endpoint or read what a partner holds', async () => {
  const stranger = randomUUID();
  const caller = { token: await mintToken({ sub: stranger, kind: 'partner' }) };
  await expectEveryWriteRefused(caller, partnerWrites, stranger);
  expect(await rowsNaming(stranger)).toEqual({});
  const held = await graphql(
    url,
    `
      {
        consentsHeldByMe {
          totalCount
        }
      }
    `,
    {},
    caller,
  );
  expect(codesOf(held)).toEqual(['UNAUTHENTICATED']);
  // its reads of a consumer's guarded data are nobody's: refused as unauthenticated, and no partner-read alert
  const read = await graphql(
    url,
    `
      query U($id: ID!) {
        user(id: $id) {
          creditScore {
            band
          }
        }
      }
    `,
    { id: idAtPartner(stranger, userId(2)) }, // an id minted for that partner id, were it one
    caller,
  );
  expect(codesOf(read)).toEqual(['UNAUTHENTICATED']);
  expect(await rowsNaming(stranger)).toEqual({});
  // a consumer's id in a partner token is no partner either
  await expectEveryWriteRefused(
    { token: await mintToken({ sub: userId(3), kind: 'partner' }) },
    partnerWrites,
    userId(3),
  );
});

test("once deleteMyAccount has completed, the consumer's token writes nothing: no freeze, no alert, no consent under the erased id", async () => {
  const SUBJECT = 9;
  const caller = await asUser(SUBJECT);
  const erased = await graphql(
    url,
    `
      mutation {
        deleteMyAccount {
          completedAt
        }
      }
    `,
    {},
    caller,
  );
  expect(erased.data!.deleteMyAccount.completedAt).not.toBeNull();
  expect(await rowsNaming(userId(SUBJECT))).toEqual({});
  await expectEveryWriteRefused(caller, consumerWrites(await openRequest()), userId(SUBJECT));
  expect(await rowsNaming(userId(SUBJECT))).toEqual({});
  // the token may still follow its erasure: reads find nothing else
  const status = await graphql(
    url,
    `
      {
        myErasure {
          completedAt
        }
      }
    `,
    {},
    caller,
  );
  expect(status.data!.myErasure.completedAt).not.toBeNull();
});

test("a live consumer's writes still work, and the standing is looked up once per request, however many writes it holds", async () => {
  const caller = await asUser(4);
  const consent = platform.databases.consent.queries;
  const sent = jest.spyOn(consent, 'logQuery');
  const response = await graphql(
    url,
    `
      mutation {
        a: markNotificationsRead
        b: markNotificationsRead
        c: markNotificationsRead
      }
    `,
    {},
    caller,
  );
  const lookups = sent.mock.calls
    .map((call) => String((call as unknown[])[0]))
    .filter((sql) => /FROM \S*"erasure_request"/.test(sql));
  sent.mockRestore();
  expect(response.errors).toBeUndefined();
  expect(lookups).toHaveLength(1);
  const frozen = await graphql(
    url,
    `
      mutation {
        freezeMyFile {
          frozen
        }
      }
    `,
    {},
    caller,
  );
  expect(frozen.data!.freezeMyFile.frozen).toBe(true);
  expect(
    (
      await graphql(
        url,
        `
          mutation {
            unfreezeMyFile {
              frozen
            }
          }
        `,
        {},
        caller,
      )
    ).data!.unfreezeMyFile.frozen,
  ).toBe(false);
});
