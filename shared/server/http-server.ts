import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import express, { Express, RequestHandler } from 'express';
import { ApolloServer, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware, ExpressContextFunctionArgument } from '@as-integrations/express5';
import { GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLSchema } from 'graphql';
import { Registry } from 'prom-client';
import { maskInternalErrors } from '../errors';
import { graphQLHttpErrors, lastResortErrors } from './http-errors';
import { introspectionRules } from './introspection';
import { jsonBody } from './json-body';
import { createServerMetrics, metricsRoute } from './metrics';
import { QueryLimits, queryLimitRules, queryLimitsFromEnv } from './query-limits';
import { ReadinessCheck, readinessRoute } from './readiness';
import { requestLogger } from './request-log';
import { observeRequests } from './request-summary';
import { checkTextInputs } from './text-inputs';
import { traceRequests, tracingPlugin } from './tracing';

/** How long a server keeps an idle connection open (see createGraphQLHttpServer). */
export const KEEP_ALIVE_MS = 65_000;

export interface RunningServer {
  name: string;
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface GraphQLHttpServerOptions<TContext extends BaseContext> {
  name: string;
  /** a subgraph serves its own schema; the gateway serves the supergraph */
  executor: { schema: GraphQLSchema } | { gateway: GatewayInterface };
  context: (args: ExpressContextFunctionArgument) => Promise<TContext>;
  /** runs before the body is read, on the headers alone: the gateway's request-rate limit */
  admission?: RequestHandler;
  /** runs before Apollo, after the JSON body is parsed: authentication of the transport */
  guard?: RequestHandler;
  plugins?: ApolloServerPlugin<TContext>[];
  /** answered before the GraphQL endpoint: CORS, pages and helpers for browsers */
  routes?: RequestHandler;
  /** CREDENCE_MAX_* (the gateway's) unless given; a subgraph's have headroom for query plans */
  limits?: QueryLimits;
  /** what /ready checks, what the server adds to /metrics, whether it continues its caller's trace */
  watch?: ServerWatch;
}

export interface ServerWatch {
  readiness?: ReadinessCheck[];
  /** registers the server's own gauges and counters; returns the plugins that feed them */
  metrics?: (registry: Registry) => ApolloServerPlugin<BaseContext>[];
  /** subgraphs continue the gateway's trace (traceparent); the public gateway starts its own */
  continueCallersTrace?: boolean;
}

/** What a response holds depends on who asked: no shared cache may keep it. */
const privateResponses: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'private, no-store');
      },
    };
  },
};

/**
 * The HTTP shell every Credence server shares: body limit, /health and /ready, /metrics,
 * request logs and traces, error masking, query limits, text inputs without NUL or excess,
 * private caching, JSON errors for unreadable bodies and graceful shutdown. Returns a
 * server that has not started listening.
 */
export async function createGraphQLHttpServer<TContext extends BaseContext>(
  options: GraphQLHttpServerOptions<TContext>,
): Promise<{ app: Express; listen(port: number, host?: string): Promise<RunningServer> }> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  // The gateway keeps idle connections to subgraphs open with no timeout of its own; a server that
  // closed them after Node's 5 s default would race its reuse ("socket hang up"). Close far later.
  httpServer.keepAliveTimeout = KEEP_ALIVE_MS;
  httpServer.headersTimeout = KEEP_ALIVE_MS + 1000;
  const limits = queryLimitRules(options.limits ?? queryLimitsFromEnv());
  const metrics = createServerMetrics(options.name, options.watch?.metrics);
  const apollo = new ApolloServer<TContext>({
    ...options.executor,
    formatError: maskInternalErrors,
    includeStacktraceInErrorResponses: false,
    // The launchers own shutdown: stop the gateway first, then subgraphs, then stores.
    stopOnTerminationSignals: false,
    // In production a typo in a query should not teach a caller the schema.
    hideSchemaDetailsFromClientErrors: process.env.NODE_ENV === 'production',
    parseOptions: limits.parseOptions,
    introspection: true,
    validationRules: [...limits.validationRules, ...introspectionRules()],
    // No landing page: Apollo's loads Sandbox from Apollo's CDN; the gateway serves its own playground.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      privateResponses,
      checkTextInputs,
      observeRequests([metrics.count, requestLogger(options.name)]),
      ...metrics.plugins,
      tracingPlugin(options.name),
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', server: options.name });
  });
  app.get('/ready', readinessRoute(options.name, options.watch?.readiness ?? []));
  app.get('/metrics', metricsRoute(metrics.registry));
  if (options.routes) app.use(options.routes);
  const handlers: RequestHandler[] = options.admission ? [options.admission, jsonBody()] : [jsonBody()];
  handlers.push(traceRequests(options.name, options.watch?.continueCallersTrace ?? false));
  if (options.guard) handlers.push(options.guard);
  handlers.push(expressMiddleware(apollo, { context: options.context }));
  app.use('/graphql', ...handlers, graphQLHttpErrors);
  app.use(lastResortErrors);

  return {
    app,
    listen: (port, host = '127.0.0.1') => listenOn(httpServer, options.name, port, host, () => apollo.stop()),
  };
}

function listenOn(
  httpServer: Server,
  name: string,
  port: number,
  host: string,
  stopApollo: () => Promise<void>,
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new Error(`Port ${port} for ${name} is already in use: stop what holds it or choose another port.`));
      } else {
        reject(error);
      }
    });
    httpServer.listen(port, host, () => {
      const actualPort = (httpServer.address() as AddressInfo).port;
      resolve({
        name,
        port: actualPort,
        url: `http://${host}:${actualPort}/graphql`,
        stop: stopApollo,
      });
    });
  });
}
