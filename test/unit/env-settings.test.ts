import { positiveIntegerFromEnv, wholeNumberFromEnv } from '../../shared/env';

describe('whole-number settings', () => {
  test('unset gives the default; a value given must be a whole number of at least 1, named with its unit', () => {
    expect(wholeNumberFromEnv({}, 'CREDENCE_WEBHOOK_POLL_MS', 1000, 'milliseconds')).toBe(1000);
    expect(
      wholeNumberFromEnv({ CREDENCE_WEBHOOK_POLL_MS: '250' }, 'CREDENCE_WEBHOOK_POLL_MS', 1000, 'milliseconds'),
    ).toBe(250);
    for (const bad of ['', '0', '-5', '1.5', 'fast']) {
      expect(() =>
        wholeNumberFromEnv({ CREDENCE_WEBHOOK_POLL_MS: bad }, 'CREDENCE_WEBHOOK_POLL_MS', 1000, 'milliseconds'),
      ).toThrow('CREDENCE_WEBHOOK_POLL_MS must be a whole number of milliseconds, at least 1.');
    }
    expect(() => wholeNumberFromEnv({ LIMIT: 'x' }, 'LIMIT', 3)).toThrow('LIMIT must be a positive whole number.');
  });

  test("the query limits' and budgets' reader also takes an empty value for the default", () => {
    expect(positiveIntegerFromEnv({ CREDENCE_MAX_ALIASES: '' }, 'CREDENCE_MAX_ALIASES', 15)).toBe(15);
    expect(() => positiveIntegerFromEnv({ CREDENCE_MAX_ALIASES: '0' }, 'CREDENCE_MAX_ALIASES', 15)).toThrow(
      'must be a positive whole number',
    );
  });
});
