import { createPublicKey, KeyObject, randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  calculateJwkThumbprint,
  exportJWK,
  exportPKCS8,
  generateKeyPair,
  importJWK,
  importPKCS8,
  JWK,
  JWTPayload,
  KeyLike,
  SignJWT,
} from 'jose';
import { jsonFromEnv } from '../env';
import { dataDirectory } from '../paths';

/**
 * The key that signs consent receipts (ES256, P-256), and the public keys that verify
 * them. Unlike the HS256 secrets, anyone must be able to verify a receipt, so it is an
 * asymmetric key published at /.well-known/jwks.json; the `kid` is its RFC 7638
 * thumbprint, so a rotated-out key keeps its kid in CREDENCE_RECEIPT_PREVIOUS_PUBLIC_KEYS.
 */
export const RECEIPT_ALGORITHM = 'ES256';
/** Explicit typing (RFC 8725 §3.11): a receipt cannot pass for another kind of token. */
export const RECEIPT_TYPE = 'consent-receipt+jwt';
const PRIVATE_KEY_VARIABLE = 'CREDENCE_RECEIPT_PRIVATE_KEY';
const PREVIOUS_KEYS_VARIABLE = 'CREDENCE_RECEIPT_PREVIOUS_PUBLIC_KEYS';
/** Development only: one generated key per installation, next to its SQLite files. */
export const DEVELOPMENT_KEY_FILE = 'receipt-signing-key.dev.pem';

export interface ReceiptPublicKey {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
  alg: typeof RECEIPT_ALGORITHM;
  use: 'sig';
}

export interface ReceiptKeys {
  privateKey: KeyLike;
  kid: string;
  /** the signing key's public half first, then the previous ones: the JWKS */
  publicKeys: ReceiptPublicKey[];
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * The generated development key, the same for every process of this installation: the
 * first writes it whole to a draft file and hard-links it into place, which fails if
 * the file exists, so a racing process never reads half a key and the loser reads the
 * winner's.
 */
async function developmentKeyPem(directory: string): Promise<string> {
  const file = join(directory, DEVELOPMENT_KEY_FILE);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  mkdirSync(directory, { recursive: true });
  const pem = await exportPKCS8((await generateKeyPair(RECEIPT_ALGORITHM, { extractable: true })).privateKey);
  const draft = `${file}.${randomUUID()}.tmp`;
  writeFileSync(draft, pem, { flag: 'wx', mode: 0o600 });
  try {
    linkSync(draft, file);
    return pem;
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    return readFileSync(file, 'utf8');
  } finally {
    unlinkSync(draft);
  }
}

async function importPrivateKey(text: string, source: string): Promise<KeyLike> {
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith('{')) {
      const jwk = JSON.parse(trimmed) as JWK;
      if (!jwk.d) throw new Error('the JWK has no private part');
      return (await importJWK(jwk, RECEIPT_ALGORITHM)) as KeyLike;
    }
    // a PEM pasted into a one-line variable often arrives with literal \n
    return await importPKCS8(trimmed.replace(/\\n/g, '\n'), RECEIPT_ALGORITHM);
  } catch (error) {
    throw new Error(
      `${source} must be a P-256 private key, PKCS#8 PEM or private JWK JSON: ${(error as Error).message}.`,
    );
  }
}

/** A public JWK as published: P-256 only, never a private part, kid = its thumbprint. */
async function publishable(jwk: JWK, source: string): Promise<ReceiptPublicKey> {
  if (jwk.d !== undefined) throw new Error(`${source} must hold public keys only.`);
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') {
    throw new Error(`${source} must hold EC P-256 keys (kty EC, crv P-256, x, y).`);
  }
  const core = { kty: 'EC' as const, crv: 'P-256' as const, x: jwk.x, y: jwk.y };
  return { ...core, kid: await calculateJwkThumbprint(core), alg: RECEIPT_ALGORITHM, use: 'sig' };
}

function previousKeys(env: NodeJS.ProcessEnv): JWK[] {
  if (!env[PREVIOUS_KEYS_VARIABLE]) return [];
  const keys = jsonFromEnv(env, PREVIOUS_KEYS_VARIABLE);
  if (!Array.isArray(keys)) throw new Error(`${PREVIOUS_KEYS_VARIABLE} must be a JSON array of public JWKs.`);
  return keys as JWK[];
}

/**
 * Reads the receipt keys from the environment: CREDENCE_RECEIPT_PRIVATE_KEY, or outside
 * production the installation's generated development key; in production a missing
 * key is a start-up error, as for the other secrets.
 */
export async function loadReceiptKeys(env: NodeJS.ProcessEnv = process.env): Promise<ReceiptKeys> {
  const configured = env[PRIVATE_KEY_VARIABLE];
  if (!configured && env.NODE_ENV === 'production')
    throw new Error(`${PRIVATE_KEY_VARIABLE} must be set in production.`);
  const privateKey = configured
    ? await importPrivateKey(configured, PRIVATE_KEY_VARIABLE)
    : await importPrivateKey(await developmentKeyPem(dataDirectory(env)), DEVELOPMENT_KEY_FILE);
  const current = await publishable(await exportJWK(createPublicKey(privateKey as KeyObject)), PRIVATE_KEY_VARIABLE);
  const previous = await Promise.all(previousKeys(env).map((jwk) => publishable(jwk, PREVIOUS_KEYS_VARIABLE)));
  return { privateKey, kid: current.kid, publicKeys: [current, ...previous.filter((key) => key.kid !== current.kid)] };
}

const loaded = new Map<string, Promise<ReceiptKeys>>();

/** loadReceiptKeys once per process and configuration: the gateway and the consent subgraph sign and publish the same key. */
export function receiptKeys(env: NodeJS.ProcessEnv = process.env): Promise<ReceiptKeys> {
  const source = JSON.stringify([
    env.NODE_ENV,
    env[PRIVATE_KEY_VARIABLE] ?? dataDirectory(env),
    env[PREVIOUS_KEYS_VARIABLE],
  ]);
  let keys = loaded.get(source);
  if (!keys) {
    keys = loadReceiptKeys(env);
    loaded.set(source, keys);
    keys.catch(() => loaded.delete(source));
  }
  return keys;
}

/** Signs a receipt's claims as a compact JWS with the current key. */
export async function signReceipt(keys: ReceiptKeys, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: RECEIPT_ALGORITHM, kid: keys.kid, typ: RECEIPT_TYPE })
    .sign(keys.privateKey);
}
