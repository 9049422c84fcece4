import { demoClient, TokenRequest, TokenRequestError } from '../../gateway/dev-tokens';
import { parseTokenArguments } from '../../scripts/mint-token';

describe('npm run token arguments', () => {
  test.each<[string, string[], TokenRequest | { kind: 'help' }]>([
    ['user alone is demo user 1', ['user'], { kind: 'user', index: 1, expiresIn: '12h' }],
    ['user 7 is demo user 7', ['user', '7'], { kind: 'user', index: 7, expiresIn: '12h' }],
    ['the last demo user', ['user', '1000'], { kind: 'user', index: 1000, expiresIn: '12h' }],
    ['partner alone is the bike-sharing partner', ['partner'], { kind: 'partner', index: 0, expiresIn: '12h' }],
    ['a partner by name', ['partner', 'lending'], { kind: 'partner', index: 2, expiresIn: '12h' }],
    ['a partner by index', ['partner', '4'], { kind: 'partner', index: 4, expiresIn: '12h' }],
    ['staff with a role', ['staff', 'disputes'], { kind: 'staff', role: 'disputes', expiresIn: '12h' }],
    ['--expires before the viewer', ['--expires', '2h', 'user', '3'], { kind: 'user', index: 3, expiresIn: '2h' }],
    [
      '--expires=30m after it',
      ['staff', 'engineer', '--expires=30m'],
      { kind: 'staff', role: 'engineer', expiresIn: '30m' },
    ],
    ['--help', ['user', '--help'], { kind: 'help' }],
  ])('%s', (_, argv, expected) => {
    expect(parseTokenArguments(argv)).toEqual(expected);
  });

  test.each([
    ['no arguments', [], /user, partner or staff/],
    ['an unknown viewer', ['admin'], /Unknown viewer "admin"/],
    ['user 0', ['user', '0'], /1 to 1000/],
    ['a user past the data set', ['user', '1001'], /1 to 1000/],
    ['a user that is not a number', ['user', 'seven'], /1 to 1000/],
    ['a fractional user', ['user', '1.5'], /1 to 1000/],
    ['an unknown partner', ['partner', 'bank'], /bikes, travel, lending, telecom, retail/],
    ['a partner index past the list', ['partner', '5'], /0-4/],
    ['staff without a role', ['staff'], /Staff need a role/],
    ['staff with an unknown role', ['staff', 'admin'], /not "admin"/],
    ['--expires without a value', ['user', '--expires'], /lifetime must be a duration/],
    ['--expires that is not a duration', ['user', '--expires', 'soon'], /not "soon"/],
    ['--expires longer than the gateway accepts', ['user', '--expires', '7d'], /at most 86400 s/],
    ['--expires of a week', ['user', '--expires=1w'], /at most 86400 s/],
    ['an unknown option', ['user', '--verbose'], /Unknown option --verbose/],
    ['an extra argument', ['user', '1', '2'], /Unexpected arguments: 2/],
  ])('%s is a usage error', (_, argv, message) => {
    expect(() => parseTokenArguments(argv)).toThrow(TokenRequestError);
    expect(() => parseTokenArguments(argv)).toThrow(message);
  });
});

test('`client NAME` asks for a demo partner’s client credentials, as the README’s partner quickstart does', () => {
  expect(parseTokenArguments(['client', 'bikes'])).toEqual({ kind: 'client', which: 'bikes' });
  expect(parseTokenArguments(['client'])).toEqual({ kind: 'client', which: undefined });
  const { clientId, clientSecret, partner } = demoClient('bikes');
  expect(partner.name).toBe('Spree Bikes');
  expect(clientId).toBe(`demo-${partner.id}`);
  expect(clientSecret).toMatch(/^csec_[A-Za-z0-9_-]{43}$/);
  expect(demoClient('0')).toEqual(demoClient('bikes'));
  expect(() => demoClient('nobody')).toThrow(/demo partner must be one of/);
});
