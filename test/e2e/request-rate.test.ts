import { request as httpRequest } from 'node:http';
import { RequestRateSettings } from '../../gateway/request-rate';
import { testBudgets } from '../support/platform';
import { useGatewaysOverOnePlatform } from '../support/gateway';
import { asPartner } from '../support/graphql';

/**
 * The request-rate limit, per address and per token, refuses on the headers alone:
 * gateways with small limits in front of one platform, counting in memory or in Redis.
 */
const REDIS_URL = 'redis://127.0.0.1:6379';
const QUERY = JSON.stringify({ query: '{ partners { id } }' });
const stack = useGatewaysOverOnePlatform(3);
const startGateway = stack.gatewayWith;

const limited = (backend: 'memory' | 'Redis', requestRate: RequestRateSettings) =>
  testBudgets({ requestRate, redisUrl: backend === 'Redis' ? REDIS_URL : undefined });

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One POST from `localAddress` (127.0.0.0/8 is all loopback); `body: null` sends the headers and never the body. */
function post(
  url: string,
  options: { localAddress?: string; token?: string; body?: string | null; contentLength?: number } = {},
): Promise<Answer> {
  const body = options.body === undefined ? QUERY : options.body;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'content-length': String(options.contentLength ?? Buffer.byteLength(body ?? '')),
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      { method: 'POST', localAddress: options.localAddress ?? '127.0.0.1', headers, agent: false },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text });
          outgoing.destroy();
        });
      },
    );
    outgoing.on('error', reject);
    if (body === null) outgoing.flushHeaders();
    else outgoing.end(body);
  });
}

const codeOf = (answer: Answer) =>
  (JSON.parse(answer.body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;

describe.each(['memory', 'Redis'] as const)('the request-rate limit, counted in %s', (backend) => {
  test('an address past its allowance is refused with 429, RATE_LIMITED, Retry-After and RateLimit headers', async () => {
    const url = await startGateway(limited(backend, { perAddress: 5, perToken: 100, windowSeconds: 60 }));
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await post(url, { localAddress: '127.0.0.5' }));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = answers[5];
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers['ratelimit-policy']).toBe('"address";q=5;w=60');
    expect(refused.headers.ratelimit).toBe(`"address";r=0;t=${retryAfter}`);
    expect(refused.headers['content-type']).toMatch(/^application\/json/);
    // another address is not held to this one's count
    expect((await post(url, { localAddress: '127.0.0.6' })).status).toBe(200);
  });

  test('the refusal comes before the body is read: a request whose body never arrives is still answered 429', async () => {
    const url = await startGateway(limited(backend, { perAddress: 1, perToken: 100, windowSeconds: 60 }));
    expect((await post(url, { localAddress: '127.0.0.7' })).status).toBe(200);
    const headersOnly = await post(url, { localAddress: '127.0.0.7', body: null, contentLength: 500_000 });
    expect(headersOnly.status).toBe(429);
    expect(codeOf(headersOnly)).toBe('RATE_LIMITED');
  });

  test('a token past its allowance is refused from any address; another token from the same address is not', async () => {
    const url = await startGateway(limited(backend, { perAddress: 100, perToken: 3, windowSeconds: 60 }));
    const bikes = (await asPartner(0)).token!;
    const statuses = [];
    for (const localAddress of ['127.0.0.8', '127.0.0.9', '127.0.0.10', '127.0.0.11'])
      statuses.push((await post(url, { localAddress, token: bikes })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await post(url, { localAddress: '127.0.0.12', token: bikes });
    expect(refused.headers['ratelimit-policy']).toBe('"token";q=3;w=60');
    expect((await post(url, { localAddress: '127.0.0.8', token: (await asPartner(1)).token })).status).toBe(200);
  });

  test('a large body draws on the allowance by its size: 1 per request and 1 per 16 KB', async () => {
    const url = await startGateway(limited(backend, { perAddress: 10, perToken: 100, windowSeconds: 60 }));
    const padded = JSON.stringify({
      query: '{ partners { id } }',
      variables: { padding: Array(2000).fill('x'.repeat(50)) },
    }); // 106 KB: 1 + 6 points
    expect((await post(url, { localAddress: '127.0.0.13', body: padded })).status).toBe(200);
    const small = [];
    for (let i = 0; i < 4; i += 1) small.push((await post(url, { localAddress: '127.0.0.13' })).status);
    expect(small).toEqual([200, 200, 200, 429]); // 7 + 3 fill the 10
  });
});

describe('gateway replicas share the request-rate counters through Redis', () => {
  test('what an address sent to one gateway counts at the other', async () => {
    const shared = limited('Redis', { perAddress: 4, perToken: 100, windowSeconds: 60 });
    const [first, second] = [await startGateway(shared), await startGateway(shared)];
    const statuses = [];
    for (let i = 0; i < 5; i += 1)
      statuses.push((await post(i % 2 ? first : second, { localAddress: '127.0.0.14' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });
});

describe('the defaults', () => {
  test('let a partner fire 300 requests at once from one address', async () => {
    const url = await startGateway(testBudgets());
    const token = (await asPartner(2)).token;
    const answers = await Promise.all(
      Array.from({ length: 300 }, () => post(url, { localAddress: '127.0.0.15', token })),
    );
    expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);
  }, 60_000);
});
