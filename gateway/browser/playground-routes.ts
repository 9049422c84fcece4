import { Request, Router } from 'express';
import { contentSecurityPolicy, staticAppRoutes } from './static-app';

export const PLAYGROUND_PATH = '/playground';

/**
 * The gateway's own origin only, and what GraphiQL's editor (Monaco) strictly needs:
 * - `style-src 'unsafe-inline'`: Monaco writes <style> elements at run time (themes,
 *   decorations) and has no nonce hook; styles cannot run code, scripts stay 'self'.
 * - `img-src data:` and `font-src data:`: GraphiQL's stylesheet embeds its icons and
 *   fonts as data: URLs, which fetch nothing from anywhere.
 * - `worker-src 'self'`: Monaco's language workers are bundled files under /playground/assets.
 */
export const PLAYGROUND_CSP = contentSecurityPolicy([
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
]);

/** A browser navigating to the graph's URL asks for HTML first; API clients ask for JSON or anything. */
function prefersHtml(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/** What the page needs to know about this gateway before it draws its panels. */
export interface PlaygroundSettings {
  /** the act-as panel (development) or a field to paste a token (otherwise) */
  demoTokens: boolean;
}

/** The playground page at /playground and at /graphql for browsers, its settings and its bundle. */
export function playgroundRoutes(directory: string, settings: PlaygroundSettings): Router {
  const { router, sendPage } = staticAppRoutes({
    path: PLAYGROUND_PATH,
    directory,
    csp: PLAYGROUND_CSP,
    settings,
    name: 'playground',
  });
  router.get('/graphql', (req, res, next) => (prefersHtml(req) ? sendPage(req, res, next) : next()));
  return router;
}
