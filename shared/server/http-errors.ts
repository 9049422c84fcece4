import { ErrorRequestHandler, Request } from 'express';
import { ErrorCode } from '../errors';
import { MAX_JSON_DEPTH } from './json-body';

/** body-parser's error types, each told to the client in its own words (never the parser's). */
const BODY_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON (a GraphQL request is a JSON object).',
  'entity.too.large': 'The request body is too large.',
  'entity.verify.failed': `The request body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels.`,
  'encoding.unsupported': 'The request body has an unsupported Content-Encoding.',
  'charset.unsupported': 'The request body must be UTF-8.',
  'request.aborted': 'The request was aborted before its body was read.',
  'request.size.invalid': 'The request body is shorter or longer than its Content-Length.',
};
const UNDECOMPRESSED = 'The request body could not be decompressed as its Content-Encoding says.';

interface BodyError {
  type?: string;
  status?: number;
  expose?: boolean;
}

/**
 * The caller's words for a body the parser refused, or undefined when the error is not such a
 * refusal (then it is the server's). body-parser types its own refusals; a body that fails to
 * decompress (gzip, deflate or br that is not) comes untyped, as an exposed 400.
 */
export function bodyErrorMessage(error: BodyError): string | undefined {
  if (error.type !== undefined) return BODY_ERRORS[error.type];
  return error.status === 400 && error.expose === true ? UNDECOMPRESSED : undefined;
}

/** GraphQL-over-HTTP, as Apollo negotiates it: the new media type only when the client prefers it to application/json. */
export function responseMediaType(req: Request): string {
  return req.accepts(['application/json', 'application/graphql-response+json']) === 'application/graphql-response+json'
    ? 'application/graphql-response+json; charset=utf-8'
    : 'application/json; charset=utf-8';
}

/**
 * Whatever fails before Apollo sees the request (a malformed or oversized body, an
 * unknown charset) is answered as a GraphQL response with a coded error: never
 * Express's HTML page, which carries a stack trace with file paths in development.
 */
export const graphQLHttpErrors: ErrorRequestHandler = (error: BodyError, req, res, next) => {
  if (res.headersSent) return next(error);
  const message = bodyErrorMessage(error);
  const status = message && error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) console.error('[credence] request failed before GraphQL:', error);
  const body =
    status === 500
      ? { message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }
      : { message, extensions: { code: 'BAD_REQUEST' } };
  res.status(status).setHeader('content-type', responseMediaType(req));
  res.send(JSON.stringify({ errors: [body] }));
};

/**
 * The last handler of every server: an error no route answered is a JSON answer, never
 * Express's HTML page (a stack trace with file paths in development). A client error a
 * middleware raised keeps its 4xx status; anything else is a 500 without detail, logged.
 */
export const lastResortErrors: ErrorRequestHandler = (error: BodyError, req, res, next) => {
  if (res.headersSent) return next(error);
  const clientError = error.expose === true && error.status !== undefined && error.status >= 400 && error.status < 500;
  if (!clientError) console.error('[credence] request failed outside GraphQL:', error);
  const body = clientError
    ? {
        message: bodyErrorMessage(error) ?? 'The request cannot be answered as sent.',
        extensions: { code: 'BAD_REQUEST' },
      }
    : { message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  res.status(clientError ? error.status! : 500).setHeader('content-type', responseMediaType(req));
  res.send(JSON.stringify({ errors: [body] }));
};
