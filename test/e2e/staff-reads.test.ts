import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { Platform } from '../../platform/launcher';
import { demoUsers } from '../../shared/demo/demo-population';
import { STAFF_ROLES } from '../../shared/trust/viewer';
import { AccessLogEntry } from '../../subgraphs/consent/entities/AccessLogEntry';
import { startTestPlatform } from '../support/platform';
import { asPartner, asStaff, asUser, Caller, graphql, partnerId, userId } from '../support/graphql';

/**
 * Every field a staff member can reach that shows consumer data, found by walking the
 * API schema clients see (so a field added later is walked too): for every root field
 * and every staff role, one document selecting everything below it. Without a reason
 * no consumer's data comes back; with one, whatever comes back is in each consumer's
 * access log under that very request.
 */
const schema = buildSchema(readFileSync(join(__dirname, '../../gateway/api-schema.graphql'), 'utf8'));

/** The object types that say nothing about a consumer; every other one is consumer data, new ones included. */
const NOT_CONSUMER_DATA = new Set([
  'Query',
  'Mutation',
  'Partner',
  'WebhookEndpoint',
  'WebhookEndpointWithSecret',
  'PartnerCredentials',
  'PageInfo',
  // the scale every score is on, the same for everyone
  'ScoreScale',
  'ScoreBandRange',
]);
const isConsumerData = (typename: string) => !NOT_CONSUMER_DATA.has(typename);

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const REASON = 'walk of staff reads: ticket 77';

/** A literal for an argument the walk has no fixture for: valid, and naming nothing that exists. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return `{ ${required.map((field) => `${field.name}: ${literal(field.type)}`).join(', ')} }`;
  }
  const scalars: Record<string, string> = {
    Int: '600',
    Float: '1',
    Boolean: 'false',
    String: '"walk"',
    ID: `"${UNKNOWN_ID}"`,
    DateTime: '"2099-01-01T00:00:00Z"',
    JSON: '{}',
  };
  return scalars[type.name];
}

const requiredArguments = (field: GraphQLField<unknown, unknown>) =>
  field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

function argumentsText(field: GraphQLField<unknown, unknown>): string {
  const args = requiredArguments(field);
  return args.length ? `(${args.map((arg) => `${arg.name}: ${literal(arg.type)}`).join(', ')})` : '';
}

/**
 * Every field of `type` and below; a type met again in the same document gets __typename
 * only (no cycles). `entrances` collects the fields where the document steps from data
 * that is no consumer's into a consumer's (Query.dispute, Partner.consentsHeld): the read
 * a consumer's log must name.
 */
function selectionOf(type: GraphQLObjectType, expanded: Set<string>, entrances: Set<string>): string {
  expanded.add(type.name);
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    const head = `${field.name}${argumentsText(field)}`;
    if (!isObjectType(named)) {
      parts.push(head);
      continue;
    }
    if (!isConsumerData(type.name) && isConsumerData(named.name)) entrances.add(`${type.name}.${field.name}`);
    parts.push(`${head} { ${expanded.has(named.name) ? '__typename' : selectionOf(named, expanded, entrances)} }`);
  }
  return parts.join(' ');
}

interface RootField {
  operation: 'query' | 'mutation';
  coordinate: string;
  field: GraphQLField<unknown, unknown>;
}

/** Root fields from which some consumer data type can be reached. */
function rootFieldsReachingConsumerData(): RootField[] {
  const reaches = (type: GraphQLObjectType, seen = new Set<string>()): boolean => {
    if (isConsumerData(type.name)) return true;
    seen.add(type.name);
    return Object.values(type.getFields()).some((field) => {
      const named = getNamedType(field.type);
      return isObjectType(named) && !seen.has(named.name) && reaches(named, seen);
    });
  };
  return (['query', 'mutation'] as const).flatMap((operation) => {
    const root = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    return Object.values(root.getFields())
      .filter((field) => {
        const named = getNamedType(field.type);
        return isObjectType(named) && reaches(named);
      })
      .map((field) => ({ operation, coordinate: `${root.name}.${field.name}`, field }));
  });
}

/** Typename-tagged objects anywhere in a response. */
function objectsIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((item) => objectsIn(item, found));
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.__typename === 'string') found.push(object);
    Object.values(object).forEach((item) => objectsIn(item, found));
  }
  return found;
}

let platform: Platform;
const limitVariables = { CREDENCE_MAX_DEPTH: '40', CREDENCE_MAX_TOKENS: '200000', CREDENCE_MAX_COST: '1000000000' };

