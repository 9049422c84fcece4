import { randomUUID } from 'node:crypto';
import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { createGraphQLHttpServer } from '../shared/server/http-server';
import { peersAnswer } from '../shared/server/readiness';
import { SUBGRAPH_NAMES } from '../shared/server/subgraph-module';
import { traceHeaders } from '../shared/server/tracing';
import { INTERNAL_CREDENTIAL_HEADER, signInternalCredential } from '../shared/trust/internal-auth';
import { SubgraphUrls } from '../shared/trust/internal-client';
import { internalSecret } from '../shared/trust/secrets';
import { ACCESS_REASON_HEADER, TokenVerifier, tokenVerifierFromEnv, viewerFromHeaders } from './viewer-token';
import { ANONYMOUS, Viewer } from '../shared/trust/viewer';
import { browserRoutes, browserSettingsFromEnv, BrowserSettings } from './browser';

export interface GatewayContext {
  viewer: Viewer;
  /** one per client request; travels to every subgraph inside the signed credential */
  requestId: string;
}

/**
 * Signs every gateway→subgraph request, including health checks and schema loads,
 * which have no incoming request and therefore go out as the anonymous viewer.
 */
class SignedSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, private readonly secret: Uint8Array) {
    super({ url });
  }

  async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const viewer = context?.viewer ?? ANONYMOUS;
    const credential = await signInternalCredential(this.secret, 'gateway', viewer, request.query ?? '', request.variables, context?.requestId);
    request.http?.headers.set(INTERNAL_CREDENTIAL_HEADER, credential);
    for (const [name, value] of Object.entries(traceHeaders())) request.http?.headers.set(name, value);
  }
}

/** Names the request in responses, so a caller can quote it to support and find it in the logs. */
export const REQUEST_ID_HEADER = 'x-request-id';

export interface GatewayOptions {
  supergraphSdl: string;
  subgraphUrls: SubgraphUrls;
  verifyToken?: TokenVerifier;
  secret?: Uint8Array;
  /** CORS, the playground and demo tokens; from the environment by default */
  browser?: BrowserSettings;
}

/** The public entry point: verifies the caller's token once and routes the query plan. */
export function createGatewayServer(options: GatewayOptions) {
  const secret = options.secret ?? internalSecret();
  const verifyToken = options.verifyToken ?? tokenVerifierFromEnv();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => new SignedSubgraphDataSource(options.subgraphUrls[name as keyof SubgraphUrls], secret),
  });
  return createGraphQLHttpServer<GatewayContext>({
    name: 'gateway',
    executor: { gateway },
    routes: browserRoutes(options.browser ?? browserSettingsFromEnv()),
    watch: { readiness: peersAnswer(options.subgraphUrls, SUBGRAPH_NAMES) },
    context: async ({ req, res }) => {
      const requestId = randomUUID();
      res.setHeader(REQUEST_ID_HEADER, requestId);
      return { viewer: await viewerFromHeaders(req.header('authorization'), req.header(ACCESS_REASON_HEADER), verifyToken), requestId };
    },
  });
}
