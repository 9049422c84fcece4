import { Router } from 'express';
import { contentSecurityPolicy, staticAppRoutes } from './static-app';

export const WEB_APP_PATH = '/app';

/**
 * The reference consumer page needs nothing but its own origin: its scripts and
 * stylesheet are files under /app/assets, its charts are SVG drawn by React, and it
 * sets no inline styles. `img-src data:` only for the empty favicon.
 */
export const WEB_APP_CSP = contentSecurityPolicy([
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
]);

export interface WebAppSettings {
  /** a demo-consumer picker (development) or a field to paste a token (otherwise) */
  demoTokens: boolean;
}

/** The reference consumer page (web/) at /app, its settings and its bundle. */
export function webAppRoutes(directory: string, settings: WebAppSettings): Router {
  return staticAppRoutes({ path: WEB_APP_PATH, directory, csp: WEB_APP_CSP, settings, name: 'reference page' }).router;
}
