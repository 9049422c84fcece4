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
export const graphQLHttpErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, req, res, next) => {
  if (res.headersSent) return next(error);
  const known = error.type !== undefined && BODY_ERRORS[error.type] !== undefined;
  const status = known && error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) console.error('[credence] request failed before GraphQL:', error);
  const body =
    status === 500
      ? { message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }
      : { message: BODY_ERRORS[error.type!], extensions: { code: 'BAD_REQUEST' } };
  res.status(status).setHeader('content-type', responseMediaType(req));
  res.send(JSON.stringify({ errors: [body] }));
};
