import { jwtVerify } from 'jose';
import { DEMO_PARTNERS, demoUserId } from '../../shared/demo/demo-population';
import { tokenSecret } from '../../shared/trust/secrets';
import { mintToken, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../gateway/viewer-token';
import { describeToken, parseTokenArguments, TokenRequest, UsageError } from '../../scripts/mint-token';

describe('npm run token arguments', () => {
  test.each<[string, string[], TokenRequest]>([
    ['user alone is demo user 1', ['user'], { kind: 'user', index: 1, expiresIn: '12h' }],
    ['user 7 is demo user 7', ['user', '7'], { kind: 'user', index: 7, expiresIn: '12h' }],
    ['the last demo user', ['user', '1000'], { kind: 'user', index: 1000, expiresIn: '12h' }],
    ['partner alone is the bike-sharing partner', ['partner'], { kind: 'partner', index: 0, expiresIn: '12h' }],
    ['a partner by name', ['partner', 'lending'], { kind: 'partner', index: 2, expiresIn: '12h' }],
    ['a partner by index', ['partner', '4'], { kind: 'partner', index: 4, expiresIn: '12h' }],
    ['staff with a role', ['staff', 'disputes'], { kind: 'staff', role: 'disputes', expiresIn: '12h' }],
    ['--expires before the viewer', ['--expires', '2h', 'user', '3'], { kind: 'user', index: 3, expiresIn: '2h' }],
    ['--expires=30m after it', ['staff', 'engineer', '--expires=30m'], { kind: 'staff', role: 'engineer', expiresIn: '30m' }],
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
    ['--expires without a value', ['user', '--expires'], /--expires needs a duration/],
    ['--expires that is not a duration', ['user', '--expires', 'soon'], /not "soon"/],
    ['an unknown option', ['user', '--verbose'], /Unknown option --verbose/],
    ['an extra argument', ['user', '1', '2'], /Unexpected arguments: 2/],
  ])('%s is a usage error', (_, argv, message) => {
    expect(() => parseTokenArguments(argv)).toThrow(UsageError);
    expect(() => parseTokenArguments(argv)).toThrow(message);
  });
});

describe('the token minted for a request', () => {
  const claimsOf = async (request: Exclude<TokenRequest, { kind: 'help' }>) => {
    const { claims } = describeToken(request);
    const token = await mintToken(claims, request.expiresIn);
    return (await jwtVerify(token, tokenSecret(), { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE })).payload;
  };

  test('a user token names the demo user', async () => {
    expect(await claimsOf({ kind: 'user', index: 7, expiresIn: '12h' })).toMatchObject({ sub: demoUserId(7), kind: 'user' });
  });

  test('a partner token names the demo partner', async () => {
    expect(await claimsOf({ kind: 'partner', index: 2, expiresIn: '12h' })).toMatchObject({ sub: DEMO_PARTNERS[2].id, kind: 'partner' });
  });

  test('a staff token carries the role, and its hint asks for a reason header', async () => {
    expect(await claimsOf({ kind: 'staff', role: 'support', expiresIn: '12h' })).toMatchObject({ kind: 'staff', role: 'support' });
    expect(describeToken({ kind: 'staff', role: 'support', expiresIn: '12h' }).hint).toContain('x-access-reason');
  });

  test('--expires sets the lifetime', async () => {
    const claims = await claimsOf({ kind: 'user', index: 1, expiresIn: '2h' });
    expect(claims.exp! - claims.iat!).toBe(2 * 3600);
  });
});
