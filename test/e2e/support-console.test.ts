import { demoUsers } from '../../shared/demo/demo-population';
import { Platform } from '../../platform/launcher';
import { startTestPlatform } from '../support/platform';
import {
  asPartner,
  asStaff,
  asUser,
  Caller,
  codesOf,
  graphql,
  nodesOf,
  idAs,
  userId,
  idAtPartner,
} from '../support/graphql';

/**
 * Support finds one consumer (by e-mail, name or the reference the consumer quotes) and may
 * freeze their file for a fraud caller; every look-up and freeze is in the consumer's access log.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 40 });
});
afterAll(() => platform.stop());

const SEEDED = demoUsers(40);
const demo = (index: number) => SEEDED.find((user) => user.id === userId(index))!;
const REASON = 'ticket 881: caller asks about their file';
const support = () => asStaff('support', REASON);
const ask = (query: string, variables: Record<string, unknown>, caller: Caller) =>
  graphql(platform.gatewayUrl, query, variables, caller);

const REFERENCE = `{ me { id reference } }`;
const FIND = `query Find($email: String, $name: String, $reference: String, $first: Int, $after: String) {
  findConsumers(email: $email, name: $name, reference: $reference, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName reference } }
  }
}`;
const LOG = `{ me { accessLog(first: 50) { edges { node { viewerKind staffRole purpose fields { field outcome } } } } } }`;
const ALERTS = `{ myNotifications(first: 20) { edges { node { kind message } } } }`;

async function referenceOf(index: number): Promise<string> {
  const response = await ask(REFERENCE, {}, await asUser(index));
  expect(response.errors).toBeUndefined();
  return response.data!.me.reference;
}

async function find(variables: Record<string, unknown>, caller?: Caller) {
  return ask(FIND, variables, caller ?? (await support()));
}

/** The staff reads in a consumer's access log, one per field read. */
async function staffReadsOf(index: number) {
  const response = await ask(LOG, {}, await asUser(index));
  expect(response.errors).toBeUndefined();
  return nodesOf<any>(response.data!.me.accessLog)!
    .filter((entry) => entry.viewerKind === 'STAFF')
    .flatMap((entry) =>
      entry.fields.map((read: any) => ({ ...read, staffRole: entry.staffRole, purpose: entry.purpose })),
    );
}

describe("a consumer's Credence reference", () => {
  test('is CR-XXXX-XXXX, the same every time, unlike any other consumer’s, and not their id', async () => {
    const first = await referenceOf(1);
    expect(first).toMatch(/^CR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await referenceOf(1)).toBe(first);
    const others = await Promise.all([2, 3, 4, 5].map(referenceOf));
    expect(new Set([first, ...others]).size).toBe(5);
    expect(userId(1).toUpperCase()).not.toContain(first.slice(3, 7));
  });

  test('is shown to the consumer and to staff with a reason, never to a partner or another consumer', async () => {
    const QUERY = `query($id: ID!) { user(id: $id) { reference } }`;
    const byStaff = await ask(QUERY, { id: userId(2) }, await support());
    expect(byStaff.data!.user.reference).toBe(await referenceOf(2));
    for (const caller of [await asPartner(0), await asUser(3), await asStaff('support', null)]) {
      const refused = await ask(QUERY, { id: idAs(caller, userId(2)) }, caller);
      expect(refused.data?.user?.reference ?? null).toBeNull();
      expect(codesOf(refused)).toEqual(['FORBIDDEN']);
    }
  });
});

