import { lookup as dnsLookup, LookupAddress, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { badUserInput } from '../../../shared/errors';
import { callOnce } from '../../../shared/outgoing-call';

/** Loopback only, and only outside production: where a developer's receiver runs. */
const DEVELOPMENT_NETWORKS = ['127.0.0.0/8', '::1/128'];

/** In production an endpoint listens on the HTTPS port unless CREDENCE_WEBHOOK_ALLOWED_PORTS lists others. */
const PRODUCTION_PORTS = [443];

/** A delivery Credence would not make: the address or port is one it does not call. The message names neither. */
export class ClosedNetworkError extends Error {
  constructor() {
    super('the endpoint is in a network or on a port Credence does not call');
  }
}

/** The port a URL connects to, its scheme's default when it names none. */
const portOf = (url: URL) => Number(url.port || (url.protocol === 'https:' ? 443 : 80));

function portsFromEnv(env: NodeJS.ProcessEnv): number[] | null {
  const listed = env.CREDENCE_WEBHOOK_ALLOWED_PORTS;
  if (listed === undefined) return env.NODE_ENV === 'production' ? PRODUCTION_PORTS : null;
  return listed
    .split(',')
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => {
      const port = Number(text);
      if (!Number.isInteger(port) || port < 1 || port > 65535)
        throw new Error(`CREDENCE_WEBHOOK_ALLOWED_PORTS: ${text} is not a port (1-65535).`);
      return port;
    });
}

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * Where partners' endpoints may point. Credence POSTs wherever a partner says, so without
 * a rule a partner could make it call a cloud metadata service or an internal admin port
 * (SSRF). Public unicast addresses are open; every private, loopback, link-local, reserved,
 * multicast or unspecified one is closed unless CREDENCE_WEBHOOK_ALLOWED_NETWORKS
 * (comma-separated CIDRs) opens it. Outside production loopback is open by default.
 */
export class WebhookNetworkPolicy {
  private readonly opened: Range[];

  /** `ports`: the only ports an endpoint may use; null for any. */
  constructor(
    readonly networks: string[],
    readonly ports: number[] | null = null,
  ) {
    this.opened = networks.map((cidr) => {
      try {
        return ipaddr.parseCIDR(cidr);
      } catch {
        throw new Error(`CREDENCE_WEBHOOK_ALLOWED_NETWORKS: ${cidr} is not a CIDR range (e.g. 10.0.0.0/8).`);
      }
    });
  }

  static fromEnv(env: NodeJS.ProcessEnv = process.env): WebhookNetworkPolicy {
    const listed = env.CREDENCE_WEBHOOK_ALLOWED_NETWORKS;
    const networks =
      listed === undefined
        ? env.NODE_ENV === 'production'
          ? []
          : DEVELOPMENT_NETWORKS
        : listed
            .split(',')
            .map((cidr) => cidr.trim())
            .filter(Boolean);
    return new WebhookNetworkPolicy(networks, portsFromEnv(env));
  }

  /** Whether the URL's port is one endpoints may use (CREDENCE_WEBHOOK_ALLOWED_PORTS; 443 alone in production). */
  allowsPort(url: URL): boolean {
    return this.ports === null || this.ports.includes(portOf(url));
  }

  /**
   * IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is; the deprecated
   * IPv4-compatible form (::169.254.169.254, ::/96) is never public.
   */
  allows(address: string): boolean {
    const parsed = ipaddr.process(address);
    if (parsed.kind() === 'ipv6' && parsed.match(ipaddr.parseCIDR('::/96')))
      return this.opened.some(([network, bits]) => network.kind() === 'ipv6' && parsed.match(network, bits));
    if (this.opened.some(([network, bits]) => network.kind() === parsed.kind() && parsed.match(network, bits)))
      return true;
    return parsed.range() === 'unicast';
  }

  /** The URL's host when it is an address literal in a closed network (literals skip DNS, so the lookup below never sees them). */
  closedLiteral(url: URL): string | null {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return isIP(host) && !this.allows(host) ? host : null;
  }

  /** At set time a closed port or address literal is refused at once; hostnames are judged on every delivery. */
  refuseClosedLiteral(url: URL): void {
    if (this.closedLiteral(url))
      throw badUserInput(
        'The webhook URL points into a private or reserved network, which Credence does not call.',
        'url',
      );
    if (!this.allowsPort(url)) throw badUserInput(`The webhook URL must use port ${this.ports!.join(' or ')}.`, 'url');
  }

  /**
   * The DNS lookup every delivery connects through: the addresses checked are the ones
   * the socket then uses, so a hostname re-pointed at a private address after it was
   * set (DNS rebinding) is refused too.
   */
  readonly lookup = (
    hostname: string,
    options: LookupOptions,
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const closed = addresses.find(({ address }) => !this.allows(address));
      if (closed) return callback(new ClosedNetworkError(), []);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * POSTs one body and resolves with the status code; rejects on a closed address, a
 * network error or `signal`. Redirects are not followed: a 3xx is a failed delivery,
 * so an endpoint cannot bounce Credence into a closed network either.
 */
export function postWebhook(
  policy: WebhookNetworkPolicy,
  url: string,
  headers: Record<string, string>,
  body: string,
  signal: AbortSignal,
): Promise<number> {
  const target = new URL(url);
  if (!policy.allowsPort(target) || policy.closedLiteral(target)) return Promise.reject(new ClosedNetworkError());
  // only the status matters: the answer is drained unread
  return callOnce(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    lookup: policy.lookup,
    signal,
  }).then(({ status }) => status);
}
