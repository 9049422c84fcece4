import express, { ErrorRequestHandler, Router } from 'express';
import {
  checkedExpiry,
  DEFAULT_EXPIRY,
  demoViewers,
  mintDemoToken,
  tokenRequest,
  TokenRequestError,
} from '../dev-tokens';
import { bodyErrorMessage } from '../../shared/server/http-errors';

const BAD_REQUEST = 'BAD_REQUEST';
const EXAMPLE_BODY = '{"kind": "partner", "partner": "bikes"}';

/** `user`, `partner` or `role`, whichever the kind needs, as the words `npm run token` takes. */
function whoIn(body: Record<string, unknown>): string | undefined {
  const field = { user: body.user, partner: body.partner, staff: body.role }[String(body.kind)];
  return field === undefined || field === null ? undefined : String(field);
}

/** body-parser's errors are the caller's: say what to send. Anything else is ours and goes on. */
const malformedBody: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (bodyErrorMessage(error) === undefined) {
    next(error);
    return;
  }
  res
    .status(error.status ?? 400)
    .json({ error: { code: BAD_REQUEST, message: `The body must be JSON such as ${EXAMPLE_BODY}.` } });
};

/**
 * Development only (never mounted in production): demo viewers for the playground's
 * pickers, and `POST /dev/token {kind: user|partner|staff, user|partner|role, expiresIn?}`
 * → `{token, viewer, expiresIn}`, the same tokens as `npm run token`.
 */
export function devTokenRoutes(): Router {
  const router = Router();
  router.get('/viewers', (_req, res) => {
    res.json(demoViewers());
  });
  router.post('/token', express.json({ limit: '4kb' }), async (req, res) => {
    const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
    try {
      const expiresIn = body.expiresIn === undefined ? DEFAULT_EXPIRY : checkedExpiry(String(body.expiresIn));
      const request = tokenRequest(body.kind === undefined ? undefined : String(body.kind), whoIn(body), expiresIn);
      const { token, hint } = await mintDemoToken(request);
      res.set('cache-control', 'no-store').json({ token, viewer: hint, expiresIn });
    } catch (error) {
      if (!(error instanceof TokenRequestError)) throw error;
      res.status(400).json({ error: { code: BAD_REQUEST, message: error.message } });
    }
  });
  router.use(malformedBody);
  return router;
}
