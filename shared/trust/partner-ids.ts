import { Cipher, createCipheriv, createDecipheriv, createHash, Decipher, hkdfSync } from 'node:crypto';
import { jsonFromEnv } from '../env';
import { partnerIdKey } from './secrets';

/**
 * Partner-scoped ids (issue 19): every id that names a consumer to a partner is that
 * partner's own, `k1_<32 hex>`: AES-256 of the internal UUID's 16 bytes (one block, so
 * deterministic, reversible and unpadded) under a key derived for that partner from
 * CREDENCE_PARTNER_ID_KEY. Two partners' ids for one consumer share nothing a partner
 * can compute; only Credence, holding the master key, maps them back. `k1` names the
 * master key, so a rotated-out key (CREDENCE_PARTNER_ID_PREVIOUS_KEYS) still decodes
 * the ids it minted. docs/architecture.md says why this and not a mapping table.
 */
const KEY_ID_VARIABLE = 'CREDENCE_PARTNER_ID_KEY_ID';
const PREVIOUS_KEYS_VARIABLE = 'CREDENCE_PARTNER_ID_PREVIOUS_KEYS';
const KEY_ID = /^k[0-9]{1,6}$/;
const PARTNER_SCOPED = /^(k[0-9]{1,6})_([0-9a-f]{32})$/;
/** Internal ids are version-4 UUIDs: a decrypted block of any other form was not minted by Credence. */
const INTERNAL_FORM = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Derived ciphers kept per process: a partner's next request reuses its key schedule. */
const MAX_CACHED_PARTNERS = 10_000;

/**
 * Whether partners' ids are translated, in and out, in this process: always, except while
 * `npm run bench` measures what translating costs (scripts/bench/partner-ids.ts). No
 * setting reaches it.
 */
export const partnerIdTranslation = { enabled: true };

export interface PartnerIdCodec {
  /** The partner's id for a consumer, under the current key. */
  encode(partnerId: string, internalId: string): string;
  /** Every id the partner may hold for a consumer: under the current key and each previous one (erasure looks for all). */
  everyForm(partnerId: string, internalId: string): string[];
  /** The consumer a partner's id names, or null when it names none (another partner's, an unknown key, noise). */
  decode(partnerId: string, givenId: string): string | null;
  /**
   * The consumer a partner's id names, or else an id of the same form that names nobody:
   * what a resolver may look up so that a foreign id is answered as a random one would be.
   * Same work either way: one decryption, whatever was given.
   */
  resolve(partnerId: string, givenId: string): string;
}

interface MasterKey {
  id: string;
  secret: Uint8Array;
}

