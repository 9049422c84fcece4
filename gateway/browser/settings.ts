import { fromProjectRoot } from '../../shared/paths';
import { corsOriginsFromEnv, OriginRule } from './cors-origins';

/** What the gateway serves to browsers besides the graph itself. */
export interface BrowserSettings {
  /** serve the playground at /playground and at the graph's URL for browsers */
  playground: boolean;
  /** the development endpoint that mints demo tokens (/dev/token, /dev/viewers) */
  mintDemoTokens: boolean;
  corsOrigins: OriginRule[];
  /** where `npm run build` put the playground's bundle */
  playgroundDirectory: string;
  /** serve the reference consumer page (web/) at /app */
  webApp: boolean;
  /** where `npm run build` put its bundle */
  webAppDirectory: string;
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Error(`${name} must be true or false, not "${value}".`);
}

/**
 * From the environment. Outside production the playground and the reference page are
 * on and can mint demo tokens; in production each is off unless CREDENCE_PLAYGROUND=true
 * or CREDENCE_WEB_APP=true, and neither mints.
 * Demo tokens are HS256 with the configured secret, so they are not minted either
 * when the gateway trusts an identity provider's keys instead (CREDENCE_JWKS_URL).
 */
export function browserSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): BrowserSettings {
  const production = env.NODE_ENV === 'production';
  return {
    playground: flag('CREDENCE_PLAYGROUND', env.CREDENCE_PLAYGROUND, !production),
    mintDemoTokens: !production && !env.CREDENCE_JWKS_URL,
    corsOrigins: corsOriginsFromEnv(env),
    playgroundDirectory: fromProjectRoot('dist', 'playground'),
    webApp: flag('CREDENCE_WEB_APP', env.CREDENCE_WEB_APP, !production),
    webAppDirectory: fromProjectRoot('dist', 'web'),
  };
}
