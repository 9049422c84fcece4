import { ErrorCode } from './errors';

/** One error a client may meet: when it happens and what to do about it. */
export interface CatalogueEntry {
  /** the HTTP status it usually comes with (a field-level refusal comes in a 200 with partial data) */
  status: string;
  when: string;
  whatToDo: string;
}

/**
 * Every `extensions.code` Credence gives, in one place: `npm run docs:errors` writes
 * docs/errors.md from it, and test/unit/error-catalogue.test.ts fails when a code thrown
 * anywhere in the code base is missing here or the document is stale. Typed by ErrorCode,
 * so a new code does not compile until it is described.
 */
export const CREDENCE_ERRORS: Record<ErrorCode, CatalogueEntry> = {
  BAD_USER_INPUT: {
    status: '200 (400 for a variable or text-input check)',
    when: 'An argument is malformed or out of range; `extensions.argument` names it when there is one.',
    whatToDo: 'Fix the argument as the message says; retrying unchanged fails the same way.',
  },
  NOT_FOUND: {
    status: '200',
    when: 'The id names nothing you may see: missing and not yours are told apart for nobody.',
    whatToDo: 'Check the id (and, for a consumer opening a consent-request link, the account signed in).',
  },
  UNAUTHENTICATED: {
    status: '200, or 401 for a bad token',
    when: "No token, an invalid or expired one, or a write (or a partner read) with a token naming no live account; a deleted consumer's own reads with such a token find nothing.",
    whatToDo: 'Sign in, or get a new token (partners: POST /oauth/token).',
  },
  FORBIDDEN: {
    status: '200',
    when: 'Your kind of viewer or staff role may not do this, or staff sent no x-access-reason.',
    whatToDo: 'Use the viewer the message names, or send a reason; do not retry as is.',
  },
  CONSENT_REQUIRED: {
    status: '200 (the field is null)',
    when: 'No active consent from this consumer covers the scope (never given, expired, revoked or other scopes).',
    whatToDo: 'Ask for consent (requestConsent); read the field again once it is AUTHORISED.',
  },
  CONSENT_UNAVAILABLE: {
    status: '200 (the field is null)',
    when: 'Consent could not be checked just now, so the field was withheld.',
    whatToDo: 'Retry shortly; nothing was released.',
  },
  PARTNER_SUSPENDED: {
    status: '200',
    when: 'Credence staff suspended your partner account: every read and request is refused.',
    whatToDo: 'Contact Credence; reads work again once you are reinstated.',
  },
  CONSENT_REQUEST_EXPIRED: {
    status: '200',
    when: 'The consent request went unanswered past its expiry.',
    whatToDo: 'Partners: send a new request. Consumers: ask the business for a new link.',
  },
  CONSENT_REQUEST_ANSWERED: {
    status: '200',
    when: 'The consent request was already approved or declined (it is answered once), so it cannot be answered or cancelled.',
    whatToDo: 'Read its status with consentRequest(id).',
  },
  CONSENT_REQUEST_LIMIT: {
    status: '200',
    when: 'You have 5 unanswered requests for one e-mail address, or 100 open ones.',
    whatToDo: 'Wait for answers or expiries, or cancel requests you no longer need (cancelConsentRequest).',
  },
  SUBJECT_FROZEN: {
    status: '200 (the field is null)',
    when: 'The consumer froze their file: reads a consent would allow are refused.',
    whatToDo: 'Nothing to do until the consumer unfreezes it; do not retry in a loop.',
  },
  THRESHOLD_LIMIT_REACHED: {
    status: '200 (the field is null)',
    when: 'You asked scoreAtLeast about more distinct thresholds for this consumer than CONSENT_THRESHOLD_CHECKS_PER_DAY (3) in 24 hours.',
    whatToDo: 'Reuse a threshold you already asked (free), or wait until the oldest leaves the 24-hour window.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: '422',
    when: 'The Idempotency-Key was sent before with another operation or other variables.',
    whatToDo: 'Use a new key for each new request; reuse a key only to retry the very same request.',
  },
  IDEMPOTENCY_KEY_IN_USE: {
    status: '409',
    when: 'The first request with this Idempotency-Key was still running after 30 s of waiting.',
    whatToDo: 'Retry with the same key a little later: you will get the first answer.',
  },
  CONSENT_REQUEST_DUPLICATE: {
    status: '200',
    when: 'A request of yours for the same scopes already awaits this consumer’s answer; `extensions.consentRequestId` names it.',
    whatToDo: 'Follow that request, or cancel it (cancelConsentRequest) before asking again.',
  },
  CONSENT_ALREADY_GRANTED: {
    status: '200',
    when: 'The consumer already granted you some of the scopes asked for; `extensions.scopes` lists them.',
    whatToDo: 'Read with the consent you hold; ask only for scopes you do not have.',
  },
  CONSENT_REQUEST_CANCELLED: {
    status: '200',
    when: 'The partner cancelled the consent request before it was answered.',
    whatToDo: 'Consumers: nothing to answer; the business may send a new request.',
  },
  DISPUTE_CLOSED: {
    status: '200',
    when: 'addDisputeInformation on a dispute already decided or expired: information is added only while it is OPEN or INVESTIGATING.',
    whatToDo:
      "Read the dispute's outcome; if the record is still on your file, file a new dispute (disputeCreditRecord).",
  },
  DISPUTE_INFORMATION_LIMIT: {
    status: '200',
    when: 'The consumer already added information to this dispute 10 times.',
    whatToDo:
      'Wait for the outcome; a record still on file once it is decided can be disputed again, with everything the new dispute needs.',
  },
  RECORD_REMOVED_BY_DISPUTE: {
    status: "200 (a rejection in FurnishingResult or the file's rejections)",
    when: 'A furnisher re-reported a record (same account and due date) that a dispute took off the file (DELETED, or EXPIRED unanswered).',
    whatToDo:
      'Re-report it only if it is complete and accurate, with `certifiedAccurate: true` (FCRA §611(a)(5)(B)); the consumer is then told it is back and may dispute it again.',
  },
  RATE_LIMITED: {
    status: '429 with Retry-After',
    when: 'Your request rate or cost budget for the window is spent.',
    whatToDo: 'Wait Retry-After seconds (RateLimit headers show the budget); ask for fewer items.',
  },
  MAX_COST_EXCEEDED: {
    status: '400',
    when: 'The operation costs more than a whole budget: it can never run as asked.',
    whatToDo: 'Ask for fewer items (smaller first:, fewer ids) or split it.',
  },
  INTERNAL_SERVER_ERROR: {
    status: '500 or 200',
    when: 'A fault of Credence’s servers; the message is always "Internal server error.".',
    whatToDo: 'Retry later (with the same Idempotency-Key for a mutation); quote the x-request-id to support.',
  },
};

