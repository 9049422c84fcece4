import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { Request, Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../shared/errors';
import { callOnce } from '../shared/outgoing-call';
import { credentialExtensions } from '../shared/trust/internal-auth';
import { SubgraphUrls } from '../shared/trust/internal-client';
import { signBodyCall } from '../shared/trust/internal-bodies';
import { chunkPath, LINES_PER_CHUNK, MAX_LINE_LENGTH } from '../shared/furnishing-chunks';
import { Viewer } from '../shared/trust/viewer';
import { SpendBudget } from './cost-budget';
import { LinesChunk, LineTooLong, LineWithNul, ndjsonChunks } from './ndjson-chunks';
import { TokenVerifier, viewerFromHeaders } from './viewer-token';

const MAX_FILE_LINES = 1_000_000;
/** A file line costs a hundredth of a point: a file is processed in the background, at the platform's pace. */
const LINES_PER_POINT = 100;

const OPEN = 'mutation { openFurnishingBatch }';
const SEAL = 'mutation Seal($batchId: ID!, $total: Int!) { sealFurnishingBatch(batchId: $batchId, total: $total) }';

const STATUS_OF: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.PARTNER_SUSPENDED]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.RATE_LIMITED]: 429,
};

class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Answer<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

/** The first error of credit-history's answer, as a Refusal when it is the caller's to fix (callSubgraph keeps only words). */
function throwError(body: Answer<unknown>): void {
  const error = body.errors?.[0];
  if (!error) return;
  const code = error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
  throw code in STATUS_OF ? new Refusal(code, error.message) : new Error(`credit-history: ${error.message}`);
}

/** One signed call to credit-history's upload fields. */
async function callCreditHistory<T>(
  urls: SubgraphUrls,
  secret: Uint8Array,
  viewer: Viewer,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const extensions = await credentialExtensions(secret, {
    issuer: 'gateway',
    audience: 'credit-history',
    viewer,
    query,
    variables,
  });
  const response = await fetch(urls['credit-history'], {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, extensions }),
  });
  const body = (await response.json()) as Answer<T>;
  throwError(body);
  return body.data as T;
}

/**
 * Kept-alive connections to credit-history for the chunk calls, whose bodies are the
 * largest the gateway sends. One idle for CHUNK_IDLE_MS is closed here, well before the
 * subgraph closes its end (KEEP_ALIVE_MS), so a chunk is never sent on a connection being closed.
 */
export const CHUNK_IDLE_MS = 30_000;
const chunkConnections = {
  'http:': new HttpAgent({ keepAlive: true, timeout: CHUNK_IDLE_MS }),
  'https:': new HttpsAgent({ keepAlive: true, timeout: CHUNK_IDLE_MS }),
};
/** A chunk call during which nothing moves for this long (no byte sent or answered) fails the upload. */
const CHUNK_CALL_IDLE_MS = 300_000;

/** One chunk call's PUT, over the kept-alive connections, with credit-history's answer as text. */
export function putBody(url: string, headers: Record<string, string>, body: Buffer) {
  return callOnce(url, {
    method: 'PUT',
    headers,
    body,
    agents: chunkConnections,
    readAnswer: true,
    idleTimeoutMs: CHUNK_CALL_IDLE_MS,
  });
}

/** Stores one chunk of the file in credit-history: its lines as the body, not as a GraphQL variable (furnishing-chunks.ts). */
async function storeChunk(
  urls: SubgraphUrls,
  secret: Uint8Array,
  viewer: Viewer,
  batchId: string,
  chunk: LinesChunk,
): Promise<void> {
  const path = chunkPath(batchId, chunk.firstIndex);
  const headers = await signBodyCall(secret, {
    issuer: 'gateway',
    audience: 'credit-history',
    viewer,
    method: 'PUT',
    path,
    body: chunk.body,
  });
  // beside the subgraph's /graphql, wherever that is mounted
  const response = await putBody(
    urls['credit-history'].replace(/\/graphql$/, path),
    { 'content-type': 'application/x-ndjson', ...headers },
    chunk.body,
  );
  if (response.status === 204) return;
  throwError(JSON.parse(response.text) as Answer<never>);
  throw new Error(`credit-history: a chunk was answered ${response.status}`);
}

/** Chunks stored side by side (each is stored at its own place in the file), at most this many at once. */
const STORES_IN_FLIGHT = 8;

/**
 * The chunk calls under way: reading the next chunk goes on while earlier ones are
 * stored, as long as fewer than STORES_IN_FLIGHT are; the first failure is thrown.
 */
class StoresInFlight {
  private readonly running = new Set<Promise<unknown>>();
  private failure: unknown = null;

  async add(store: Promise<unknown>): Promise<void> {
    const tracked = store
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.running.delete(tracked));
    this.running.add(tracked);
    if (this.running.size >= STORES_IN_FLIGHT) await Promise.race(this.running);
    if (this.failure) throw this.failure;
  }

  /** Waits for every chunk under way; throws the first failure. */
  async all(): Promise<void> {
    await this.settled();
    if (this.failure) throw this.failure;
  }

  async settled(): Promise<void> {
    await Promise.all(this.running);
  }
}