beforeAll(async () => {
  Object.assign(process.env, limitVariables);
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform.stop();
  for (const name of Object.keys(limitVariables)) delete process.env[name];
});

async function post(query: string, caller: Caller, variables: Record<string, unknown> = {}) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${caller.token}`,
  };
  if (caller.reason) headers['x-access-reason'] = caller.reason;
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { requestId: response.headers.get('x-request-id')!, ...body };
}

async function ok<T = Record<string, any>>(
  query: string,
  caller: Caller,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await graphql<T>(platform.gatewayUrl, query, variables, caller);
  if (response.errors?.length) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

/** The subject whose data the fixtures use; partner 0 holds a consent from them and has an endpoint. */
const SUBJECT = 12;
const FROZEN = 20;
let disputeId = '';
let consentId = '';
let requestId = '';
/** (subject, record) pairs not yet disputed, and subjects with no review yet: each staff answer consumes one */
const records: { subject: number; recordId: string }[] = [];
const reviewers = Array.from({ length: 14 }, (_, index) => 30 + index);

async function freshDispute(): Promise<{ id: string; subjectId: string }> {
  const next = records.shift()!;
  const filed = await ok(
    `mutation F($input: DisputeCreditRecordInput!) { disputeCreditRecord(input: $input) { id } }`,
    await asUser(next.subject),
    {
      input: { recordId: next.recordId, reason: 'WRONG_AMOUNT', details: 'The amount is not what I paid.' },
    },
  );
  return { id: filed.disputeCreditRecord.id, subjectId: userId(next.subject) };
}

async function freshReview(): Promise<{ id: string; subjectId: string }> {
  const subject = reviewers.shift()!;
  const asked = await ok(
    `mutation { requestScoreReview(statement: "My income is higher now.") { id } }`,
    await asUser(subject),
  );
  return { id: asked.requestScoreReview.id, subjectId: userId(subject) };
}

interface Fixture {
  args: string;
  /** whose data the answer shows, when the walk cannot read it off the answer */
  subjectId?: string;
}

/** Arguments for root fields that take an id: the walk refuses to guess one (a guess would be NOT_FOUND, proving nothing). */
const FIXTURES: Record<string, () => Promise<Fixture>> = {
  'Query.dispute': async () => ({ args: `(id: "${disputeId}")`, subjectId: userId(SUBJECT) }),
  'Query.user': async () => ({ args: `(id: "${userId(SUBJECT)}")`, subjectId: userId(SUBJECT) }),
  'Query.usersByIds': async () => ({ args: `(ids: ["${userId(SUBJECT)}"])`, subjectId: userId(SUBJECT) }),
  'Query.partner': async () => ({ args: `(id: "${partnerId(0)}")`, subjectId: userId(SUBJECT) }),
  'Query.consentRequest': async () => ({ args: `(id: "${requestId}")` }),
  'Query.disputeQueue': async () => ({ args: '(first: 100)', subjectId: userId(SUBJECT) }),
  'Query.users': async () => ({ args: '(first: 100)', subjectId: userId(SUBJECT) }),
  'Query.findConsumers': async () => ({
    args: `(email: "${demoUsers().find((user) => user.id === userId(SUBJECT))!.email}")`,
    subjectId: userId(SUBJECT),
  }),
  // another consumer than the walk's subject: a freeze would refuse the partner reads other fixtures make
  'Mutation.freezeConsumerFile': async () => ({ args: `(subjectId: "${userId(FROZEN)}")`, subjectId: userId(FROZEN) }),
  'Mutation.unfreezeConsumerFile': async () => ({
    args: `(subjectId: "${userId(FROZEN)}")`,
    subjectId: userId(FROZEN),
  }),
  'Mutation.grantConsent': async () => ({
    args: `(input: { partnerId: "${partnerId(0)}", scopes: [SCORE_BAND], purpose: "walk" })`,
  }),
  'Mutation.requestConsent': async () => ({
    args: '(input: { scopes: [SCORE_BAND], purpose: "walk of staff reads" })',
  }),
  'Mutation.revokeConsent': async () => ({ args: `(id: "${consentId}")` }),
  'Mutation.changeConsent': async () => ({ args: `(id: "${consentId}", input: { scopes: [SCORE_VALUE] })` }),
  'Mutation.approveConsentRequest': async () => ({ args: `(id: "${requestId}")` }),
  'Mutation.declineConsentRequest': async () => ({ args: `(id: "${requestId}")` }),
  'Mutation.cancelConsentRequest': async () => ({ args: `(id: "${requestId}")` }),
  'Mutation.issuePartnerCredentials': async () => ({ args: `(partnerId: "${partnerId(4)}")` }),
  'Mutation.disputeCreditRecord': async () => ({
    args: `(input: { recordId: "${records[0].recordId}", reason: OTHER, details: "walk" })`,
  }),
  'Mutation.suspendPartner': async () => ({ args: `(id: "${partnerId(4)}", reason: "walk of staff reads")` }),
  'Mutation.reinstatePartner': async () => ({ args: `(id: "${partnerId(4)}")` }),
  'Mutation.setPartnerFurnisher': async () => ({ args: `(id: "${partnerId(4)}", furnisher: false)` }),
  'Query.furnishingBatch': async () => ({ args: '(id: "00000000-0000-4000-8000-000000000000")' }),
  'Mutation.reportCreditRecords': async () => ({
    args: `(input: { records: [{ subjectId: "${userId(SUBJECT)}", accountReference: "WALK", accountKind: UTILITY, dueOn: "2026-01-01", amountCents: 100, paidOn: "2026-01-01", status: ON_TIME }] })`,
  }),
  // the consumer's own addition: staff never add to a dispute (the walk checks they are refused)
  'Mutation.addDisputeInformation': async () => ({
    args: `(input: { id: "${disputeId}", information: "A letter from the lender." })`,
  }),
  // a furnisher's answer: staff never give one (the walk checks they are refused like any other caller who may not)
  'Mutation.answerDispute': async () => ({
    args: `(input: { id: "${disputeId}", outcome: VERIFIED, note: "Checked with the lender." })`,
  }),
  'Mutation.disableWebhookEndpoint': async () => ({
    args: `(partnerId: "${partnerId(0)}")`,
    subjectId: userId(SUBJECT),
  }),
  'Mutation.startDisputeInvestigation': async () => {
    const dispute = await freshDispute();
    return { args: `(id: "${dispute.id}")`, subjectId: dispute.subjectId };
  },
  'Mutation.resolveDispute': async () => {
    const dispute = await freshDispute();
    return {
      args: `(input: { id: "${dispute.id}", outcome: REJECTED, note: "Checked with the lender." })`,
      subjectId: dispute.subjectId,
    };
  },
  'Mutation.resolveScoreReview': async () => {
    const review = await freshReview();
    return {
      args: `(id: "${review.id}", outcome: CONFIRMED, note: "Checked against the file.")`,
      subjectId: review.subjectId,
    };
  },
  'Mutation.registerPartner': async () => ({
    args: `(input: { name: "Walk ${Math.random().toString(36).slice(2, 10)}", category: RETAIL })`,
  }),
};

beforeAll(async () => {
  const subject = await asUser(SUBJECT);
  const granted = await ok(`mutation G($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`, subject, {
    input: { partnerId: partnerId(0), scopes: ['SCORE_BAND', 'CREDIT_HISTORY'], purpose: 'Bike deposit waiver' },
  });
  consentId = granted.grantConsent.id;
  await ok(`mutation { setWebhookEndpoint(url: "http://127.0.0.1:9/hooks") { secret } }`, await asPartner(0));
  const asked = await ok(
    `mutation { requestConsent(input: { scopes: [SCORE_BAND], purpose: "Walk of staff reads" }) { id } }`,
    await asPartner(0),
  );
  requestId = asked.requestConsent.id;
  for (const index of [SUBJECT, 13, 14, 15, 16, 17, 18, 19]) {
    const mine = await ok(`{ me { creditRecords(first: 20) { edges { node { id } } } } }`, await asUser(index));
    for (const edge of mine.me.creditRecords.edges) records.push({ subject: index, recordId: edge.node.id });
  }
  // the subject's own dispute and review, so that every queue and case shows their data
  disputeId = (await freshDispute()).id;
  reviewers.unshift(SUBJECT);
  await freshReview();
}, 120_000);

/** The access-log rows the request left for each subject. */
async function loggedFor(request: string, subjectIds: string[]) {
  const rows = await platform.databases.consent.dataSource.getRepository(AccessLogEntry).findBy({ requestId: request });
  return subjectIds.map((subjectId) => rows.find((row) => row.subjectId === subjectId));
}

test("every staff-reachable field showing consumer data needs a reason, and with one is logged in each consumer's access log", async () => {
  const roots = rootFieldsReachingConsumerData();
  const answeredWithReason = new Set<string>();
  const walkedFields = new Set<string>();
  for (const root of roots) {
    const fixture = FIXTURES[root.coordinate];
    if (
      !fixture &&
      requiredArguments(root.field).some(
        (arg) => getNamedType(arg.type).name === 'ID' || isInputObjectType(getNamedType(arg.type)),
      )
    ) {
      throw new Error(`${root.coordinate} takes an id the walk cannot guess: add a fixture for it`);
    }
    const named = getNamedType(root.field.type) as GraphQLObjectType;
    for (const role of STAFF_ROLES) {
      for (const reason of [null, REASON]) {
        const { args, subjectId } = fixture
          ? await fixture()
          : { args: argumentsText(root.field), subjectId: undefined };
        const entrances = new Set(isConsumerData(named.name) ? [root.coordinate] : []);
        const document = `${root.operation} { ${root.field.name}${args} { ${selectionOf(named, new Set(), entrances)} } }`;
        const response = await post(document, await asStaff(role, reason));
        // Consumer data shown: a consumer-data object with a value of its own. An object whose every field is null or
        // another object (judged in turn) shows nothing, and neither does the id the question itself gave (a
        // consumer looked up by id comes back as that id, every field below it guarded, each refusal logged).
        const ownValue = ([key, value]: [string, unknown]) =>
          key !== '__typename' &&
          value !== null &&
          !(key === 'id' && typeof value === 'string' && args.includes(value)) &&
          !(typeof value === 'object' && !Array.isArray(value)) &&
          !(Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null));
        const shown = objectsIn(response.data).filter(
          (object) => isConsumerData(object.__typename as string) && Object.entries(object).some(ownValue),
        );
        const where = `${root.coordinate} as ${role} ${reason ? 'with' : 'without'} a reason`;
        if (reason === null) {
          expect({
            where,
            shown: shown.map(
              (object) =>
                `${object.__typename}: ${Object.entries(object)
                  .filter(ownValue)
                  .map(([key]) => key)
                  .join(', ')}`,
            ),
          }).toEqual({ where, shown: [] });
          continue;
        }
        if (!shown.length) continue; // refused to this role (or nothing to show): checked without a reason above
        answeredWithReason.add(root.coordinate);
        shown.forEach((object) =>
          Object.keys(object).forEach((field) => walkedFields.add(`${object.__typename}.${field}`)),
        );
        const users = shown
          .filter((object) => object.__typename === 'User' && typeof object.id === 'string')
          .map((object) => object.id as string);
        const subjects = [...new Set([...(subjectId ? [subjectId] : []), ...users])];
        expect({ where, subjects: subjects.length }).not.toEqual({ where, subjects: 0 });
        const entries = await loggedFor(response.requestId, subjects);
        for (const [index, entry] of entries.entries()) {
          // the read that let the data in is logged itself, not only the guarded fields below it
          const entrance = entry?.reads.find((read) => entrances.has(read.field))?.outcome ?? null;
          expect({
            where,
            subject: subjects[index],
            logged: entry && {
              kind: entry.viewerKind,
              role: entry.staffRole,
              decision: entry.decision,
              purpose: entry.purpose,
              entrance,
            },
          }).toEqual({
            where,
            subject: subjects[index],
            logged: { kind: 'STAFF', role, decision: 'ALLOWED', purpose: REASON, entrance: 'ALLOWED' },
          });
        }
      }
    }
  }
  // the walk reached what the outside probe reached, so it cannot pass by finding nothing
  expect([...answeredWithReason].sort()).toEqual(
    expect.arrayContaining([
      'Mutation.resolveDispute',
      'Mutation.resolveScoreReview',
      'Mutation.startDisputeInvestigation',
      'Query.dispute',
      'Query.disputeQueue',
      'Query.partner',
      'Query.partners',
      'Query.scoreReviewQueue',
      'Query.user',
      'Query.users',
      'Query.usersByIds',
    ]),
  );
  expect([...walkedFields]).toEqual(
    expect.arrayContaining([
      'Dispute.details',
      'Dispute.record',
      'CreditRecord.account',
      'CreditAccount.records',
      'CreditRecord.amountCents',
      'ScoreReview.statement',
      'ScoreReview.reviewedScore',
      'User.creditScore',
      'Consent.subject',
    ]),
  );
}, 900_000);
