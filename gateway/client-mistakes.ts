import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { GraphQLError, isScalarType } from 'graphql';
import { CUSTOM_SCALARS } from '../shared/scalars';

/**
 * The supergraph names its custom scalars but carries none of their parsing, so the
 * gateway let `expiresAt: "yesterday"` through to a subgraph, whose refusal came back
 * as an internal error (500 and a stack trace in the log, for an anonymous caller's typo).
 * Giving the gateway's scalars the subgraphs' own parsing (shared/scalars) lets
 * graphql-js refuse a bad literal during validation and a bad variable before planning:
 * a coded 400, and no subgraph is called. Serializing is left alone: the gateway passes
 * the subgraphs' values through as they sent them.
 */
export function parseScalarsAsSubgraphsDo(gateway: ApolloGateway): void {
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    for (const scalar of CUSTOM_SCALARS) {
      const type = apiSchema.getType(scalar.name);
      if (!isScalarType(type)) continue;
      type.parseValue = scalar.parseValue;
      type.parseLiteral = scalar.parseLiteral;
    }
  });
}

/**
 * A document whose operation cannot be chosen (two operations and no operationName, or
 * an operationName it does not contain) is the caller's mistake. Apollo refuses it with
 * OPERATION_RESOLUTION_FAILURE when it executes a schema itself; behind a gateway it left
 * the gateway to throw an uncoded error, answered 500. Refused here, once the operation
 * has been looked up and before anything is charged or planned, in graphql-js's words.
 */
export const operationMustResolve: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation) return;
        const message = request.operationName
          ? `Unknown operation named "${request.operationName}".`
          : 'Must provide operation name if query contains multiple operations.';
        throw new GraphQLError(message, {
          extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
        });
      },
    };
  },
};

/**
 * The gateway tags a subgraph's error with the subgraph's name (`extensions.serviceName`):
 * how Credence is cut into services is no client's business, and a name would change with a
 * refactoring clients must not notice. Removed here, from every answer, once.
 */
export const noSubgraphNames: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
          if (!error.extensions || !('serviceName' in error.extensions)) return error;
          const { serviceName: _serviceName, ...extensions } = error.extensions;
          return { ...error, extensions };
        });
      },
    };
  },
};
