import { gzipSync } from 'node:zlib';
import { composeSupergraph } from '../../gateway/compose-supergraph';
import { createGatewayServer } from '../../gateway/server';
import { Platform } from '../../platform/launcher';
import { RunningServer } from '../../shared/server/http-server';
import { captureLogs } from '../../shared/server/log';
import { startTestPlatform, testBudgets } from '../support/platform';
import { partnerId } from '../support/graphql';

/**
 * What an anonymous caller gets wrong is answered 400 with a coded error and leaves no
 * error (nor stack trace) in the log; only a fault of the servers is a 5xx logged with its stack.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 3 });
});
afterAll(async () => {
  await platform.stop();
});

interface Logged {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  /** what went to stderr through console.error while the request ran */
  stderr: string[];
  /** the request log's lines */
  lines: { level: string; event: string; codes?: string[] }[];
}

async function post(url: string, body: Record<string, unknown>): Promise<Logged> {
  const stderr: string[] = [];
  const lines: Logged['lines'] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    stderr.push(args.map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack}` : String(arg))).join(' '));
  });
  const stopCapture = captureLogs((line) => lines.push(JSON.parse(line) as Logged['lines'][number]));
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Logged['body'], stderr, lines };
  } finally {
    stopCapture();
    spy.mockRestore();
  }
}

const grantWith = (expiresAt: string) =>
  `mutation { grantConsent(input: { partnerId: "${partnerId(0)}", scopes: [SCORE_BAND], purpose: "deposit", expiresAt: ${expiresAt} }) { id } }`;

describe('client mistakes, sent anonymously through the gateway', () => {
  test.each([
    [
      'two operations and no operationName',
      'OPERATION_RESOLUTION_FAILURE',
      { query: 'query A { partners { id } } query B { partners { name } }' },
      /Must provide operation name/,
    ],
    [
      'an operationName the document does not hold',
      'OPERATION_RESOLUTION_FAILURE',
      { query: 'query A { partners { id } }', operationName: 'C' },
      /Unknown operation named "C"/,
    ],
    [
      'an inline DateTime literal that is no date',
      'GRAPHQL_VALIDATION_FAILED',
      { query: grantWith('"yesterday"') },
      /DateTime must be an ISO-8601 string/,
    ],
    [
      'an inline DateTime literal that is a number',
      'GRAPHQL_VALIDATION_FAILED',
      { query: grantWith('20270101') },
      /DateTime must be an ISO-8601 string/,
    ],
    [
      'a DateTime variable that is no date, inside an input object',
      'BAD_USER_INPUT',
      {
        query: 'mutation G($input: GrantConsentInput!) { grantConsent(input: $input) { id } }',
        variables: {
          input: { partnerId: partnerId(0), scopes: ['SCORE_BAND'], purpose: 'deposit', expiresAt: 'yesterday' },
        },
      },
      /DateTime must be an ISO-8601 string/,
    ],
  ])('%s is a 400 with %s, and nothing is logged as an error', async (_, code, body, message) => {
    const answer = await post(platform.gatewayUrl, body);
    expect(answer.status).toBe(400);
    expect(answer.body.errors!.map((error) => error.extensions?.code)).toEqual([code]);
    expect(answer.body.errors![0].message).toMatch(message);
    expect(JSON.stringify(answer.body)).not.toMatch(/stacktrace|\\n\s+at /);
    expect(answer.stderr).toEqual([]);
    expect(answer.lines.filter((line) => line.event === 'request.completed').map((line) => line.level)).toEqual([
      'info',
    ]);
  });
});

describe('bodies the parser cannot read, on every route that reads one', () => {
  const gzipped = gzipSync('{"query":"{ partners { id } }"}');
  const notGzip = Buffer.from('{"query":"{ partners { id } }"}');
  test.each([
    ['/graphql', 'application/json', { 'content-encoding': 'gzip' }, notGzip, 400],
    ['/graphql', 'application/json', { 'content-encoding': 'br' }, notGzip, 400],
    ['/oauth/token', 'application/x-www-form-urlencoded', { 'content-encoding': 'gzip' }, notGzip, 400],
    ['/oauth/token', 'application/x-www-form-urlencoded', { 'content-encoding': 'snappy' }, gzipped, 400],
    ['/oauth/token', 'application/x-www-form-urlencoded; charset=latin1', {}, 'grant_type=client_credentials', 400],
    ['/dev/token', 'application/json', { 'content-encoding': 'br' }, notGzip, 400],
    ['/dev/token', 'application/json; charset=latin1', {}, '{"kind":"user","user":1}', 415],
  ])(
    '%s with %s %j is a JSON client error, never an HTML page or a stack',
    async (path, type, headers, body, status) => {
      const stderr = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const response = await fetch(new URL(path, platform.gatewayUrl), {
          method: 'POST',
          headers: { 'content-type': type, ...headers },
          body,
        });
        const text = await response.text();
        expect(response.status).toBe(status);
        expect(response.headers.get('content-type')).toMatch(/json/);
        expect(text).not.toMatch(/<html|<pre>|\bat \S+ \(|node_modules|\/work\//i);
        expect(JSON.parse(text)).toBeTruthy();
        expect(stderr).not.toHaveBeenCalled();
      } finally {
        stderr.mockRestore();
      }
    },
  );

  test.each([
    ['GET', '/oauth/token'],
    ['PUT', '/oauth/token'],
    ['GET', '/furnishing/batches'],
    ['DELETE', '/furnishing/batches'],
  ])('%s %s is a JSON 405 naming POST, never an HTML page', async (method, path) => {
    const response = await fetch(new URL(path, platform.gatewayUrl), { method });
    const text = await response.text();
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(text).not.toMatch(/<html|<pre>/i);
    expect(text).toMatch(/POST/);
  });

  test('a gzipped request is still answered', async () => {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipped,
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { partners: unknown[] } }).data.partners.length).toBeGreaterThan(0);
  });
});

describe('a server fault', () => {
  let gateway: RunningServer;
  beforeAll(async () => {
    // A gateway whose users subgraph is gone: the address of a port nothing listens on.
    const subgraphUrls = { ...platform.subgraphUrls, users: 'http://127.0.0.1:9/graphql' };
    gateway = await (
      await createGatewayServer({ supergraphSdl: composeSupergraph(), subgraphUrls, budgets: testBudgets() })
    ).listen(0);
  });
  afterAll(async () => {
    await gateway.stop();
  });

  test('is INTERNAL_SERVER_ERROR to the caller, with no detail, and logged as an error with its stack', async () => {
    const answer = await post(gateway.url, { query: '{ partners { id } }' });
    expect(answer.body.errors!.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['Internal server error.', 'INTERNAL_SERVER_ERROR'],
    ]);
    expect(answer.stderr.join('\n')).toMatch(/internal error[\s\S]*ECONNREFUSED[\s\S]*\n\s+at /);
    expect(answer.lines.filter((line) => line.event === 'request.completed').map((line) => line.level)).toEqual([
      'error',
    ]);
  });
});
