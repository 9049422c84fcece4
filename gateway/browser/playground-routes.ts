import { join } from 'node:path';
import express, { Request, RequestHandler, Router } from 'express';

export const PLAYGROUND_PATH = '/playground';

/**
 * The gateway's own origin only, and what GraphiQL's editor (Monaco) strictly needs:
 * - `style-src 'unsafe-inline'`: Monaco writes <style> elements at run time (themes,
 *   decorations) and has no nonce hook; styles cannot run code, scripts stay 'self'.
 * - `img-src data:` and `font-src data:`: GraphiQL's stylesheet embeds its icons and
 *   fonts as data: URLs, which fetch nothing from anywhere.
 * - `worker-src 'self'`: Monaco's language workers are bundled files under /playground/assets.
 * The page may not be framed (it can mint demo tokens) and its forms go nowhere.
 */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': PLAYGROUND_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** A browser navigating to the graph's URL asks for HTML first; API clients ask for JSON or anything. */
function prefersHtml(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/** What the page needs to know about this gateway before it draws its panels. */
export interface PlaygroundSettings {
  /** the act-as panel (development) or a field to paste a token (otherwise) */
  demoTokens: boolean;
}

/**
 * The playground page at /playground and at /graphql for browsers, its settings, and
 * its bundle (content-hashed, so cached for good) under /playground/assets.
 */
export function playgroundRoutes(directory: string, settings: PlaygroundSettings): Router {
  const router = Router();
  const sendPage: RequestHandler = (_req, res) => {
    res.set({ ...SECURITY_HEADERS, 'Cache-Control': 'no-cache' }).vary('Accept');
    res.sendFile(join(directory, 'index.html'), (error) => {
      if (error && !res.headersSent) res.status(503).type('text/plain').send('The playground is not built: run npm run build.');
    });
  };
  router.get([PLAYGROUND_PATH, `${PLAYGROUND_PATH}/index.html`], sendPage);
  router.get('/graphql', (req, res, next) => (prefersHtml(req) ? sendPage(req, res, next) : next()));
  router.get(`${PLAYGROUND_PATH}/settings.json`, (_req, res) => {
    res.set(SECURITY_HEADERS).set('Cache-Control', 'no-cache').json(settings);
  });
  router.use(
    PLAYGROUND_PATH,
    (_req, res, next) => {
      res.set(SECURITY_HEADERS);
      next();
    },
    express.static(directory, { index: false, redirect: false, immutable: true, maxAge: '365d' }),
  );
  return router;
}
