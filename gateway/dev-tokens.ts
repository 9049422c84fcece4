import { DEMO_PARTNERS, demoUserId, demoUsers } from '../shared/demo/demo-population';
import { partnerIdCodec } from '../shared/trust/partner-ids';
import { demoClientCredentials } from '../shared/demo/demo-credentials';
import { STAFF_ROLES, StaffRole } from '../shared/trust/viewer';
import { mintToken, tokenMaxLifetimeSeconds } from './viewer-token';

/**
 * Demo tokens for development, shared by `npm run token` and the gateway's
 * development endpoint (the playground's "act as" panel). Tokens are signed with the
 * configured HS256 secret, so they are only accepted where that secret is trusted.
 */

/** The German Credit data set has 1,000 applicants: demo users 1 to 1000. */
export const DEMO_USER_COUNT = 1000;
export const DEFAULT_EXPIRY = '12h';
export const PARTNER_NAMES = ['bikes', 'travel', 'lending', 'telecom', 'retail'] as const;
const DEV_STAFF_ID = 'staff-0001';
// What jose's setExpirationTime understands, kept to the plain forms; each unit in seconds.
const DURATION =
  /^(\d+)\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** A request for a demo token that cannot be met; its message tells the developer what to send instead. */
export class TokenRequestError extends Error {}

export type TokenRequest =
  | { kind: 'user'; index: number; expiresIn: string }
  | { kind: 'partner'; index: number; expiresIn: string }
  | { kind: 'staff'; role: StaffRole; expiresIn: string };

function wholeNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

/**
 * Accepts the plain durations jose understands (30m, 2h, 1d) up to the longest lifetime
 * the gateway accepts (tokenMaxLifetimeSeconds): a longer token would be refused on use.
 * Anything else is a TokenRequestError.
 */
export function checkedExpiry(value: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const match = value === undefined ? null : DURATION.exec(value);
  if (!match) {
    throw new TokenRequestError(
      `The token lifetime must be a duration such as 30m, 2h or 1d, not ${value === undefined ? 'nothing' : `"${value}"`}.`,
    );
  }
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2][0]];
  const longest = tokenMaxLifetimeSeconds(env);
  if (seconds > longest) {
    throw new TokenRequestError(
      `The token lifetime may be at most ${longest} s (CREDENCE_TOKEN_MAX_LIFETIME_SECONDS), not "${value}".`,
    );
  }
  return value!;
}

/**
 * Whose token to mint: `user [N]`, `partner [NAME|INDEX]` or `staff ROLE`, the same
 * words on the command line and in the development endpoint's body.
 */
export function tokenRequest(
  kind: string | undefined,
  which: string | undefined,
  expiresIn = DEFAULT_EXPIRY,
): TokenRequest {
  switch (kind) {
    case 'user': {
      const index = which === undefined ? 1 : wholeNumber(which);
      if (index === null || index < 1 || index > DEMO_USER_COUNT) {
        throw new TokenRequestError(`The demo user must be a number from 1 to ${DEMO_USER_COUNT}, not "${which}".`);
      }
      return { kind: 'user', index, expiresIn };
    }
    case 'partner': {
      const byName = PARTNER_NAMES.indexOf((which ?? 'bikes') as (typeof PARTNER_NAMES)[number]);
      const index = byName >= 0 ? byName : wholeNumber(which ?? '');
      if (index === null || index >= DEMO_PARTNERS.length) {
        throw new TokenRequestError(
          `The demo partner must be one of ${PARTNER_NAMES.join(', ')} or 0-${DEMO_PARTNERS.length - 1}, not "${which}".`,
        );
      }
      return { kind: 'partner', index, expiresIn };
    }
    case 'staff': {
      if (!(STAFF_ROLES as readonly string[]).includes(which ?? '')) {
        throw new TokenRequestError(
          `Staff need a role: ${STAFF_ROLES.join(', ')}${which === undefined ? '' : `, not "${which}"`}.`,
        );
      }
      return { kind: 'staff', role: which as StaffRole, expiresIn };
    }
    case undefined:
      throw new TokenRequestError('Say whose token to mint: user, partner or staff.');
    default:
      throw new TokenRequestError(`Unknown viewer "${kind}": use user, partner or staff.`);
  }
}

/**
 * A demo partner's OAuth client credentials (`npm run token -- client bikes`), which
 * POST /oauth/token exchanges for a token: the way a partner gets one in production.
 */
export function demoClient(which: string | undefined) {
  const request = tokenRequest('partner', which) as Extract<TokenRequest, { kind: 'partner' }>;
  const partner = DEMO_PARTNERS[request.index];
  return { partner, ...demoClientCredentials(partner) };
}

/** The claims to sign and a line telling the developer whose token it is. */
export function describeToken(request: TokenRequest) {
  switch (request.kind) {
    case 'user': {
      const user = demoUsers(request.index)[request.index - 1];
      return {
        claims: { sub: demoUserId(request.index), kind: 'user' as const },
        hint: `user ${request.index}: ${user.displayName}, id ${user.id}`,
      };
    }
    case 'partner': {
      const partner = DEMO_PARTNERS[request.index];
      return {
        claims: { sub: partner.id, kind: 'partner' as const },
        hint: `partner ${PARTNER_NAMES[request.index]}: ${partner.name}, id ${partner.id}; its id for demo consumer 1: ${partnerIdCodec().encode(partner.id, demoUserId(1))}`,
      };
    }
    case 'staff':
      return {
        claims: { sub: DEV_STAFF_ID, kind: 'staff' as const, role: request.role },
        hint: `staff ${DEV_STAFF_ID}, role ${request.role}: send a reason with every request, e.g. -H 'x-access-reason: ticket 1234'`,
      };
  }
}

/** Mints the token a request describes, with the hint to show beside it. */
export async function mintDemoToken(
  request: TokenRequest,
  secret?: Uint8Array,
): Promise<{ token: string; hint: string }> {
  const { claims, hint } = describeToken(request);
  return { token: await mintToken(claims, request.expiresIn, secret), hint };
}

/** Who can be acted as, for the playground's pickers. Consumers are listed up to `consumers`; any of 1–1000 may be asked for. */
export function demoViewers(consumers = 20) {
  return {
    consumers: demoUsers(Math.min(consumers, DEMO_USER_COUNT)).map((user, i) => ({
      number: i + 1,
      id: user.id,
      displayName: user.displayName,
    })),
    consumerCount: DEMO_USER_COUNT,
    partners: DEMO_PARTNERS.map((partner, i) => ({
      key: PARTNER_NAMES[i],
      id: partner.id,
      name: partner.name,
      category: partner.category,
      // demo consumer 1 as this partner names them (its own id, issue 19): what its examples ask about
      consumerOneId: partnerIdCodec().encode(partner.id, demoUserId(1)),
    })),
    staffRoles: [...STAFF_ROLES],
  };
}
