import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import {
  CREDENTIAL_LIFETIME_SECONDS,
  operationDigest,
  signInternalCredential,
  UsedCredentials,
  verifyInternalCredential,
} from '../../shared/trust/internal-auth';

const secret = randomBytes(32);
const viewer = { kind: 'partner', partnerId: 'p-1' } as const;
const QUERY = '{ user(id: "1") { id } }';
const forScores = { audience: 'scores', query: QUERY, variables: {} };
const sign = (extra: { issuer?: string; audience?: string; requestId?: string; idempotencyKey?: string } = {}) =>
  signInternalCredential(secret, {
    issuer: 'gateway',
    audience: 'scores',
    viewer,
    query: QUERY,
    variables: {},
    ...extra,
  });

describe('the internal credential', () => {
  test("carries the gateway's request id to the subgraph", async () => {
    const credential = await sign({ requestId: 'request-42' });
    await expect(verifyInternalCredential(secret, credential, forScores, new UsedCredentials())).resolves.toEqual({
      viewer,
      issuer: 'gateway',
      requestId: 'request-42',
      idempotencyKey: null,
    });
  });

  test("carries the client's Idempotency-Key, signed with the rest", async () => {
    const credential = await sign({ requestId: 'request-43', idempotencyKey: 'report-7' });
    const caller = await verifyInternalCredential(secret, credential, forScores, new UsedCredentials());
    expect(caller.idempotencyKey).toBe('report-7');
  });

  test('a call no client made (e.g. the erasure outbox) gets a fresh request id of its own', async () => {
    const used = new UsedCredentials();
    const first = await verifyInternalCredential(secret, await sign({ issuer: 'consent' }), forScores, used);
    const second = await verifyInternalCredential(secret, await sign({ issuer: 'consent' }), forScores, used);
    expect(first.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.requestId).not.toBe(first.requestId);
  });

  test('is bound to the subgraph it was signed for: another subgraph refuses it', async () => {
    const credential = await sign({ audience: 'users' });
    await expect(verifyInternalCredential(secret, credential, forScores, new UsedCredentials())).rejects.toThrow(
      'invalid internal credential',
    );
  });

  test('is good for one request: the same credential sent again is refused', async () => {
    const used = new UsedCredentials();
    const credential = await sign();
    await verifyInternalCredential(secret, credential, forScores, used);
    await expect(verifyInternalCredential(secret, credential, forScores, used)).rejects.toThrow('already used');
  });

  test(`lives ${CREDENTIAL_LIFETIME_SECONDS} seconds, and a longer-lived one signed with the key is still refused after that`, async () => {
    const credential = await sign();
    const { exp, iat } = JSON.parse(Buffer.from(credential.split('.')[1], 'base64url').toString()) as {
      exp: number;
      iat: number;
    };
    expect(exp - iat).toBe(CREDENTIAL_LIFETIME_SECONDS);
    const old = await new SignJWT({ viewer, op: operationDigest(QUERY, {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('gateway')
      .setAudience('scores')
      .setJti('old-one')
      .setIssuedAt(Math.floor(Date.now() / 1000) - CREDENTIAL_LIFETIME_SECONDS - 2)
      .setExpirationTime('1h')
      .sign(secret);
    await expect(verifyInternalCredential(secret, old, forScores, new UsedCredentials())).rejects.toThrow(
      'invalid internal credential',
    );
  });

  test('is bound to the operation and its variables', async () => {
    const credential = await sign();
    await expect(
      verifyInternalCredential(
        secret,
        credential,
        { ...forScores, variables: { forged: true } },
        new UsedCredentials(),
      ),
    ).rejects.toThrow('another operation');
  });

  test('the used-credential memory forgets ids once they have expired', () => {
    const used = new UsedCredentials();
    expect(used.claim('a', 1_000, 0)).toBe(true);
    expect(used.claim('a', 1_000, 500)).toBe(false);
    expect(used.claim('b', 6_000, 2_000)).toBe(true);
    expect(used.size).toBe(1);
  });
});
