import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, KeyLike, SignJWT } from 'jose';
import { mintToken, tokenVerifierFromEnv, viewerFromHeaders } from '../../gateway/viewer-token';

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
    ['staff', { sub: 's-1', kind: 'staff' as const, role: 'support' }, { kind: 'staff', staffId: 's-1', role: 'support', reason: 'ticket 9' }],
  ])('a %s token becomes that viewer', async (_, claims, viewer) => {
    const token = await mintToken(claims);
    expect(await viewerFromHeaders(`Bearer ${token}`, 'ticket 9', verifyDev)).toEqual(viewer);
  });

  test.each([
    ['a malformed header', async () => 'Token abc'],
    ['a token signed with another key', async () => `Bearer ${await mintToken({ sub: 'u', kind: 'user' }, '1h', new TextEncoder().encode('x'.repeat(40)))}`],
    ['an expired token', async () => `Bearer ${await mintToken({ sub: 'u', kind: 'user' }, '-1m')}`],
    ['a staff token without a known role', async () => `Bearer ${await mintToken({ sub: 's', kind: 'staff', role: 'admin' })}`],
    ['a token of an unknown kind', async () => `Bearer ${await mintToken({ sub: 's', kind: 'robot' as never })}`],
  ])('%s is refused with UNAUTHENTICATED, never downgraded to anonymous', async (_, header) => {
    expect(await codeOf(viewerFromHeaders(await header(), undefined, verifyDev))).toBe('UNAUTHENTICATED');
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
      .setExpirationTime('5m')
      .sign(privateKey);

  test('a token signed by the provider\'s key is accepted', async () => {
    const verify = tokenVerifierFromEnv({ CREDENCE_JWKS_URL: jwksUrl });
    const token = await signRs256({ kind: 'partner' }, 'p-42');
    expect(await viewerFromHeaders(`Bearer ${token}`, undefined, verify)).toEqual({ kind: 'partner', partnerId: 'p-42' });
  });

  test('an HS256 dev token is refused once a JWKS is configured (no algorithm confusion)', async () => {
    const verify = tokenVerifierFromEnv({ CREDENCE_JWKS_URL: jwksUrl });
    const token = await mintToken({ sub: 'u-1', kind: 'user' });
    expect(await codeOf(viewerFromHeaders(`Bearer ${token}`, undefined, verify))).toBe('UNAUTHENTICATED');
  });
});
