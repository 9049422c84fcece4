import { internalSecret, tokenSecret } from '../../shared/trust/secrets';

describe('signing keys', () => {
  test('development falls back to the public dev keys so a fresh clone starts', () => {
    expect(tokenSecret({}).length).toBeGreaterThanOrEqual(32);
    expect(internalSecret({}).length).toBeGreaterThanOrEqual(32);
  });

  test.each([
    ['CREDENCE_JWT_SECRET', tokenSecret],
    ['CREDENCE_INTERNAL_SECRET', internalSecret],
  ])('production refuses to start without %s', (name, secret) => {
    expect(() => secret({ NODE_ENV: 'production' })).toThrow(`${name} must be set in production`);
  });

  test('a configured key is used, and a short one is refused', () => {
    const key = 'k'.repeat(40);
    expect(new TextDecoder().decode(tokenSecret({ CREDENCE_JWT_SECRET: key }))).toBe(key);
    expect(() => internalSecret({ CREDENCE_INTERNAL_SECRET: 'short' })).toThrow('at least 32 characters');
  });
});

describe('production refuses the published development keys, even when set explicitly', () => {
  const published = [new TextDecoder().decode(tokenSecret({})), new TextDecoder().decode(internalSecret({}))];

  test.each([
    ['CREDENCE_JWT_SECRET', tokenSecret],
    ['CREDENCE_INTERNAL_SECRET', internalSecret],
  ])('%s set to either published key (or one padded with spaces) is refused', (name, secret) => {
    for (const key of [...published, ` ${published[0]} `]) {
      expect(() => secret({ NODE_ENV: 'production', [name]: key })).toThrow(`${name} is a published development key`);
      expect(secret({ [name]: key }).length).toBeGreaterThanOrEqual(32); // development still starts with it
    }
    expect(new TextDecoder().decode(secret({ NODE_ENV: 'production', [name]: 'k'.repeat(40) }))).toBe('k'.repeat(40));
  });
});
