import { Platform } from '../../platform/launcher';
import { captureLogs } from '../../shared/server/log';
import { demoUsers } from '../../shared/demo/demo-population';
import { startTestPlatform } from '../support/platform';
import { asPartner, asUser, idAtPartner, userId } from '../support/graphql';

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 5 });
});
afterAll(() => platform.stop());

/** What a request line may hold: ids, names, codes, a duration. Nothing a caller sent or Credence answered. */
const ALLOWED_KEYS = [
  'time',
  'level',
  'event',
  'server',
  'operation',
  'outcome',
  'codes',
  'requestId',
  'viewerKind',
  'partnerId',
  'durationMs',
  'traceId',
];

async function linesOf(send: () => Promise<Response>) {
  const lines: string[] = [];
  const stop = captureLogs((line) => lines.push(line));
  let response: Response;
  try {
    response = await send();
    await response.clone().text();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the gateway logs once the answer is out
  } finally {
    stop();
  }
  return { response, lines, events: lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const post = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
  fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

describe('structured request logs', () => {
  test("one line per request in the gateway and in every subgraph it reached, all with the request id the caller got back, and none with the caller's token, contact details or score", async () => {
    const caller = await asUser(1);
    const user = demoUsers(1)[0];
    const { response, lines, events } = await linesOf(() =>
      post(
        'query Mine { me { displayName contact(unmasked: true) { email phone } creditFile { creditHistory } creditScore { value band } } }',
        {},
        { authorization: `Bearer ${caller.token}` },
      ),
    );
    const body = (await response.json()) as {
      data: { me: { contact: { email: string }; creditScore: { value: number } } };
    };
    expect(body.data.me.contact.email).toBe(user.email);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    const completed = events.filter((event) => event.event === 'request.completed');
    expect(completed.length).toBe(lines.length);
    expect(completed.every((event) => event.requestId === requestId)).toBe(true);
    expect(new Set(completed.map((event) => event.server))).toEqual(
      new Set(['gateway', 'users subgraph', 'credit-history subgraph', 'scores subgraph', 'consent subgraph']),
    );
    expect(completed.find((event) => event.server === 'gateway')).toEqual(
      expect.objectContaining({
        level: 'info',
        operation: 'Mine',
        outcome: 'ok',
        viewerKind: 'user',
        durationMs: expect.any(Number),
      }),
    );

    for (const event of events) expect(ALLOWED_KEYS).toEqual(expect.arrayContaining(Object.keys(event)));
    const everything = lines.join('\n');
    for (const secret of [caller.token!, user.email, user.phone, user.displayName, userId(1)])
      expect(everything).not.toContain(secret);
    const numbers = events.flatMap((event) =>
      Object.entries(event)
        .filter(([, value]) => typeof value === 'number')
        .map(([key]) => key),
    );
    expect(new Set(numbers)).toEqual(new Set(['durationMs'])); // the score value is nowhere
  });

  test('a refused token is logged as a failed request with its code, never the token', async () => {
    const { lines, events } = await linesOf(() =>
      post('{ me { id } }', {}, { authorization: 'Bearer forged.token.value' }),
    );
    expect(events).toEqual([
      expect.objectContaining({ server: 'gateway', outcome: 'failed', codes: ['UNAUTHENTICATED'] }),
    ]);
    expect(lines.join('\n')).not.toContain('forged.token.value');
  });

  test("a partner's denied reads are logged with the partner and the denial codes", async () => {
    const partner = await asPartner(1);
    const { events } = await linesOf(() =>
      post(
        'query Peek($id: ID!) { user(id: $id) { creditScore { value } } }',
        { id: idAtPartner(1, userId(2)) },
        { authorization: `Bearer ${partner.token}` },
      ),
    );
    expect(events.find((event) => event.server === 'gateway')).toEqual(
      expect.objectContaining({
        operation: 'Peek',
        outcome: 'partial',
        viewerKind: 'partner',
        partnerId: expect.any(String),
        codes: ['CONSENT_REQUIRED'],
      }),
    );
  });
});
