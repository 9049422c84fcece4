import { randomBytes } from 'node:crypto';
import { signInternalCredential, verifyInternalCredential } from '../../shared/trust/internal-auth';

const secret = randomBytes(32);
const viewer = { kind: 'partner', partnerId: 'p-1' } as const;
const QUERY = '{ user(id: "1") { id } }';

describe('the internal credential', () => {
  test('carries the gateway\'s request id to the subgraph', async () => {
    const credential = await signInternalCredential(secret, 'gateway', viewer, QUERY, {}, 'request-42');
    await expect(verifyInternalCredential(secret, credential, QUERY, {})).resolves.toEqual({ viewer, issuer: 'gateway', requestId: 'request-42' });
  });

  test('a call no client made (e.g. the erasure outbox) gets a fresh request id of its own', async () => {
    const credential = await signInternalCredential(secret, 'consent', viewer, QUERY, {});
    const first = await verifyInternalCredential(secret, credential, QUERY, {});
    const second = await verifyInternalCredential(secret, credential, QUERY, {});
    expect(first.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.requestId).not.toBe(first.requestId);
  });
});
