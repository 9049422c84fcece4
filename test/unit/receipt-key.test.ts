import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, decodeProtectedHeader, exportJWK, exportPKCS8, generateKeyPair, jwtVerify } from 'jose';
import { DEVELOPMENT_KEY_FILE, loadReceiptKeys, signReceipt } from '../../shared/trust/receipt-key';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'credence-receipt-key-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

async function p256Pem() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return {
    pem: await exportPKCS8(privateKey),
    privateJwk: await exportJWK(privateKey),
    publicJwk: await exportJWK(publicKey),
  };
}

describe('the receipt signing key', () => {
  test('production refuses to start without CREDENCE_RECEIPT_PRIVATE_KEY, and generates no key file', async () => {
    await expect(loadReceiptKeys({ NODE_ENV: 'production', CREDENCE_DATA_DIR: directory })).rejects.toThrow(
      'CREDENCE_RECEIPT_PRIVATE_KEY must be set in production',
    );
    expect(readdirSync(directory)).toEqual([]);
  });

  test('a PKCS#8 PEM is accepted (also with literal \\n as one-line variables carry it); its kid is the RFC 7638 thumbprint', async () => {
    const { pem, publicJwk } = await p256Pem();
    const keys = await loadReceiptKeys({ NODE_ENV: 'production', CREDENCE_RECEIPT_PRIVATE_KEY: pem });
    expect(keys.publicKeys).toEqual([
      { kty: 'EC', crv: 'P-256', x: publicJwk.x, y: publicJwk.y, kid: keys.kid, alg: 'ES256', use: 'sig' },
    ]);
    expect(keys.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const oneLine = await loadReceiptKeys({ CREDENCE_RECEIPT_PRIVATE_KEY: pem.replace(/\n/g, '\\n') });
    expect(oneLine.kid).toBe(keys.kid);
  });

  test('a private JWK is accepted too; a public one, another curve or garbage is refused', async () => {
    const { privateJwk, publicJwk } = await p256Pem();
    expect((await loadReceiptKeys({ CREDENCE_RECEIPT_PRIVATE_KEY: JSON.stringify(privateJwk) })).publicKeys[0].x).toBe(
      publicJwk.x,
    );
    await expect(loadReceiptKeys({ CREDENCE_RECEIPT_PRIVATE_KEY: JSON.stringify(publicJwk) })).rejects.toThrow(
      'no private part',
    );
    const p384 = await exportPKCS8((await generateKeyPair('ES384', { extractable: true })).privateKey);
    await expect(loadReceiptKeys({ CREDENCE_RECEIPT_PRIVATE_KEY: p384 })).rejects.toThrow(
      'CREDENCE_RECEIPT_PRIVATE_KEY',
    );
    await expect(loadReceiptKeys({ CREDENCE_RECEIPT_PRIVATE_KEY: 'not a key' })).rejects.toThrow(
      'PKCS#8 PEM or private JWK',
    );
  });

  test('outside production a generated key is written once and reused by every later load, also by loads racing the first', async () => {
    const env = { CREDENCE_DATA_DIR: directory };
    const racing = await Promise.all([loadReceiptKeys(env), loadReceiptKeys(env), loadReceiptKeys(env)]);
    expect(new Set(racing.map((keys) => keys.kid)).size).toBe(1);
    expect(readdirSync(directory)).toEqual([DEVELOPMENT_KEY_FILE]); // drafts removed
    const later = await loadReceiptKeys(env);
    expect(later.kid).toBe(racing[0].kid);
    const jws = await signReceipt(racing[1], { jti: 'r1' });
    await expect(jwtVerify(jws, createLocalJWKSet({ keys: later.publicKeys }))).resolves.toBeDefined();
    expect((await loadReceiptKeys({ CREDENCE_DATA_DIR: join(directory, 'other') })).kid).not.toBe(later.kid);
  });

  test('previous public keys are published after the current one, so receipts signed before a rotation still verify', async () => {
    const old = await p256Pem();
    const oldKeys = await loadReceiptKeys({ CREDENCE_RECEIPT_PRIVATE_KEY: old.pem });
    const signedBefore = await signReceipt(oldKeys, { jti: 'before' });
    const rotated = await loadReceiptKeys({
      CREDENCE_RECEIPT_PRIVATE_KEY: (await p256Pem()).pem,
      CREDENCE_RECEIPT_PREVIOUS_PUBLIC_KEYS: JSON.stringify([old.publicJwk]),
    });
    expect(rotated.publicKeys.map((key) => key.kid)).toEqual([rotated.kid, oldKeys.kid]);
    await expect(jwtVerify(signedBefore, createLocalJWKSet({ keys: rotated.publicKeys }))).resolves.toBeDefined();
    for (const bad of ['{}', JSON.stringify([old.privateJwk]), JSON.stringify([{ kty: 'RSA', n: 'x', e: 'AQAB' }])]) {
      await expect(
        loadReceiptKeys({ CREDENCE_RECEIPT_PRIVATE_KEY: old.pem, CREDENCE_RECEIPT_PREVIOUS_PUBLIC_KEYS: bad }),
      ).rejects.toThrow('CREDENCE_RECEIPT_PREVIOUS_PUBLIC_KEYS');
    }
  });

  test("a receipt signed after a rotation names the new key's kid and verifies against the published keys", async () => {
    const old = await p256Pem();
    const oldKeys = await loadReceiptKeys({ CREDENCE_RECEIPT_PRIVATE_KEY: old.pem });
    const rotated = await loadReceiptKeys({
      CREDENCE_RECEIPT_PRIVATE_KEY: (await p256Pem()).pem,
      CREDENCE_RECEIPT_PREVIOUS_PUBLIC_KEYS: JSON.stringify([old.publicJwk]),
    });
    expect(rotated.kid).not.toBe(oldKeys.kid);
    const signedAfter = await signReceipt(rotated, { jti: 'after' });
    expect(decodeProtectedHeader(signedAfter).kid).toBe(rotated.kid);
    const published = createLocalJWKSet({ keys: rotated.publicKeys });
    await expect(jwtVerify(signedAfter, published)).resolves.toBeDefined();
    // Only under the new kid: the old one's public key does not verify it.
    await expect(
      jwtVerify(signedAfter, createLocalJWKSet({ keys: rotated.publicKeys.filter((key) => key.kid === oldKeys.kid) })),
    ).rejects.toThrow();
  });
});
