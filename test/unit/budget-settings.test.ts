import { budgetKey, budgetSettingsFromEnv, DEFAULT_BUDGETS } from '../../gateway/cost-budget';
import { DEFAULT_REQUEST_RATE } from '../../gateway/request-rate';

describe('budget settings', () => {
  test('defaults: points per minute for each kind of viewer, counted in memory', () => {
    expect(budgetSettingsFromEnv({})).toEqual({
      points: DEFAULT_BUDGETS,
      windowSeconds: 60,
      redisUrl: undefined,
      keyPrefix: 'credence:budget',
      requestRate: DEFAULT_REQUEST_RATE,
    });
  });

  test('each kind, the window, Redis and the key prefix are configuration', () => {
    const settings = budgetSettingsFromEnv({
      CREDENCE_BUDGET_PARTNER: '900',
      CREDENCE_BUDGET_ANONYMOUS: '50',
      CREDENCE_BUDGET_WINDOW_SECONDS: '3600',
      REDIS_URL: 'redis://cache:6379',
      CREDENCE_BUDGET_KEY_PREFIX: 'eu1:budget',
      CREDENCE_RATE_PER_ADDRESS: '300',
      CREDENCE_RATE_PER_TOKEN: '100',
      CREDENCE_RATE_WINDOW_SECONDS: '5',
    });
    expect(settings).toEqual({
      points: { ...DEFAULT_BUDGETS, partner: 900, anonymous: 50 },
      windowSeconds: 3600,
      redisUrl: 'redis://cache:6379',
      keyPrefix: 'eu1:budget',
      requestRate: { perAddress: 300, perToken: 100, windowSeconds: 5 },
    });
  });

  test("CREDENCE_TRUST_PROXY is a hop count or the proxies' addresses, as Express takes them", () => {
    expect(budgetSettingsFromEnv({ CREDENCE_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(budgetSettingsFromEnv({ CREDENCE_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    );
    expect(budgetSettingsFromEnv({}).trustProxy).toBeUndefined();
  });

  test('a budget that is not a positive whole number is a start-up error', () => {
    expect(() => budgetSettingsFromEnv({ CREDENCE_BUDGET_STAFF: '0' })).toThrow(
      'CREDENCE_BUDGET_STAFF must be a positive whole number',
    );
  });

  test('each viewer pays from a budget of their own; anonymous callers from their address', () => {
    expect(budgetKey({ viewer: { kind: 'partner', partnerId: 'p-1' }, clientAddress: '10.0.0.1' })).toBe('p-1');
    expect(
      budgetKey({
        viewer: { kind: 'staff', staffId: 's-1', role: 'support', reason: null },
        clientAddress: '10.0.0.1',
      }),
    ).toBe('s-1');
    expect(budgetKey({ viewer: { kind: 'anonymous' }, clientAddress: '10.0.0.1' })).toBe('10.0.0.1');
  });
});
