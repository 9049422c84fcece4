import { Agent as HttpAgent, OutgoingHttpHeaders, request as httpRequest, RequestOptions } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

const SEND = { 'http:': httpRequest, 'https:': httpsRequest };

export interface OutgoingCall extends Omit<RequestOptions, 'agent' | 'timeout' | 'headers'> {
  headers?: OutgoingHttpHeaders;
  body: string | Buffer;
  /** the connections to keep alive, one pool per scheme; Node's global agents when not given */
  agents?: { 'http:': HttpAgent; 'https:': HttpsAgent };
  /** read the answer's body as text; otherwise it is drained unread (an endpoint Credence does not run may send anything) */
  readAnswer?: boolean;
  /** a call during which nothing moves for this long (no byte sent or answered) is given up */
  idleTimeoutMs?: number;
}

/**
 * One HTTP or HTTPS call, as the URL's scheme says, with its whole body in memory (fetch
 * would copy it into a stream of its own first), its length sent as the body's; resolves with the status and, when asked,
 * the answer's text. Any other scheme, a network error, `signal` or the idle limit rejects.
 */
export function callOnce(url: string | URL, call: OutgoingCall): Promise<{ status: number; text: string }> {
  const target = new URL(url);
  const scheme = target.protocol as keyof typeof SEND;
  if (!(scheme in SEND))
    return Promise.reject(new Error(`the URL's scheme is neither http nor https: ${target.protocol}`));
  const { body, agents, readAnswer = false, idleTimeoutMs, ...options } = call;
  return new Promise((resolve, reject) => {
    const headers = { ...options.headers, 'content-length': Buffer.byteLength(body) };
    const outgoing = SEND[scheme](target, { ...options, headers, agent: agents?.[scheme] }, (response) => {
      const parts: Buffer[] = [];
      if (readAnswer) response.on('data', (part: Buffer) => parts.push(part));
      else response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(parts).toString() }));
      response.on('error', reject);
    });
    if (idleTimeoutMs !== undefined)
      outgoing.setTimeout(idleTimeoutMs, () =>
        outgoing.destroy(new Error(`no answer moved for ${idleTimeoutMs / 1000} s`)),
      );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