function previousKeys(env: NodeJS.ProcessEnv, currentId: string): MasterKey[] {
  if (!env[PREVIOUS_KEYS_VARIABLE]) return [];
  const parsed = jsonFromEnv(env, PREVIOUS_KEYS_VARIABLE);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${PREVIOUS_KEYS_VARIABLE} must be a JSON object of key id to key, e.g. {"k1": "…"}.`);
  return Object.entries(parsed).map(([id, secret]) => {
    if (!KEY_ID.test(id) || id === currentId)
      throw new Error(`${PREVIOUS_KEYS_VARIABLE}: ${id} must be a key id k<number> other than the current one.`);
    if (typeof secret !== 'string' || secret.length < 32)
      throw new Error(`${PREVIOUS_KEYS_VARIABLE}: key ${id} must be at least 32 characters.`);
    return { id, secret: new TextEncoder().encode(secret) };
  });
}

/** The partner's AES key under one master key: HKDF-SHA256, salt and info naming the key id and the partner. */
function partnerKey(master: MasterKey, partnerId: string): Buffer {
  const salt = `credence partner-scoped id ${master.id}`;
  return Buffer.from(hkdfSync('sha256', master.secret, salt, `partner ${partnerId}`, 32));
}

const uuidOf = (block: Buffer) => {
  const hex = block.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** Forces a block into the internal ids' form (version 4, RFC 4122 variant): a no-op on a real id. */
function inInternalForm(block: Buffer): Buffer {
  block[6] = (block[6] & 0x0f) | 0x40;
  block[8] = (block[8] & 0x3f) | 0x80;
  return block;
}

/**
 * One ECB cipher per partner and key, used block by block and never finished: with
 * padding off each update() turns one 16-byte block into one, so the key schedule is
 * paid once per partner, not once per id.
 */
class Ciphers<T extends Cipher | Decipher> {
  private readonly byPartner = new Map<string, T>();
  constructor(private readonly make: (key: Buffer) => T) {}
  of(master: MasterKey, partnerId: string): T {
    const name = `${master.id} ${partnerId}`;
    let cipher = this.byPartner.get(name);
    if (!cipher) {
      if (this.byPartner.size >= MAX_CACHED_PARTNERS) this.byPartner.clear();
      cipher = this.make(partnerKey(master, partnerId)).setAutoPadding(false) as T;
      this.byPartner.set(name, cipher);
    }
    return cipher;
  }
}

/** The codec for an explicit key set (tests, rotation); partnerIdCodec() reads the environment. */
export function createPartnerIdCodec(current: MasterKey, previous: MasterKey[] = []): PartnerIdCodec {
  const keys = new Map([current, ...previous].map((key) => [key.id, key]));
  const encrypting = new Ciphers((key) => createCipheriv('aes-256-ecb', key, null));
  const decrypting = new Ciphers((key) => createDecipheriv('aes-256-ecb', key, null));

  /** The decrypted block and whether it is a consumer's id minted for this partner. */
  function open(partnerId: string, givenId: string): { block: Buffer; minted: boolean } {
    const match = PARTNER_SCOPED.exec(givenId);
    const key = match ? keys.get(match[1]) : undefined;
    // Anything else (an unknown key id included) is decrypted too, under the current key: a block from its whole text.
    const sealed =
      key && match ? Buffer.from(match[2], 'hex') : createHash('sha256').update(givenId).digest().subarray(0, 16);
    const block = decrypting.of(key ?? current, partnerId).update(sealed);
    const minted = key !== undefined && INTERNAL_FORM.test(uuidOf(block));
    return { block, minted };
  }

  const sealUnder = (master: MasterKey, partnerId: string, internalId: string) => {
    const block = Buffer.from(internalId.replace(/-/g, ''), 'hex');
    if (block.length !== 16) throw new Error(`${internalId} is not an internal id.`);
    return `${master.id}_${encrypting.of(master, partnerId).update(block).toString('hex')}`;
  };

  return {
    encode: (partnerId, internalId) => sealUnder(current, partnerId, internalId),
    everyForm: (partnerId, internalId) => [...keys.values()].map((master) => sealUnder(master, partnerId, internalId)),
    decode(partnerId, givenId) {
      const { block, minted } = open(partnerId, givenId);
      return minted ? uuidOf(block) : null;
    },
    resolve(partnerId, givenId) {
      return uuidOf(inInternalForm(open(partnerId, givenId).block));
    },
  };
}

/** The keys the environment names: CREDENCE_PARTNER_ID_KEY as CREDENCE_PARTNER_ID_KEY_ID (k1), and the previous ones. */
export function partnerIdKeysFromEnv(env: NodeJS.ProcessEnv = process.env): {
  current: MasterKey;
  previous: MasterKey[];
} {
  const id = env[KEY_ID_VARIABLE] || 'k1';
  if (!KEY_ID.test(id)) throw new Error(`${KEY_ID_VARIABLE} must be k followed by a number (k1, k2, …).`);
  return { current: { id, secret: partnerIdKey(env) }, previous: previousKeys(env, id) };
}

const codecs = new Map<string, PartnerIdCodec>();

/** The codec of this process's configuration, built once (every subgraph and the gateway share the keys). */
export function partnerIdCodec(env: NodeJS.ProcessEnv = process.env): PartnerIdCodec {
  const source = JSON.stringify([
    env.NODE_ENV,
    env.CREDENCE_PARTNER_ID_KEY,
    env[KEY_ID_VARIABLE],
    env[PREVIOUS_KEYS_VARIABLE],
  ]);
  let codec = codecs.get(source);
  if (!codec) {
    const { current, previous } = partnerIdKeysFromEnv(env);
    codec = createPartnerIdCodec(current, previous);
    codecs.set(source, codec);
  }
  return codec;
}
