import { Platform } from '../../platform/launcher';
import { startTestPlatform } from '../support/platform';
import { asStaff, asUser, codesOf, dataOf, graphql, partnerId, userId } from '../support/graphql';

const BIKES = 0;
const LENDING = 2;
const TELECOM = 3;

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ seedLimit: 20 });
});
afterAll(() => platform.stop());

const FURNISHER = `mutation Mark($id: ID!, $furnisher: Boolean!) { setPartnerFurnisher(id: $id, furnisher: $furnisher) { id furnisher } }`;
const DIRECTORY = `{ partners { id furnisher } }`;
const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id scopes scopesInPlainWords } }`;

describe('furnishers', () => {
  test('in the demo data the lending and telecom partners furnish records, the others do not', async () => {
    const partners = dataOf<{ id: string; furnisher: boolean }[]>(
      await graphql(platform.gatewayUrl, DIRECTORY),
      'partners',
    );
    const furnishers = partners.filter((p) => p.furnisher).map((p) => p.id);
    expect(furnishers.sort()).toEqual([partnerId(LENDING), partnerId(TELECOM)].sort());
  });

  test('staff with the partners role mark a partner as a furnisher and unmark it; other staff are refused', async () => {
    const marked = await graphql(
      platform.gatewayUrl,
      FURNISHER,
      { id: partnerId(BIKES), furnisher: true },
      await asStaff('partners', null),
    );
    expect(dataOf(marked, 'setPartnerFurnisher')).toEqual({ id: partnerId(BIKES), furnisher: true });
    const again = await graphql(
      platform.gatewayUrl,
      FURNISHER,
      { id: partnerId(BIKES), furnisher: true },
      await asStaff('partners', null),
    );
    expect(dataOf(again, 'setPartnerFurnisher').furnisher).toBe(true);
    const unmarked = await graphql(
      platform.gatewayUrl,
      FURNISHER,
      { id: partnerId(BIKES), furnisher: false },
      await asStaff('partners', null),
    );
    expect(dataOf(unmarked, 'setPartnerFurnisher').furnisher).toBe(false);

    const support = await graphql(
      platform.gatewayUrl,
      FURNISHER,
      { id: partnerId(BIKES), furnisher: true },
      await asStaff('support'),
    );
    expect(codesOf(support)).toEqual(['FORBIDDEN']);
    const unknown = await graphql(
      platform.gatewayUrl,
      FURNISHER,
      { id: '00000000-0000-4000-8000-000000000000', furnisher: true },
      await asStaff('partners', null),
    );
    expect(codesOf(unknown)).toEqual(['NOT_FOUND']);
  });

  test('a consumer grants CREDIT_REPORTING like any scope, in plain words', async () => {
    const consent = dataOf(
      await graphql(
        platform.gatewayUrl,
        GRANT,
        {
          input: { partnerId: partnerId(LENDING), scopes: ['CREDIT_REPORTING'], purpose: 'Report your loan payments.' },
        },
        await asUser(4),
      ),
      'grantConsent',
    );
    expect(consent.scopes).toEqual(['CREDIT_REPORTING']);
    expect(consent.scopesInPlainWords[0]).toMatch(/report your accounts and payments/);
  });

  test('records no partner furnished show their source and no furnisher', async () => {
    const records = await graphql(
      platform.gatewayUrl,
      `
        query Records($id: ID!) {
          user(id: $id) {
            creditRecords(first: 5) {
              edges {
                node {
                  source
                  furnisher {
                    id
                  }
                  account {
                    furnisher {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      `,
      { id: userId(4) },
      await asUser(4),
    );
    const nodes = records.data!.user.creditRecords.edges.map((edge: any) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes)
      expect(node).toEqual({ source: expect.any(String), furnisher: null, account: { furnisher: null } });
  });
});
