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
  /** The same for many, in order, in one cipher call: what a response to a partner needs. */
  encodeAll(partnerId: string, internalIds: readonly string[]): string[];
  /** Every id the partner may hold for a consumer: under the current key and each previous one (erasure looks for all). */
  everyForm(partnerId: string, internalId: string): string[];
  /** The consumer a partner's id names, or null when it names none (another partner's, an unknown key, noise). */
  decode(partnerId: string, givenId: string): string | null;
  decodeAll(partnerId: string, givenIds: readonly string[]): (string | null)[];
  /**
   * The consumer a partner's id names, or else an id of the same form that names nobody:
   * what a resolver may look up so that a foreign id is answered as a random one would be.
   * Same work either way: one decryption, whatever was given.
   */
  resolve(partnerId: string, givenId: string): string;
  resolveAll(partnerId: string, givenIds: readonly string[]): string[];
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

/** The i-th 16-byte block of a buffer as a UUID, from the buffer's hex. */
const uuidAt = (hex: string, i: number) => {
  const at = i * 32;
  return `${hex.slice(at, at + 8)}-${hex.slice(at + 8, at + 12)}-${hex.slice(at + 12, at + 16)}-${hex.slice(at + 16, at + 20)}-${hex.slice(at + 20, at + 32)}`;
};

/** Internal ids are version-4 UUIDs with the RFC 4122 variant: a decrypted block of any other form was not minted by Credence. */
const inInternalForm = (blocks: Buffer, i: number) =>
  blocks[i * 16 + 6] >> 4 === 4 && (blocks[i * 16 + 8] & 0xc0) === 0x80;

/** Forces a block into that form: a no-op on a real id, and an id that names nobody from anything else. */
function forceInternalForm(blocks: Buffer, i: number): void {
  blocks[i * 16 + 6] = (blocks[i * 16 + 6] & 0x0f) | 0x40;
  blocks[i * 16 + 8] = (blocks[i * 16 + 8] & 0x3f) | 0x80;
}

/** Internal ids as blocks, one after the other: what one cipher call turns into as many partner ids. */
function blocksOf(internalIds: readonly string[]): Buffer {
  const blocks = Buffer.allocUnsafe(internalIds.length * 16);
  internalIds.forEach((id, i) => {
    const hex = `${id.slice(0, 8)}${id.slice(9, 13)}${id.slice(14, 18)}${id.slice(19, 23)}${id.slice(24)}`;
    if (id.length !== 36 || blocks.write(hex, i * 16, 16, 'hex') !== 16)
      throw new Error(`${id} is not an internal id.`);
  });
  return blocks;
}

/**
 * One ECB cipher per partner and key, used and never finished: with padding off,
 * update() turns n 16-byte blocks into n at once, so a partner pays the key schedule
 * once per process and a list of ids one native call.
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

  const sealAll = (master: MasterKey, partnerId: string, internalIds: readonly string[]) => {
    const hex = encrypting.of(master, partnerId).update(blocksOf(internalIds)).toString('hex');
    return internalIds.map((_, i) => `${master.id}_${hex.slice(i * 32, i * 32 + 32)}`);
  };

  /**
   * Every given id decrypted, whatever it is: a partner id under a key Credence holds,
   * under that key; anything else (an unknown key id, an internal id, noise) as a block
   * derived from its whole text, under the current key. `minted`: the block is a
   * consumer's id made for this partner.
   */
  function openAll(partnerId: string, givenIds: readonly string[]) {
    const sealed = Buffer.allocUnsafe(givenIds.length * 16);
    const keyOf = givenIds.map((given, i) => {
      const match = PARTNER_SCOPED.exec(given);
      const key = match ? keys.get(match[1]) : undefined;
      if (key && match) sealed.write(match[2], i * 16, 16, 'hex');
      else
        createHash('sha256')
          .update(given)
          .digest()
          .copy(sealed, i * 16, 0, 16);
      return key;
    });
    const masters = new Set(keyOf.map((key) => key ?? current));
    // Nearly always one key for the lot: one call, no copies. After a rotation, one call per key.
    const only = masters.size === 1 ? [...masters][0] : undefined;
    const opened = only ? decrypting.of(only, partnerId).update(sealed) : Buffer.allocUnsafe(sealed.length);
    for (const master of only ? [] : masters) {
      const mine = keyOf.flatMap((key, i) => ((key ?? current) === master ? [i] : []));
      const blocks = decrypting
        .of(master, partnerId)
        .update(Buffer.concat(mine.map((i) => sealed.subarray(i * 16, i * 16 + 16))));
      mine.forEach((i, n) => blocks.copy(opened, i * 16, n * 16, n * 16 + 16));
    }
    const minted = keyOf.map((key, i) => key !== undefined && inInternalForm(opened, i));
    return { opened, minted };
  }

  const codec: PartnerIdCodec = {
    encodeAll: (partnerId, internalIds) => sealAll(current, partnerId, internalIds),
    encode: (partnerId, internalId) => sealAll(current, partnerId, [internalId])[0],
    everyForm: (partnerId, internalId) =>
      [...keys.values()].map((master) => sealAll(master, partnerId, [internalId])[0]),
    decodeAll(partnerId, givenIds) {
      const { opened, minted } = openAll(partnerId, givenIds);
      const hex = opened.toString('hex');
      return givenIds.map((_, i) => (minted[i] ? uuidAt(hex, i) : null));
    },
    decode: (partnerId, givenId) => codec.decodeAll(partnerId, [givenId])[0],
    resolveAll(partnerId, givenIds) {
      const { opened } = openAll(partnerId, givenIds);
      givenIds.forEach((_, i) => forceInternalForm(opened, i));
      const hex = opened.toString('hex');
      return givenIds.map((_, i) => uuidAt(hex, i));
    },
    resolve: (partnerId, givenId) => codec.resolveAll(partnerId, [givenId])[0],
  };
  return codec;
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
