import { DEMO_PARTNERS, demoUserId, demoUsers } from '../shared/demo/demo-population';
import { mintToken } from '../gateway/viewer-token';
import { STAFF_ROLES, StaffRole } from '../shared/trust/viewer';

/** The German Credit data set has 1,000 applicants: demo users 1 to 1000. */
const DEMO_USER_COUNT = 1000;
const DEFAULT_EXPIRY = '12h';
const PARTNER_NAMES = ['bikes', 'travel', 'lending', 'telecom', 'retail'] as const;
const DEV_STAFF_ID = 'staff-0001';
// What jose's setExpirationTime understands, kept to the plain forms.
const DURATION = /^\d+\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)$/;

export const USAGE = `usage: npm run token -- <viewer> [--expires <duration>]

  user [N]                 demo user N of the German Credit data set (1-${DEMO_USER_COUNT}, default 1)
  partner [NAME|INDEX]     demo partner: ${PARTNER_NAMES.join('|')} or 0-${PARTNER_NAMES.length - 1} (default bikes)
  staff <ROLE>             staff member with role ${STAFF_ROLES.join('|')}

  --expires <duration>     token lifetime, e.g. 30m, 2h, 7d (default ${DEFAULT_EXPIRY})

The token alone goes to stdout:  TOKEN=$(npm run -s token -- user 7)`;

export class UsageError extends Error {}

export type TokenRequest =
  | { kind: 'user'; index: number; expiresIn: string }
  | { kind: 'partner'; index: number; expiresIn: string }
  | { kind: 'staff'; role: StaffRole; expiresIn: string }
  | { kind: 'help' };

function wholeNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** Reads `npm run token -- ...` arguments; anything it does not understand is a UsageError. */
export function parseTokenArguments(argv: readonly string[]): TokenRequest {
  const positional: string[] = [];
  let expiresIn = DEFAULT_EXPIRY;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--expires' || arg.startsWith('--expires=')) {
      const value = arg === '--expires' ? argv[++i] : arg.slice('--expires='.length);
      if (value === undefined || !DURATION.test(value)) {
        throw new UsageError(`--expires needs a duration such as 30m, 2h or 7d, not ${value === undefined ? 'nothing' : `"${value}"`}.`);
      }
      expiresIn = value;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`Unknown option ${arg}.`);
    } else {
      positional.push(arg);
    }
  }

  const [kind, which, ...extra] = positional;
  if (extra.length) throw new UsageError(`Unexpected arguments: ${extra.join(' ')}.`);
  switch (kind) {
    case 'user': {
      const index = which === undefined ? 1 : wholeNumber(which);
      if (index === null || index < 1 || index > DEMO_USER_COUNT) {
        throw new UsageError(`The demo user must be a number from 1 to ${DEMO_USER_COUNT}, not "${which}".`);
      }
      return { kind: 'user', index, expiresIn };
    }
    case 'partner': {
      const byName = PARTNER_NAMES.indexOf((which ?? 'bikes') as (typeof PARTNER_NAMES)[number]);
      const index = byName >= 0 ? byName : wholeNumber(which ?? '');
      if (index === null || index >= DEMO_PARTNERS.length) {
        throw new UsageError(`The demo partner must be one of ${PARTNER_NAMES.join(', ')} or 0-${DEMO_PARTNERS.length - 1}, not "${which}".`);
      }
      return { kind: 'partner', index, expiresIn };
    }
    case 'staff': {
      if (!(STAFF_ROLES as readonly string[]).includes(which ?? '')) {
        throw new UsageError(`Staff need a role: ${STAFF_ROLES.join(', ')}${which === undefined ? '' : `, not "${which}"`}.`);
      }
      return { kind: 'staff', role: which as StaffRole, expiresIn };
    }
    case undefined:
      throw new UsageError('Say whose token to mint: user, partner or staff.');
    default:
      throw new UsageError(`Unknown viewer "${kind}": use user, partner or staff.`);
  }
}

/** The claims to sign and a line telling the developer whose token it is. */
export function describeToken(request: Exclude<TokenRequest, { kind: 'help' }>) {
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
        hint: `partner ${PARTNER_NAMES[request.index]}: ${partner.name}, id ${partner.id}`,
      };
    }
    case 'staff':
      return {
        claims: { sub: DEV_STAFF_ID, kind: 'staff' as const, role: request.role },
        hint: `staff ${DEV_STAFF_ID}, role ${request.role}: send a reason with every request, e.g. -H 'x-access-reason: ticket 1234'`,
      };
  }
}

async function main(): Promise<number> {
  let request: TokenRequest;
  try {
    request = parseTokenArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (request.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  const { claims, hint } = describeToken(request);
  const token = await mintToken(claims, request.expiresIn);
  console.error(`${hint} (expires in ${request.expiresIn})`);
  console.log(token);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`Could not mint a token: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
