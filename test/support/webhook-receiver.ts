import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** A partner's receiver: records every POST; while `down`, answers 503. */
export class Receiver {
  readonly received: { headers: IncomingHttpHeaders; body: string }[] = [];
  down = false;
  private server!: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => {
        this.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(this.down ? 503 : 204).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  stop = () => new Promise<void>((resolve) => this.server.close(() => resolve()));

  events = (type?: string) =>
    this.received.map((r) => ({ ...r, event: JSON.parse(r.body) })).filter((r) => !type || r.event.type === type);
}

/** Standard Webhooks verification written here from the spec, independent of the server's code. */
export function verify(
  secret: string,
  headers: IncomingHttpHeaders,
  body: string,
  nowSeconds = Date.now() / 1000,
): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key)
    .update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`)
    .digest();
  const fresh = Math.abs(nowSeconds - Number(headers['webhook-timestamp'])) < 300;
  return (
    fresh &&
    String(headers['webhook-signature'])
      .split(' ')
      .some((signature) => {
        const [version, value] = signature.split(',');
        const given = Buffer.from(value ?? '', 'base64');
        return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
      })
  );
}

export async function eventually<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  ms = 15_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
