import { Router } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../../shared/errors';
import { CHUNK_ROUTE, MAX_CHUNK_BYTES } from '../../../shared/furnishing-chunks';
import { SubgraphRouteContext } from '../../../shared/server/subgraph-server';
import { InternalCaller } from '../../../shared/trust/internal-auth';
import { appendLines } from './batch-files';

const STATUS_OF: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

/**
 * `PUT /furnishing/batches/:batchId/chunks/:firstIndex`: the gateway stores one chunk of
 * a furnishing file, its lines as the body (shared/furnishing-chunks.ts); 204 once
 * stored, and storing it again changes nothing. Refusals come as GraphQL errors do,
 * `{ errors: [{ message, extensions: { code } }] }`, with the matching status.
 */
export function furnishingChunkRoute({ database, bodyCalls }: SubgraphRouteContext): Router {
  const router = Router();
  router.put(CHUNK_ROUTE, ...bodyCalls(MAX_CHUNK_BYTES), async (req, res) => {
    const { issuer, viewer } = res.locals.caller as InternalCaller;
    try {
      const { batchId, firstIndex } = req.params as Record<string, string>;
      const text = (req.body as Buffer).toString('utf8');
      await appendLines(issuer, viewer, database.dataSource, batchId, Number(firstIndex), text);
      res.status(204).end();
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : '';
      const status = STATUS_OF[code];
      if (status === undefined) console.error('[credence] storing a furnishing chunk failed:', error);
      res.status(status ?? 500).json({
        errors: [
          status === undefined
            ? { message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }
            : { message: (error as GraphQLError).message, extensions: { code } },
        ],
      });
    }
  });
  return router;
}
