import { join } from 'node:path';
import express, { RequestHandler, Router } from 'express';

/**
 * The directives every page the gateway serves shares: nothing from any other origin,
 * no plugins, no <base>, forms that go nowhere, and no framing (the pages can mint demo
 * tokens in development and show credit data).
 */
const OWN_ORIGIN_ONLY = ["object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"];

/** A Content-Security-Policy from a page's own source directives and the shared ones. */
export function contentSecurityPolicy(sources: string[]): string {
  return [...sources, ...OWN_ORIGIN_ONLY].join('; ');
}

/** A single-page app `npm run build` put in a folder, served under one path of the gateway. */
export interface StaticApp {
  /** e.g. /playground */
  path: string;
  directory: string;
  csp: string;
  /** what the page needs to know about this gateway, at `<path>/settings.json` */
  settings: object;
  /** said when the bundle is missing */
  name: string;
}

/**
 * The page at `<path>` (and `<path>/index.html`), its settings, and its bundle
 * (content-hashed, so cached for good) under `<path>/assets`, all under the app's
 * Content-Security-Policy. `sendPage` serves the page at another route too.
 */
export function staticAppRoutes(app: StaticApp): { router: Router; sendPage: RequestHandler } {
  const headers = {
    'Content-Security-Policy': app.csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  const router = Router();
  const sendPage: RequestHandler = (_req, res) => {
    res.set({ ...headers, 'Cache-Control': 'no-cache' }).vary('Accept');
    res.sendFile(join(app.directory, 'index.html'), (error) => {
      if (error && !res.headersSent)
        res.status(503).type('text/plain').send(`The ${app.name} is not built: run npm run build.`);
    });
  };
  router.get([app.path, `${app.path}/index.html`], sendPage);
  router.get(`${app.path}/settings.json`, (_req, res) => {
    res.set(headers).set('Cache-Control', 'no-cache').json(app.settings);
  });
  router.use(
    app.path,
    (_req, res, next) => {
      res.set(headers);
      next();
    },
    express.static(app.directory, { index: false, redirect: false, immutable: true, maxAge: '365d' }),
  );
  return { router, sendPage };
}
