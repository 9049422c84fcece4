import express, { ErrorRequestHandler, RequestHandler, Response, Router } from 'express';
import { positiveIntegerFromEnv } from '../shared/env';
import { bodyErrorMessage } from '../shared/server/http-errors';
import { callSubgraph, PeerUnavailableError, SubgraphUrls } from '../shared/trust/internal-client';
import { ANONYMOUS } from '../shared/trust/viewer';
import { mintToken, tokenMaxLifetimeSeconds } from './viewer-token';

/** How long an access token from POST /oauth/token lives: short, a partner asks again when it ends. */
export const DEFAULT_CLIENT_TOKEN_SECONDS = 900;

export function clientTokenSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = positiveIntegerFromEnv(env, 'CREDENCE_OAUTH_TOKEN_SECONDS', DEFAULT_CLIENT_TOKEN_SECONDS);
  return Math.min(seconds, tokenMaxLifetimeSeconds(env));
}

const PARTNER_FOR_CLIENT = `query PartnerForClient($clientId: String!, $clientSecret: String!) {
  partnerIdForClient(clientId: $clientId, clientSecret: $clientSecret)
}`;

type OAuthError = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'temporarily_unavailable';

/** RFC 6749 §5.2: a JSON error, never cached; invalid_client is 401 with a challenge (§5.2 asks it when Basic was tried). */
function refuse(res: Response, error: OAuthError, description: string): void {
  const status = {
    invalid_request: 400,
    unsupported_grant_type: 400,
    invalid_client: 401,
    temporarily_unavailable: 503,
  }[error];
  if (error === 'invalid_client') res.set('www-authenticate', 'Basic realm="credence", charset="UTF-8"');
  res
    .status(status)
    .set({ 'cache-control': 'no-store', pragma: 'no-cache' })
    .json({ error, error_description: description });
}

/** RFC 6749 §2.3.1: Basic credentials are each form-urlencoded before base64; null when malformed. */
function basicCredentials(header: string): { clientId: string; clientSecret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header.trim());
  const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  if (colon < 1) return null;
  try {
    const unform = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));
    return { clientId: unform(decoded.slice(0, colon)), clientSecret: unform(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The client's credentials from HTTP Basic or the form (never both: §2.3.1 allows one method per request). */
function clientCredentials(
  authorization: string | undefined,
  form: Record<string, unknown>,
): { clientId: string; clientSecret: string } | 'invalid_request' | 'invalid_client' {
  const fromForm = { clientId: text(form.client_id), clientSecret: text(form.client_secret) };
  if (authorization) {
    if (fromForm.clientSecret !== undefined) return 'invalid_request';
    return basicCredentials(authorization) ?? 'invalid_client';
  }
  if (fromForm.clientId === undefined || fromForm.clientSecret === undefined) return 'invalid_client';
  return { clientId: fromForm.clientId, clientSecret: fromForm.clientSecret };
}

const malformedForm: ErrorRequestHandler = (error: Parameters<typeof bodyErrorMessage>[0], _req, res, next) => {
  if (bodyErrorMessage(error) === undefined) {
    next(error);
    return;
  }
  refuse(res, 'invalid_request', 'The body must be application/x-www-form-urlencoded UTF-8, at most 4 KB.');
};

/**
 * `POST /oauth/token`: the OAuth 2.0 client credentials grant (RFC 6749 §4.4). A partner
 * sends the client id and secret staff issued it (issuePartnerCredentials), by HTTP Basic
 * or in the form, and gets a bearer token acting as that partner for
 * CREDENCE_OAUTH_TOKEN_SECONDS. The users subgraph, which keeps the secrets' hashes,
 * checks them; the gateway signs the token as it verifies every other.
 */
export function oauthTokenRoute(subgraphUrls: SubgraphUrls, admission?: RequestHandler): Router {
  const router = Router();
  const handlers: RequestHandler[] = admission ? [admission] : [];
  router.post('/oauth/token', ...handlers, express.urlencoded({ extended: false, limit: '4kb' }), async (req, res) => {
    if (!req.is('application/x-www-form-urlencoded')) {
      refuse(res, 'invalid_request', 'Send the request as application/x-www-form-urlencoded.');
      return;
    }
    const form = (req.body ?? {}) as Record<string, unknown>;
    if (text(form.grant_type) === undefined) {
      refuse(res, 'invalid_request', 'grant_type is missing: send grant_type=client_credentials.');
      return;
    }
    if (form.grant_type !== 'client_credentials') {
      refuse(res, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported.');
      return;
    }
    const credentials = clientCredentials(req.header('authorization'), form);
    if (credentials === 'invalid_request') {
      refuse(res, 'invalid_request', 'Send the client credentials by HTTP Basic or in the form, not both.');
      return;
    }
    if (credentials === 'invalid_client') {
      refuse(res, 'invalid_client', 'Client authentication failed.');
      return;
    }
    let partnerId: string | null;
    try {
      ({ partnerIdForClient: partnerId } = await callSubgraph<{ partnerIdForClient: string | null }>(
        subgraphUrls,
        'users',
        'gateway',
        ANONYMOUS,
        PARTNER_FOR_CLIENT,
        { clientId: credentials.clientId, clientSecret: credentials.clientSecret },
      ));
    } catch (error) {
      if (!(error instanceof PeerUnavailableError)) throw error;
      refuse(res, 'temporarily_unavailable', 'Credentials cannot be checked right now; try again shortly.');
      return;
    }
    if (!partnerId) {
      refuse(res, 'invalid_client', 'Client authentication failed.');
      return;
    }
    const expiresIn = clientTokenSeconds();
    const accessToken = await mintToken({ sub: partnerId, kind: 'partner' }, `${expiresIn}s`);
    res
      .set({ 'cache-control': 'no-store', pragma: 'no-cache' })
      .json({ access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn });
  });
  router.use('/oauth/token', malformedForm);
  // any other method: a JSON answer naming the one that works, never Express's HTML page (a preflight goes on to CORS)
  router.all('/oauth/token', (req, res, next) => {
    if (req.method === 'OPTIONS') return next();
    res.status(405).set({ allow: 'POST', 'cache-control': 'no-store' }).json({
      error: 'invalid_request',
      error_description: 'Use POST with an application/x-www-form-urlencoded body (RFC 6749 §4.4).',
    });
  });
  return router;
}
