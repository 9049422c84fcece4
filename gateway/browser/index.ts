import { Router } from 'express';
import { corsFor } from './cors';
import { devTokenRoutes } from './dev-token-routes';
import { playgroundRoutes } from './playground-routes';
import { BrowserSettings } from './settings';
import { webAppRoutes } from './web-app-routes';

export { browserSettingsFromEnv } from './settings';
export type { BrowserSettings } from './settings';

/** Everything the gateway answers for browsers before the graph: CORS, the playground, the reference page, demo tokens in development. */
export function browserRoutes(settings: BrowserSettings): Router {
  const router = Router();
  const cors = corsFor(settings.corsOrigins);
  router.use('/graphql', cors);
  if (settings.mintDemoTokens) router.use('/dev', cors, devTokenRoutes());
  if (settings.playground)
    router.use(playgroundRoutes(settings.playgroundDirectory, { demoTokens: settings.mintDemoTokens }));
  if (settings.webApp) router.use(webAppRoutes(settings.webAppDirectory, { demoTokens: settings.mintDemoTokens }));
  return router;
}