describe('findConsumers', () => {
  test('finds one consumer by the reference they quote, typed any way, and logs the look-up in their access log', async () => {
    const reference = await referenceOf(6);
    const spoken = reference.toLowerCase().replace(/-/g, ' ').replace('cr ', '');
    const response = await find({ reference: spoken });
    expect(response.errors).toBeUndefined();
    expect(nodesOf(response.data!.findConsumers)).toEqual([
      { id: userId(6), displayName: demo(6).displayName, reference },
    ]);
    expect(await staffReadsOf(6)).toContainEqual({
      field: 'Query.findConsumers',
      outcome: 'ALLOWED',
      staffRole: 'support',
      purpose: REASON,
    });
    // nobody else was read
    expect((await staffReadsOf(7)).filter((read) => read.field === 'Query.findConsumers')).toEqual([]);
  });

  test('finds a consumer by e-mail, in any case, and by the words of their name', async () => {
    const { email, displayName } = demo(8);
    const byEmail = await find({ email: `  ${email.toUpperCase()} ` });
    expect(nodesOf(byEmail.data!.findConsumers)!.map((user: any) => user.id)).toEqual([userId(8)]);
    const [firstName, lastName] = displayName.split(' ');
    const byName = await find({ name: `${lastName.toLowerCase()} ${firstName.toUpperCase()}`, first: 100 });
    expect(nodesOf(byName.data!.findConsumers)!.map((user: any) => user.id)).toContain(userId(8));
    expect(
      nodesOf(byName.data!.findConsumers)!.every(
        (user: any) => user.displayName.includes(firstName) && user.displayName.includes(lastName),
      ),
    ).toBe(true);
    const both = await find({ email, name: 'nobody-has-this-name' });
    expect(both.data!.findConsumers.totalCount).toBe(0);
  });

  test('pages a broad search with cursors, and logs only the consumers on the page', async () => {
    const letter = demo(9).displayName.slice(1, 3);
    const all = await find({ name: letter, first: 100 });
    const total = all.data!.findConsumers.totalCount;
    expect(total).toBeGreaterThan(1);
    const walked: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < total; pages += 1) {
      const page: any = (await find({ name: letter, first: 1, after })).data!.findConsumers;
      walked.push(...nodesOf<any>(page)!.map((user) => user.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(nodesOf<any>(all.data!.findConsumers)!.map((user) => user.id));
  });

  test.each([
    ['no criterion', {}, 'email'],
    ['a blank criterion', { name: '   ' }, 'email'],
    ['a one-letter name', { name: 'a' }, 'name'],
    ['an e-mail without @', { email: 'ada.example.com' }, 'email'],
    ['a reference of the wrong length', { reference: 'CR-1234' }, 'reference'],
    ['a reference with a letter Crockford leaves out', { reference: 'CR-UUUU-1234' }, 'reference'],
    ['first: 101', { name: 'an', first: 101 }, 'first'],
    ['a cursor it did not issue', { name: 'an', after: 'nope' }, 'after'],
  ])('%s is BAD_USER_INPUT naming the argument', async (_, variables, argument) => {
    const response = await find(variables);
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.argument).toBe(argument);
  });

  test.each<[string, () => Promise<Caller>, string]>([
    ['anonymous callers', async () => ({}), 'UNAUTHENTICATED'],
    ['a consumer', () => asUser(1), 'FORBIDDEN'],
    ['a partner', () => asPartner(0), 'FORBIDDEN'],
    ['support without a reason', () => asStaff('support', null), 'FORBIDDEN'],
    ['an engineer, even with a reason', () => asStaff('engineer', 'curious'), 'FORBIDDEN'],
  ])('is refused to %s, with no data', async (_, caller, code) => {
    const response = await find({ email: demo(10).email }, await caller());
    expect(codesOf(response)).toEqual([code]);
    expect(response.data?.findConsumers ?? null).toBeNull();
  });
});

describe('support freezing a file for a fraud caller', () => {
  const FREEZE = `mutation F($id: ID!) { freezeConsumerFile(subjectId: $id) { frozen since } }`;
  const UNFREEZE = `mutation U($id: ID!) { unfreezeConsumerFile(subjectId: $id) { frozen since } }`;
  const DEPOSIT_CHECK = `query($id: ID!) { user(id: $id) { goodEnough: scoreAtLeast(threshold: 600) } }`;
  const MY_FREEZE = `{ myFileFreeze { frozen } }`;
  const SUBJECT = 1; // Spree Bikes holds their SCORE_THRESHOLD consent in the seed

  test('freezes it: partners are refused, and the consumer sees who did it and why', async () => {
    const frozen = await ask(FREEZE, { id: userId(SUBJECT) }, await support());
    expect(frozen.errors).toBeUndefined();
    expect(frozen.data!.freezeConsumerFile).toEqual({ frozen: true, since: expect.any(String) });
    const read = await ask(DEPOSIT_CHECK, { id: idAtPartner(0, userId(SUBJECT)) }, await asPartner(0));
    expect(codesOf(read)).toEqual(['SUBJECT_FROZEN']);
    const consumer = await asUser(SUBJECT);
    expect((await ask(MY_FREEZE, {}, consumer)).data!.myFileFreeze.frozen).toBe(true);
    const alerts = nodesOf<any>((await ask(ALERTS, {}, consumer)).data!.myNotifications)!;
    expect(alerts).toContainEqual({
      kind: 'FILE_FROZEN',
      message: 'Credence support froze your file to protect it: no partner can read your data until you unfreeze it.',
    });
    expect(await staffReadsOf(SUBJECT)).toContainEqual({
      field: 'Mutation.freezeConsumerFile',
      outcome: 'ALLOWED',
      staffRole: 'support',
      purpose: REASON,
    });
  });

  test('support cannot lift it; compliance can, and the consumer is told', async () => {
    const bySupport = await ask(UNFREEZE, { id: userId(SUBJECT) }, await support());
    expect(codesOf(bySupport)).toEqual(['FORBIDDEN']);
    const consumer = await asUser(SUBJECT);
    expect((await ask(MY_FREEZE, {}, consumer)).data!.myFileFreeze.frozen).toBe(true);
    const byCompliance = await ask(UNFREEZE, { id: userId(SUBJECT) }, await asStaff('compliance', 'case 12 closed'));
    expect(byCompliance.data!.unfreezeConsumerFile).toEqual({ frozen: false, since: null });
    const read = await ask(DEPOSIT_CHECK, { id: idAtPartner(0, userId(SUBJECT)) }, await asPartner(0));
    expect(read.errors).toBeUndefined();
    const alerts = nodesOf<any>((await ask(ALERTS, {}, consumer)).data!.myNotifications)!;
    expect(alerts).toContainEqual({
      kind: 'FILE_UNFROZEN',
      message: 'Credence compliance unfroze your file: partners you gave consent to can read your data again.',
    });
  });

  test("the consumer may lift support's freeze themselves", async () => {
    await ask(FREEZE, { id: userId(11) }, await support());
    const consumer = await asUser(11);
    const lifted = await ask(`mutation { unfreezeMyFile { frozen } }`, {}, consumer);
    expect(lifted.data!.unfreezeMyFile.frozen).toBe(false);
  });

  test.each<[string, () => Promise<Caller>, string]>([
    ['a partner', () => asPartner(0), 'FORBIDDEN'],
    ['the consumer (they use freezeMyFile)', () => asUser(12), 'FORBIDDEN'],
    ['disputes staff', () => asStaff('disputes', 'case'), 'FORBIDDEN'],
    ['support without a reason', () => asStaff('support', null), 'FORBIDDEN'],
    ['anonymous callers', async () => ({}), 'UNAUTHENTICATED'],
  ])('is refused to %s, and nothing is frozen', async (_, caller, code) => {
    expect(codesOf(await ask(FREEZE, { id: userId(12) }, await caller()))).toEqual([code]);
    expect((await ask(MY_FREEZE, {}, await asUser(12))).data!.myFileFreeze.frozen).toBe(false);
  });

  test('an id that is no consumer is NOT_FOUND; a malformed one BAD_USER_INPUT', async () => {
    expect(codesOf(await ask(FREEZE, { id: '00000000-0000-4000-8000-000000000000' }, await support()))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codesOf(await ask(FREEZE, { id: 'not-an-id' }, await support()))).toEqual(['BAD_USER_INPUT']);
  });
});
