import { STAFF_ROLES } from '../shared/trust/viewer';
import {
  checkedExpiry,
  DEFAULT_EXPIRY,
  DEMO_USER_COUNT,
  demoClient,
  mintDemoToken,
  PARTNER_NAMES,
  TokenRequest,
  tokenRequest,
  TokenRequestError,
} from '../gateway/dev-tokens';

export const USAGE = `usage: npm run token -- <viewer> [--expires <duration>]

  user [N]                 demo user N of the German Credit data set (1-${DEMO_USER_COUNT}, default 1)
  partner [NAME|INDEX]     demo partner: ${PARTNER_NAMES.join('|')} or 0-${PARTNER_NAMES.length - 1} (default bikes)
  staff <ROLE>             staff member with role ${STAFF_ROLES.join('|')}
  client [NAME|INDEX]      a demo partner's OAuth client credentials for POST /oauth/token
                           (prints client_id=… and client_secret=…, one per line)

  --expires <duration>     token lifetime, e.g. 30m, 2h, 1d (default ${DEFAULT_EXPIRY}; at most
                           CREDENCE_TOKEN_MAX_LIFETIME_SECONDS, 24 h unless set)

The token alone goes to stdout:  TOKEN=$(npm run -s token -- user 7)`;

/** Reads `npm run token -- ...` arguments; anything it does not understand is a TokenRequestError. */
export function parseTokenArguments(
  argv: readonly string[],
): TokenRequest | { kind: 'help' } | { kind: 'client'; which: string | undefined } {
  const positional: string[] = [];
  let expiresIn = DEFAULT_EXPIRY;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--expires' || arg.startsWith('--expires=')) {
      expiresIn = checkedExpiry(arg === '--expires' ? argv[++i] : arg.slice('--expires='.length));
    } else if (arg.startsWith('-')) {
      throw new TokenRequestError(`Unknown option ${arg}.`);
    } else {
      positional.push(arg);
    }
  }
  const [kind, which, ...extra] = positional;
  if (extra.length) throw new TokenRequestError(`Unexpected arguments: ${extra.join(' ')}.`);
  if (kind === 'client') return { kind: 'client', which };
  return tokenRequest(kind, which, expiresIn);
}

async function main(): Promise<number> {
  let request: ReturnType<typeof parseTokenArguments>;
  try {
    request = parseTokenArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof TokenRequestError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (request.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (request.kind === 'client') {
    const { partner, clientId, clientSecret } = demoClient(request.which);
    console.error(
      `client credentials of ${partner.name} (partner id ${partner.id}): exchange them at POST /oauth/token`,
    );
    console.log(`client_id=${clientId}\nclient_secret=${clientSecret}`);
    return 0;
  }
  const { token, hint } = await mintDemoToken(request);
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
