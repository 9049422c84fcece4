import { corsOriginsFromEnv, isAllowedOrigin, parseCorsOrigins } from '../../gateway/browser/cors-origins';

describe('the CORS allow-list', () => {
  const rules = parseCorsOrigins('https://app.example.com, http://localhost:*, http://127.0.0.1:8080');

  test.each([
    ['an exact origin', 'https://app.example.com', true],
    ['an exact origin with its default port written out', 'https://app.example.com:443', false],
    ['the exact origin over http', 'http://app.example.com', false],
    ['a subdomain of an exact origin', 'https://evil.app.example.com', false],
    ['a suffix look-alike', 'https://app.example.com.evil.net', false],
    ['localhost on any port', 'http://localhost:5173', true],
    ['localhost on the default port', 'http://localhost', true],
    ['localhost over https (not listed)', 'https://localhost:5173', false],
    ['a host starting with localhost', 'http://localhost.evil.net:5173', false],
    ['the listed port', 'http://127.0.0.1:8080', true],
    ['another port', 'http://127.0.0.1:8081', false],
    ['the opaque origin of a sandboxed page or file', 'null', false],
    ['an origin with a path', 'https://app.example.com/', false],
    ['something that is no URL', 'app.example.com', false],
  ])('%s: %s → %s', (_, origin, allowed) => {
    expect(isAllowedOrigin(origin, rules)).toBe(allowed);
  });

  test('host names compare case-insensitively and a default port normalises away, as browsers send them', () => {
    expect(isAllowedOrigin('https://app.example.com', parseCorsOrigins('HTTPS://App.Example.COM:443'))).toBe(true);
  });

  test.each([
    ['a wildcard', '*', /may not be "\*"/],
    ['a wildcard among origins', 'https://a.example, *', /may not be "\*"/],
    ['an origin with a path', 'https://app.example.com/app', /not an origin/],
    ['a host wildcard', 'https://*.example.com', /not an origin/],
    ['another scheme', 'ftp://example.com', /not an origin/],
    ['user info', 'http://user@localhost:5173', /not an origin/],
  ])('refuses %s at start-up', (_, list, message) => {
    expect(() => parseCorsOrigins(list)).toThrow(message);
  });

  test('is empty for an empty list', () => {
    expect(parseCorsOrigins(' , ')).toEqual([]);
  });

  test('allows local origins on any port by default in development', () => {
    const development = corsOriginsFromEnv({});
    expect(['http://localhost:5173', 'http://127.0.0.1:3000'].map((o) => isAllowedOrigin(o, development))).toEqual([
      true,
      true,
    ]);
    expect(isAllowedOrigin('https://app.example.com', development)).toBe(false);
  });

  test('allows no origin by default in production, and what CREDENCE_CORS_ORIGINS lists when set', () => {
    expect(corsOriginsFromEnv({ NODE_ENV: 'production' })).toEqual([]);
    const listed = corsOriginsFromEnv({ NODE_ENV: 'production', CREDENCE_CORS_ORIGINS: 'https://app.example.com' });
    expect(isAllowedOrigin('https://app.example.com', listed)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5173', listed)).toBe(false);
  });
});
