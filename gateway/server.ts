import { randomUUID } from 'node:crypto';
import { Request, Router } from 'express';
import { GraphQLError } from 'graphql';
import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ErrorCode } from '../shared/errors';
import { createGraphQLHttpServer } from '../shared/server/http-server';
import { QueryLimits } from '../shared/server/query-limits';
import { peersAnswer } from '../shared/server/readiness';
import { SUBGRAPH_NAMES } from '../shared/server/subgraph-module';
import { traceHeaders } from '../shared/server/tracing';
import { credentialExtensions } from '../shared/trust/internal-auth';
import { SubgraphUrls } from '../shared/trust/internal-client';
import { internalSecret } from '../shared/trust/secrets';
import { partnerIdCodec } from '../shared/trust/partner-ids';
import { BudgetedContext, BudgetSettings, budgetSettingsFromEnv, costBudgetPlugin } from './cost-budget';
import { ACCESS_REASON_HEADER, TokenVerifier, tokenVerifierFromEnv, viewerFromHeaders } from './viewer-token';
import { ANONYMOUS, Viewer } from '../shared/trust/viewer';
import { browserRoutes, browserSettingsFromEnv, BrowserSettings } from './browser';
import { ReceiptKeys, receiptKeys } from '../shared/trust/receipt-key';
import { jwksRoute } from './jwks-route';
import { furnishingRoute } from './furnishing-route';
import { oauthTokenRoute } from './oauth-token';
import { idempotencyPlugin } from './idempotency';
import { partnerScopedIdPlugin } from './partner-scoped-ids';
import { requestRateLimit } from './request-rate';
import { noSubgraphNames, operationMustResolve, parseScalarsAsSubgraphsDo } from './client-mistakes';

export interface GatewayContext extends BudgetedContext {
  viewer: Viewer;
  /** one per client request; travels to every subgraph inside the signed credential */
  requestId: string;
  /** the client's Idempotency-Key header (a retried write answers as the first did); signed like the viewer */
  idempotencyKey?: string;
}

/**
 * Signs every gateway→subgraph request for that subgraph alone, including health checks
 * and schema loads, which have no incoming request and go out as the anonymous viewer.
 * The credential rides in the body (see credentialExtensions).
 */
class SignedSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly secret: Uint8Array,
  ) {
    super({ url });
  }

  async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const credential = await credentialExtensions(this.secret, {
      issuer: 'gateway',
      audience: this.subgraph,
      viewer: context?.viewer ?? ANONYMOUS,
      query: request.query ?? '',
      variables: request.variables,
      requestId: context?.requestId,
      idempotencyKey: context?.idempotencyKey,
    });
    request.extensions = { ...request.extensions, ...credential };
    for (const [name, value] of Object.entries(traceHeaders())) request.http?.headers.set(name, value);
  }

  /**
   * A subgraph answers 400 when a variable fails one of its scalars. The gateway parses
   * the custom scalars itself now (client-mistakes.ts), so this is the second line: such
   * a refusal is still the caller's BAD_USER_INPUT, passed on with its message, not an
   * internal error to mask.
   */
  async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    const body = (
      error.extensions.response as
        { body?: { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } } | undefined
    )?.body;
    const refusal = response.status === 400 && typeof body === 'object' ? body?.errors?.[0] : undefined;
    if (refusal?.extensions?.code !== ErrorCode.BAD_USER_INPUT || typeof refusal.message !== 'string') return error;
    return new GraphQLError(refusal.message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
}

/** A client's name for one write, so that a retry of it is answered as the first and writes nothing. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** Names the request in responses, so a caller can quote it to support and find it in the logs. */
export const REQUEST_ID_HEADER = 'x-request-id';

export interface GatewayOptions {
  supergraphSdl: string;
  subgraphUrls: SubgraphUrls;
  verifyToken?: TokenVerifier;
  secret?: Uint8Array;
  /** CORS, the playground and demo tokens; from the environment by default */
  browser?: BrowserSettings;
  /** CREDENCE_MAX_* or the defaults */
  limits?: QueryLimits;
  /** CREDENCE_BUDGET_*, CREDENCE_RATE_*, REDIS_URL or the defaults */
  budgets?: BudgetSettings;
  /** the consent receipts' keys, published at /.well-known/jwks.json; CREDENCE_RECEIPT_* by default */
  receiptKeys?: ReceiptKeys;
}

/**
 * @apollo/gateway reports to Apollo unless told not to: at its start it asks the cloud
 * metadata services (169.254.169.254 and the like) what host it runs on, then sends that,
 * the CPU and memory to usage-reporting.api.apollographql.com every hour and as it stops.
 * A credit-data platform sends nothing to a third party that its operators did not
 * choose, so the library's own switch is set before any gateway is built, whatever the
 * environment says.
 */
function keepApolloTelemetryOff(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

/** The public entry point: verifies the caller's token once and routes the query plan. */
export async function createGatewayServer(options: GatewayOptions) {
  const secret = options.secret ?? internalSecret();
  partnerIdCodec(); // its keys are checked at the start, as the other secrets are (required in production)
  const verifyToken = options.verifyToken ?? tokenVerifierFromEnv();
  keepApolloTelemetryOff();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) =>
      new SignedSubgraphDataSource(name, options.subgraphUrls[name as keyof SubgraphUrls], secret),
  });
  parseScalarsAsSubgraphsDo(gateway);
  const budgets = options.budgets ?? budgetSettingsFromEnv();
  const requestRate = await requestRateLimit(budgets.requestRate, budgets);
  const costBudget = await costBudgetPlugin(budgets);
  const clientAddressOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';
  const routes = Router().use(
    jwksRoute(options.receiptKeys ?? (await receiptKeys())),
    browserRoutes(options.browser ?? browserSettingsFromEnv()),
    furnishingRoute(options.subgraphUrls, secret, verifyToken, costBudget.spend, clientAddressOf),
  );
  // Partners' client credentials buy tokens the gateway signs itself: not where an identity provider issues them.
  if (!process.env.CREDENCE_JWKS_URL) routes.use(oauthTokenRoute(options.subgraphUrls, requestRate.admission));
  const server = await createGraphQLHttpServer<GatewayContext>({
    name: 'gateway',
    executor: { gateway },
    routes,
    watch: { readiness: peersAnswer(options.subgraphUrls, SUBGRAPH_NAMES) },
    limits: options.limits,
    admission: requestRate.admission,
    plugins: [
      operationMustResolve,
      noSubgraphNames,
      requestRate.plugin,
      costBudget.plugin,
      idempotencyPlugin(options.subgraphUrls),
      // after idempotency, which keeps an answer with internal ids: a replay is translated as the first answer was
      partnerScopedIdPlugin(options.supergraphSdl),
    ],
    context: async ({ req, res }) => {
      const requestId = randomUUID();
      res.setHeader(REQUEST_ID_HEADER, requestId);
      const viewer = await viewerFromHeaders(
        req.header('authorization'),
        req.header(ACCESS_REASON_HEADER),
        verifyToken,
      );
      const idempotencyKey = req.header(IDEMPOTENCY_KEY_HEADER) || undefined;
      return { viewer, requestId, idempotencyKey, clientAddress: clientAddressOf(req) };
    },
  });
  if (budgets.trustProxy !== undefined) server.app.set('trust proxy', budgets.trustProxy);
  return server;
}
