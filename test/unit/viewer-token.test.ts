import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, KeyLike, SignJWT } from 'jose';
import {
  DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
  mintToken,
  TOKEN_CLOCK_SKEW_SECONDS,
  tokenVerifierFromEnv,
  viewerFromHeaders,
} from '../../gateway/viewer-token';
import { tokenSecret } from '../../shared/trust/secrets';

const verifyDev = tokenVerifierFromEnv({});
const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );

describe('viewers from bearer tokens (HS256 dev tokens)', () => {
  test('no Authorization header is the anonymous viewer', async () => {
    expect(await viewerFromHeaders(undefined, undefined, verifyDev)).toEqual({ kind: 'anonymous' });
  });

  test.each([
    ['user', { sub: 'u-1', kind: 'user' as const }, { kind: 'user', userId: 'u-1' }],
    ['partner', { sub: 'p-1', kind: 'partner' as const }, { kind: 'partner', partnerId: 'p-1' }],
    [
      'staff',
      { sub: 's-1', kind: 'staff' as const, role: 'support' },
      { kind: 'staff', staffId: 's-1', role: 'support', reason: 'ticket 9' },
    ],
  ])('a %s token becomes that viewer', async (_, claims, viewer) => {
    const token = await mintToken(claims);
    expect(await viewerFromHeaders(`Bearer ${token}`, 'ticket 9', verifyDev)).toEqual(viewer);
  });

  test.each([
    ['a malformed header', async () => 'Token abc'],
    [
      'a token signed with another key',
      async () =>
        `Bearer ${await mintToken({ sub: 'u', kind: 'user' }, '1h', new TextEncoder().encode('x'.repeat(40)))}`,
    ],
    ['an expired token', async () => `Bearer ${await mintToken({ sub: 'u', kind: 'user' }, '-5m')}`],
    [
      'a staff token without a known role',
      async () => `Bearer ${await mintToken({ sub: 's', kind: 'staff', role: 'admin' })}`,
    ],
    ['a token of an unknown kind', async () => `Bearer ${await mintToken({ sub: 's', kind: 'robot' as never })}`],
  ])('%s is refused with UNAUTHENTICATED, never downgraded to anonymous', async (_, header) => {
    expect(await codeOf(viewerFromHeaders(await header(), undefined, verifyDev))).toBe('UNAUTHENTICATED');
  });
});

describe('the lifetime of a viewer token', () => {
  const now = () => Math.floor(Date.now() / 1000);
  /** An HS256 token with the dev key and exactly the times given (none when undefined). */
  const signed = (times: { iat?: number; exp?: number }) => {
    const jwt = new SignJWT({ kind: 'user' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u-1')
      .setIssuer('credence')
      .setAudience('credence-graph');
    if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
    if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
    return jwt.sign(tokenSecret({}));
  };
  const verdict = async (times: { iat?: number; exp?: number }, verify = verifyDev) =>
    codeOf(viewerFromHeaders(`Bearer ${await signed(times)}`, undefined, verify));

  test('a token issued now for an hour is accepted', async () => {
    expect(await verdict({ iat: now(), exp: now() + 3600 })).toBe('resolved');
  });

  test.each([
    ['without exp: it would never expire', () => ({ iat: now() })],
    ['without iat: its age cannot be told', () => ({ exp: now() + 3600 })],
    [
      `with iat further ahead than the ${TOKEN_CLOCK_SKEW_SECONDS} s clock skew`,
      () => ({ iat: now() + TOKEN_CLOCK_SKEW_SECONDS + 30, exp: now() + 3600 }),
    ],
    [
      'issued longer ago than the longest lifetime, though exp says it is good',
      () => ({ iat: now() - DEFAULT_TOKEN_MAX_LIFETIME_SECONDS - 120, exp: now() + 600 }),
    ],
    ['claiming a lifetime longer than the maximum (ten years)', () => ({ iat: now(), exp: now() + 10 * 365 * 86_400 })],
  ])('a token %s is refused with UNAUTHENTICATED', async (_, times) => {
    expect(await verdict(times())).toBe('UNAUTHENTICATED');
  });

  test('an iat a few seconds ahead (within the skew) is accepted: clocks drift a little', async () => {
    expect(await verdict({ iat: now() + 10, exp: now() + 3600 })).toBe('resolved');
  });

  test('CREDENCE_TOKEN_MAX_LIFETIME_SECONDS sets the longest lifetime', async () => {
    const strict = tokenVerifierFromEnv({ CREDENCE_TOKEN_MAX_LIFETIME_SECONDS: '900' });
    expect(await verdict({ iat: now(), exp: now() + 900 }, strict)).toBe('resolved');
    expect(await verdict({ iat: now(), exp: now() + 3600 }, strict)).toBe('UNAUTHENTICATED');
    expect(await verdict({ iat: now() - 1000, exp: now() + 60 }, strict)).toBe('UNAUTHENTICATED');
  });

  test("the dev tokens' default lifetime (12 h) fits the maximum", async () => {
    const token = await mintToken({ sub: 'u-1', kind: 'user' });
    expect(await viewerFromHeaders(`Bearer ${token}`, undefined, verifyDev)).toEqual({ kind: 'user', userId: 'u-1' });
  });
});

describe('viewers from an identity provider (RS256 via JWKS)', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: KeyLike;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const signRs256 = (claims: Record<string, unknown>, sub: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setSubject(sub)
      .setIssuer('credence')
      .setAudience('credence-graph')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);

  test("a token signed by the provider's key is accepted", async () => {
    const verify = tokenVerifierFromEnv({ CREDENCE_JWKS_URL: jwksUrl });
    const token = await signRs256({ kind: 'partner' }, 'p-42');
    expect(await viewerFromHeaders(`Bearer ${token}`, undefined, verify)).toEqual({
      kind: 'partner',
      partnerId: 'p-42',
    });
  });

  test('an HS256 dev token is refused once a JWKS is configured (no algorithm confusion)', async () => {
    const verify = tokenVerifierFromEnv({ CREDENCE_JWKS_URL: jwksUrl });
    const token = await mintToken({ sub: 'u-1', kind: 'user' });
    expect(await codeOf(viewerFromHeaders(`Bearer ${token}`, undefined, verify))).toBe('UNAUTHENTICATED');
  });

  test("the provider's tokens are held to the same lifetime: one without iat is refused", async () => {
    const verify = tokenVerifierFromEnv({ CREDENCE_JWKS_URL: jwksUrl });
    const token = await new SignJWT({ kind: 'partner' })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setSubject('p-42')
      .setIssuer('credence')
      .setAudience('credence-graph')
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(await codeOf(viewerFromHeaders(`Bearer ${token}`, undefined, verify))).toBe('UNAUTHENTICATED');
  });
});
