import { randomUUID } from 'node:crypto';
import { createPartnerIdCodec, partnerIdCodec, partnerIdKeysFromEnv } from '../../shared/trust/partner-ids';

const key = (id: string, fill: string) => ({ id, secret: new TextEncoder().encode(fill.repeat(40)) });
const spree = randomUUID();
const nordlicht = randomUUID();

describe('partner-scoped ids', () => {
  const codec = createPartnerIdCodec(key('k1', 'a'));

  test('an id is k1_ and one AES block: stable for a partner, different for each partner, reversible by Credence only', () => {
    const consumer = randomUUID();
    const mine = codec.encode(spree, consumer);
    expect(mine).toMatch(/^k1_[0-9a-f]{32}$/);
    expect(codec.encode(spree, consumer)).toBe(mine);
    expect(createPartnerIdCodec(key('k1', 'a')).encode(spree, consumer)).toBe(mine); // a restart, the same key
    expect(codec.encode(nordlicht, consumer)).not.toBe(mine);
    expect(codec.decode(spree, mine)).toBe(consumer);
    expect(codec.resolve(spree, mine)).toBe(consumer);
    // another master key: the block opens to 16 bytes that name nobody (see 'name nobody' below)
    expect(createPartnerIdCodec(key('k1', 'b')).decode(spree, mine)).not.toBe(consumer);
  });

  test('another partner’s id, the internal id, an unknown key id and noise name nobody', () => {
    const consumer = randomUUID();
    // In the form of an id under a key Credence holds, a block decrypts to 16 bytes; one such block in 64 has a
    // v4 UUID's fixed bits by chance, and is decoded to that UUID, which names nobody. Any other text is refused.
    const partnerForm = [codec.encode(nordlicht, consumer), `k1_${'0'.repeat(32)}`];
    const otherText = [consumer, codec.encode(spree, consumer).replace(/^k1_/, 'k2_'), 'hello', ''];
    for (const given of partnerForm) expect(codec.decode(spree, given)).not.toBe(consumer);
    for (const given of otherText) expect(codec.decode(spree, given)).toBeNull();
    for (const given of [...partnerForm, ...otherText]) {
      const nobody = codec.resolve(spree, given);
      expect(nobody).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(nobody).not.toBe(consumer);
      expect(codec.resolve(spree, given)).toBe(nobody); // deterministic: a retry names the same nobody
    }
  });

  test('after a rotation new ids carry the new key id and the old ones still decode', () => {
    const consumer = randomUUID();
    const old = codec.encode(spree, consumer);
    const rotated = createPartnerIdCodec(key('k2', 'b'), [key('k1', 'a')]);
    const fresh = rotated.encode(spree, consumer);
    expect(fresh).toMatch(/^k2_/);
    expect(rotated.decode(spree, fresh)).toBe(consumer);
    expect(rotated.decode(spree, old)).toBe(consumer);
    expect(createPartnerIdCodec(key('k2', 'b')).decode(spree, old)).toBeNull(); // k1 retired: an unknown key id
  });

  test('a list mixing keys, partners and noise is decoded id by id, in order', () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const rotated = createPartnerIdCodec(key('k2', 'b'), [key('k1', 'a')]);
    const given = [
      codec.encode(spree, a),
      rotated.encode(spree, b),
      codec.encode(nordlicht, c),
      'noise',
      rotated.encode(spree, c),
    ];
    const decoded = rotated.decodeAll(spree, given);
    expect([decoded[0], decoded[1], decoded[3], decoded[4]]).toEqual([a, b, null, c]);
    expect(decoded[2]).not.toBe(c); // another partner's id: nobody (null, or 1 in 64 a UUID naming no one)
    const resolved = rotated.resolveAll(spree, given);
    expect(resolved).toEqual(given.map((id) => rotated.resolve(spree, id)));
    expect([resolved[0], resolved[1], resolved[4]]).toEqual([a, b, c]);
    expect(rotated.encodeAll(spree, [a, b])).toEqual([rotated.encode(spree, a), rotated.encode(spree, b)]);
  });

  test('many ids through one partner’s cipher stay independent blocks', () => {
    const consumers = Array.from({ length: 50 }, () => randomUUID());
    const ids = consumers.map((consumer) => codec.encode(spree, consumer));
    expect(new Set(ids).size).toBe(50);
    expect(ids.map((id) => codec.decode(spree, id))).toEqual(consumers);
  });
});

describe('partner id keys from the environment', () => {
  test('development has a default key k1; production requires one', () => {
    expect(partnerIdKeysFromEnv({}).current.id).toBe('k1');
    expect(() => partnerIdKeysFromEnv({ NODE_ENV: 'production' })).toThrow(
      'CREDENCE_PARTNER_ID_KEY must be set in production',
    );
    const published = new TextDecoder().decode(partnerIdKeysFromEnv({}).current.secret);
    expect(() => partnerIdKeysFromEnv({ NODE_ENV: 'production', CREDENCE_PARTNER_ID_KEY: published })).toThrow(
      'published development key',
    );
  });

  test('the key id and the previous keys are checked', () => {
    const env = { CREDENCE_PARTNER_ID_KEY: 'b'.repeat(40), CREDENCE_PARTNER_ID_KEY_ID: 'k2' };
    expect(() => partnerIdKeysFromEnv({ ...env, CREDENCE_PARTNER_ID_KEY_ID: 'v2' })).toThrow('k followed by a number');
    expect(() => partnerIdKeysFromEnv({ ...env, CREDENCE_PARTNER_ID_PREVIOUS_KEYS: '["x"]' })).toThrow('JSON object');
    expect(() =>
      partnerIdKeysFromEnv({ ...env, CREDENCE_PARTNER_ID_PREVIOUS_KEYS: JSON.stringify({ k1: 'short' }) }),
    ).toThrow('at least 32 characters');
    const old = partnerIdCodec({ CREDENCE_PARTNER_ID_KEY: 'a'.repeat(40) });
    const rotated = partnerIdCodec({
      ...env,
      CREDENCE_PARTNER_ID_PREVIOUS_KEYS: JSON.stringify({ k1: 'a'.repeat(40) }),
    });
    const consumer = randomUUID();
    expect(rotated.decode(spree, old.encode(spree, consumer))).toBe(consumer);
    expect(rotated.encode(spree, consumer)).toMatch(/^k2_/);
  });
});
