import { mintToken } from '../../gateway/viewer-token';
import { DEMO_PARTNERS, demoUserId } from '../../shared/demo/demo-population';
import { partnerIdCodec } from '../../shared/trust/partner-ids';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface Caller {
  token?: string;
  reason?: string;
  /** for a demo partner, its index: the ids it names consumers by are its own (idAs) */
  partner?: number;
}

/** POSTs a GraphQL operation over real HTTP, as any client would. */
export async function graphql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (caller.token) headers.authorization = `Bearer ${caller.token}`;
  if (caller.reason) headers['x-access-reason'] = caller.reason;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as object) };
}

export const userId = demoUserId;
export const partnerId = (index: number) => DEMO_PARTNERS[index].id;
/**
 * The id a partner holds for a consumer (issue 19): what it read from Credence (a consent's
 * subject, a webhook) and gives back (`partner`: a demo partner's index, or a partner's id). Tests mint it with the platform's own key rather than
 * reading it first where the reading is not what they test.
 */
export const idAtPartner = (partner: number | string, internalId: string) =>
  partnerIdCodec().encode(typeof partner === 'number' ? partnerId(partner) : partner, internalId);

export const asUser = async (index: number): Promise<Caller> => ({
  token: await mintToken({ sub: demoUserId(index), kind: 'user' }),
});
export const asPartner = async (index: number): Promise<Caller> => ({
  token: await mintToken({ sub: DEMO_PARTNERS[index].id, kind: 'partner' }),
  partner: index,
});
/** The id a caller names a consumer by: a partner's own id for them (issue 19), a consumer's or staff's the internal one. */
export const idAs = (caller: Caller, internalId: string) =>
  caller.partner === undefined ? internalId : idAtPartner(caller.partner, internalId);
/** Staff send their reason in a header; pass null to send none. */
export const asStaff = async (
  role = 'support',
  reason: string | null = 'ticket 1234: customer asked',
): Promise<Caller> => ({
  token: await mintToken({ sub: 'staff-0001', kind: 'staff', role }),
  reason: reason ?? undefined,
});

export const codesOf = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

/** The one field's data of a response that must have no errors. */
export function dataOf<T = any>(response: GraphQLResponse, field: string): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data![field] as T;
}

/** The nodes of a connection's page (`{ edges { node { … } } }`), or null where the connection is null. */
export function nodesOf<T = any>(connection: { edges: { node: T }[] } | null | undefined): T[] | null {
  return connection ? connection.edges.map((edge) => edge.node) : null;
}