/** The request-level codes Apollo Server gives before anything of Credence runs. */
export const REQUEST_ERRORS: Record<string, CatalogueEntry> = {
  GRAPHQL_PARSE_FAILED: {
    status: '400',
    when: 'The document does not parse, or has more tokens than CREDENCE_MAX_TOKENS.',
    whatToDo: 'Fix the syntax or send a smaller document.',
  },
  GRAPHQL_VALIDATION_FAILED: {
    status: '400',
    when: 'The document does not fit the schema, or breaks a query limit (`extensions.limit`: depth, aliases, directives, cost).',
    whatToDo: 'Check it against gateway/api-schema.graphql; stay within the query limits.',
  },
  BAD_REQUEST: {
    status: '400',
    when: 'The HTTP request itself is wrong: malformed or oversized JSON, a batch, a form or text/plain body.',
    whatToDo: 'POST one JSON operation with content-type application/json.',
  },
  OPERATION_RESOLUTION_FAILURE: {
    status: '400',
    when: 'Several operations and no operationName, or an operationName the document does not hold.',
    whatToDo: 'Send operationName naming one operation of the document.',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    status: '200',
    when: 'An automatic persisted query hash the gateway does not know yet.',
    whatToDo: 'Send the query with its hash once; later requests may send the hash alone.',
  },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    status: '200',
    when: 'Persisted queries are turned off.',
    whatToDo: 'Send the whole query.',
  },
};

/** POST /oauth/token's errors, in RFC 6749 §5.2 words (the `error` member of its JSON body). */
export const OAUTH_ERRORS: Record<string, CatalogueEntry> = {
  invalid_request: {
    status: '400',
    when: 'The body is not form-encoded, grant_type is missing, or the credentials came by Basic and in the form at once.',
    whatToDo: 'Send grant_type=client_credentials, form-encoded, with the credentials one way.',
  },
  invalid_client: {
    status: '401 with WWW-Authenticate',
    when: 'Unknown client id, wrong secret (e.g. rotated), or no credentials.',
    whatToDo: 'Check the credentials; after a rotation use the new secret (ask Credence staff to issue one).',
  },
  unsupported_grant_type: {
    status: '400',
    when: 'A grant other than client_credentials.',
    whatToDo: 'Use grant_type=client_credentials.',
  },
  temporarily_unavailable: {
    status: '503',
    when: 'The credentials could not be checked just now.',
    whatToDo: 'Retry shortly.',
  },
};

const cell = (text: string) => text.replace(/\|/g, '\\|');

function table(entries: Record<string, CatalogueEntry>): string {
  const rows = Object.entries(entries).map(
    ([code, { status, when, whatToDo }]) => `| \`${code}\` | ${cell(status)} | ${cell(when)} | ${cell(whatToDo)} |`,
  );
  return ['| code | HTTP | when | what to do |', '|---|---|---|---|', ...rows].join('\n');
}

/** docs/errors.md, as `npm run docs:errors` writes it. */
export function errorCatalogueMarkdown(): string {
  return `# Error catalogue

<!-- Generated from shared/error-catalogue.ts by \`npm run docs:errors\`: edit that file, not this one. -->

Every GraphQL error carries \`extensions.code\`; build on the code, never the message. A refused field is \`null\` with
its error beside it, and the rest of the answer still resolves. Every answer carries \`x-request-id\`: quote it to support.

## Credence's codes (\`extensions.code\`)

${table(CREDENCE_ERRORS)}

## Request-level codes (Apollo Server)

${table(REQUEST_ERRORS)}

## \`POST /oauth/token\` (the \`error\` member, RFC 6749 §5.2)

${table(OAUTH_ERRORS)}
`;
}
