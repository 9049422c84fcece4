import { ClosedNetworkError } from './webhook-transport';

/**
 * What a partner is told about a failed delivery (`WebhookDelivery.lastError`): a class,
 * never the resolver's or the TLS stack's own words. Those name addresses, hostnames and
 * certificates, so a partner could use its endpoint as a probe of the networks Credence
 * sits in; the detail goes to the server log alone.
 */
export const DELIVERY_ERROR_CLASSES = [
  'UNREACHABLE',
  'TLS_ERROR',
  'TIMEOUT',
  'REFUSED_NETWORK',
  'HTTP_3XX',
  'HTTP_4XX',
  'HTTP_5XX',
  'HTTP_OTHER',
  'ENDPOINT_DISABLED',
  'PARTNER_SUSPENDED',
] as const;
export type DeliveryErrorClass = (typeof DELIVERY_ERROR_CLASSES)[number];

/** A failed delivery whose message is its class alone: what the outbox stores as lastError. */
export class DeliveryFailure extends Error {
  constructor(readonly errorClass: DeliveryErrorClass) {
    super(errorClass);
  }
}

/** An endpoint's answer that is not 2xx, by its hundred. */
export function httpErrorClass(status: number): DeliveryErrorClass {
  if (status >= 300 && status < 400) return 'HTTP_3XX';
  if (status >= 400 && status < 500) return 'HTTP_4XX';
  if (status >= 500 && status < 600) return 'HTTP_5XX';
  return 'HTTP_OTHER';
}

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ABORT_ERR']);

/** A transport error (Node's `code` and name) as a class; whatever is not recognised is UNREACHABLE. */
export function transportErrorClass(error: unknown): DeliveryErrorClass {
  if (error instanceof ClosedNetworkError) return 'REFUSED_NETWORK';
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  const text = typeof code === 'string' ? code : '';
  if (name === 'AbortError' || name === 'TimeoutError' || TIMEOUT_CODES.has(text)) return 'TIMEOUT';
  // EPROTO: the peer does not speak TLS as agreed (e.g. plain HTTP on an https URL)
  if (
    text === 'EPROTO' ||
    /^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|HOSTNAME_MISMATCH|ERR_OSSL)/.test(text)
  )
    return 'TLS_ERROR';
  return 'UNREACHABLE';
}

/** What the API shows for a stored lastError: a known class, or UNREACHABLE for text stored before classes existed. */
export function shownDeliveryError(stored: string | null): DeliveryErrorClass | null {
  if (stored === null) return null;
  return (DELIVERY_ERROR_CLASSES as readonly string[]).includes(stored)
    ? (stored as DeliveryErrorClass)
    : 'UNREACHABLE';
}
