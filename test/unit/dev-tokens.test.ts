import { jwtVerify } from 'jose';
import { DEMO_PARTNERS, demoUserId } from '../../shared/demo/demo-population';
import { tokenSecret } from '../../shared/trust/secrets';
import { STAFF_ROLES } from '../../shared/trust/viewer';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, tokenVerifierFromEnv } from '../../gateway/viewer-token';
import { DEFAULT_EXPIRY, demoViewers, mintDemoToken, TokenRequest } from '../../gateway/dev-tokens';
import { partnerIdCodec } from '../../shared/trust/partner-ids';

describe('the demo token minted for a request', () => {
  const minted = async (request: TokenRequest) => {
    const { token, hint } = await mintDemoToken(request);
    const { payload } = await jwtVerify(token, tokenSecret(), { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE });
    return { claims: payload, hint };
  };

  test('a user token names the demo user, and its hint their name and id', async () => {
    const { claims, hint } = await minted({ kind: 'user', index: 7, expiresIn: '12h' });
    expect(claims).toMatchObject({ sub: demoUserId(7), kind: 'user' });
    expect(hint).toContain(demoUserId(7));
  });

  test('a partner token names the demo partner', async () => {
    const { claims, hint } = await minted({ kind: 'partner', index: 2, expiresIn: '12h' });
    expect(claims).toMatchObject({ sub: DEMO_PARTNERS[2].id, kind: 'partner' });
    expect(hint).toContain(DEMO_PARTNERS[2].name);
    expect(hint).toContain(partnerIdCodec().encode(DEMO_PARTNERS[2].id, demoUserId(1))); // the partner's own id for them
  });

  test('a staff token carries the role, and its hint asks for a reason header', async () => {
    const { claims, hint } = await minted({ kind: 'staff', role: 'support', expiresIn: '12h' });
    expect(claims).toMatchObject({ kind: 'staff', role: 'support' });
    expect(hint).toContain('x-access-reason');
  });

  test("a demo token passes the gateway's own verifier (exp, iat and lifetime checked)", async () => {
    const { token } = await mintDemoToken({ kind: 'partner', index: 1, expiresIn: DEFAULT_EXPIRY });
    await expect(tokenVerifierFromEnv()(token)).resolves.toMatchObject({
      sub: DEMO_PARTNERS[1].id,
      exp: expect.any(Number),
      iat: expect.any(Number),
    });
  });

  test('the expiry sets the lifetime', async () => {
    const { claims } = await minted({ kind: 'user', index: 1, expiresIn: '2h' });
    expect(claims.exp! - claims.iat!).toBe(2 * 3600);
  });
});

describe('the demo viewers offered for acting as', () => {
  test('lists the first consumers with their ids, every partner and every staff role', () => {
    const viewers = demoViewers(3);
    expect(viewers.consumers).toEqual(
      [1, 2, 3].map((number) => ({ number, id: demoUserId(number), displayName: expect.any(String) })),
    );
    expect(viewers.consumerCount).toBe(1000);
    expect(viewers.partners.map((p) => [p.key, p.id])).toEqual([
      ['bikes', DEMO_PARTNERS[0].id],
      ['travel', DEMO_PARTNERS[1].id],
      ['lending', DEMO_PARTNERS[2].id],
      ['telecom', DEMO_PARTNERS[3].id],
      ['retail', DEMO_PARTNERS[4].id],
    ]);
    // demo consumer 1 by each partner's own id for them: five different ids, none the internal one
    const consumerOne = viewers.partners.map((p) => p.consumerOneId);
    expect(new Set([...consumerOne, demoUserId(1)]).size).toBe(6);
    viewers.partners.forEach((p) => expect(partnerIdCodec().decode(p.id, p.consumerOneId)).toBe(demoUserId(1)));
    expect(viewers.staffRoles).toEqual([...STAFF_ROLES]);
  });
});