/** A line the gateway refused, said in the file's terms (a line number), not the call's; anything else as it was. */
function inTheFilesTerms(caught: unknown): unknown {
  if (caught instanceof LineTooLong)
    return new Refusal(
      ErrorCode.BAD_USER_INPUT,
      `Line ${caught.lineNumber} is longer than ${MAX_LINE_LENGTH} characters.`,
    );
  // every subgraph refuses NUL in text
  if (caught instanceof LineWithNul)
    return new Refusal(ErrorCode.BAD_USER_INPUT, `Line ${caught.lineNumber} contains the NUL character (U+0000).`);
  return caught;
}

function answer(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  res
    .status(status)
    .set(headers)
    .json({ errors: [{ message, extensions: { code } }] });
}

/**
 * `POST /furnishing/batches`: a furnisher's NDJSON file of FurnishedRecordInput lines
 * (up to 1,000,000), with its bearer token. The lines are stored in credit-history as
 * they arrive, 1,000 a call, each call paid from the partner's budget; once all are
 * stored the file is sealed and the answer is 202 with the batch's id, and
 * credit-history processes it in the background (furnishingBatch(id) shows progress).
 * A file whose upload breaks off is never processed.
 */
export function furnishingRoute(
  urls: SubgraphUrls,
  secret: Uint8Array,
  verifyToken: TokenVerifier,
  spend: SpendBudget,
  clientAddressOf: (req: Request) => string,
): Router {
  const router = Router();
  router.post('/furnishing/batches', async (req, res) => {
    let viewer: Viewer;
    try {
      viewer = await viewerFromHeaders(req.header('authorization'), undefined, verifyToken);
    } catch (error) {
      return answer(res, 401, ErrorCode.UNAUTHENTICATED, (error as GraphQLError).message);
    }
    if (viewer.kind !== 'partner') {
      const signedIn = viewer.kind !== 'anonymous';
      return answer(
        res,
        signedIn ? 403 : 401,
        signedIn ? ErrorCode.FORBIDDEN : ErrorCode.UNAUTHENTICATED,
        'Only a furnisher sends furnishing files.',
      );
    }
    const encoding = req.header('content-encoding');
    if (encoding && encoding.toLowerCase() !== 'identity')
      return answer(res, 415, 'BAD_REQUEST', 'Send the file uncompressed, without a Content-Encoding.');
    const call = <T>(query: string, variables: Record<string, unknown> = {}) =>
      callCreditHistory<T>(urls, secret, viewer, query, variables);
    const storing = new StoresInFlight();
    try {
      // opened at the first chunk (which also tells a partner that is no furnisher): an empty file leaves no batch behind
      let batchId: string | undefined;
      let total = 0;
      for await (const chunk of ndjsonChunks(req, MAX_LINE_LENGTH, LINES_PER_CHUNK)) {
        if (chunk.firstIndex + chunk.lineCount > MAX_FILE_LINES)
          throw new Refusal(ErrorCode.BAD_USER_INPUT, `A file holds at most ${MAX_FILE_LINES} records.`);
        batchId ??= (await call<{ openFurnishingBatch: string }>(OPEN)).openFurnishingBatch;
        const paid = await spend(
          { viewer, clientAddress: clientAddressOf(req) },
          Math.ceil(chunk.lineCount / LINES_PER_POINT),
        );
        if (!paid.spent)
          throw new Refusal(
            ErrorCode.RATE_LIMITED,
            `Cost budget spent after ${chunk.firstIndex} lines; try again in ${paid.retryAfterSeconds} s.`,
          );
        await storing.add(storeChunk(urls, secret, viewer, batchId, chunk));
        total = chunk.firstIndex + chunk.lineCount;
      }
      await storing.all();
      if (batchId === undefined)
        throw new Refusal(ErrorCode.BAD_USER_INPUT, 'The file holds no records: one JSON object per line.');
      await call(SEAL, { batchId, total });
      res.status(202).json({ id: batchId, status: 'PENDING', total });
    } catch (caught) {
      await storing.settled(); // no store still running once the answer is sent
      const error = inTheFilesTerms(caught);
      if (!(error instanceof Refusal)) {
        console.error('furnishing upload failed:', error);
        return answer(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
      }
      req.resume(); // drop the rest of the file
      answer(
        res,
        STATUS_OF[error.code],
        error.code,
        error.message,
        error.code === ErrorCode.RATE_LIMITED ? { 'retry-after': '60' } : {},
      );
    }
  });
  // a batch is read through the graph (furnishingBatch): any other method gets a JSON answer, not Express's HTML page
  router.all('/furnishing/batches', (req, res, next) => {
    if (req.method === 'OPTIONS') return next();
    answer(res, 405, 'BAD_REQUEST', 'Send a file with POST; read a batch with the furnishingBatch query.', {
      allow: 'POST',
    });
  });
  return router;
}
