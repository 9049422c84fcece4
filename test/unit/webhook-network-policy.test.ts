import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createServer as createSocketServer, Server as SocketServer, Socket } from 'node:net';
import { postWebhook, WebhookNetworkPolicy } from '../../subgraphs/consent/webhooks/webhook-transport';
import {
  DeliveryErrorClass,
  httpErrorClass,
  shownDeliveryError,
  transportErrorClass,
} from '../../subgraphs/consent/webhooks/delivery-errors';

const production = WebhookNetworkPolicy.fromEnv({ NODE_ENV: 'production' });
const development = WebhookNetworkPolicy.fromEnv({});

describe('which addresses a partner endpoint may reach', () => {
  test.each([
    ['93.184.216.34', 'public IPv4'],
    ['2606:2800:220:1:248:1893:25c8:1946', 'public IPv6'],
  ])('%s (%s) is open everywhere', (address) => {
    expect(production.allows(address)).toBe(true);
    expect(development.allows(address)).toBe(true);
  });

  test.each([
    ['127.0.0.1', 'loopback'],
    ['::1', 'IPv6 loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.9', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local: cloud metadata'],
    ['fe80::1', 'IPv6 link-local'],
    ['fd00::1', 'IPv6 unique local'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::a9fe:a9fe', 'IPv4-compatible metadata address'],
    ['64:ff9b::a9fe:a9fe', 'NAT64 of the metadata address'],
    ['2002:a9fe:a9fe::1', '6to4 of the metadata address'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['100.64.0.1', 'carrier-grade NAT'],
  ])('%s (%s) is closed in production', (address) => {
    expect(production.allows(address)).toBe(false);
  });

  test('outside production loopback alone is open by default', () => {
    expect(development.allows('127.0.0.1')).toBe(true);
    expect(development.allows('::1')).toBe(true);
    expect(development.allows('10.1.2.3')).toBe(false);
    expect(development.allows('169.254.169.254')).toBe(false);
  });

  test('CREDENCE_WEBHOOK_ALLOWED_NETWORKS opens exactly the ranges it lists, replacing the default', () => {
    const policy = WebhookNetworkPolicy.fromEnv({ CREDENCE_WEBHOOK_ALLOWED_NETWORKS: '10.0.0.0/8, fd00::/8' });
    expect(policy.allows('10.200.0.1')).toBe(true);
    expect(policy.allows('fd12::1')).toBe(true);
    expect(policy.allows('192.168.1.1')).toBe(false);
    expect(policy.allows('127.0.0.1')).toBe(false);
  });

  test('a malformed range is a startup error naming the setting', () => {
    expect(() => WebhookNetworkPolicy.fromEnv({ CREDENCE_WEBHOOK_ALLOWED_NETWORKS: '10.0.0.0/99' })).toThrow(
      /CREDENCE_WEBHOOK_ALLOWED_NETWORKS/,
    );
  });

  test('a closed address literal is refused when the URL is set; a hostname waits for delivery', () => {
    expect(() => production.refuseClosedLiteral(new URL('http://169.254.169.254/latest'))).toThrow(
      /private or reserved network/,
    );
    expect(() => production.refuseClosedLiteral(new URL('http://[::1]:8080/'))).toThrow(/private or reserved network/);
    expect(() => production.refuseClosedLiteral(new URL('https://hooks.example.com/'))).not.toThrow();
  });
});

describe('delivering through the policy', () => {
  let server: Server;
  let port = 0;
  let hits = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits += 1;
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (policy: WebhookNetworkPolicy, url: string) =>
    postWebhook(policy, url, { 'webhook-id': 'msg_1' }, '{}', AbortSignal.timeout(5000));
  /** production's networks on any port, to judge addresses apart from the port rule */
  const productionNetworks = new WebhookNetworkPolicy([], null);

  test('an open address is reached and its status returned', async () => {
    await expect(post(development, `http://127.0.0.1:${port}/hook`)).resolves.toBe(204);
  });

  test('a closed address literal is never connected to', async () => {
    const before = hits;
    await expect(post(productionNetworks, `http://127.0.0.1:${port}/hook`)).rejects.toThrow(
      /network or on a port Credence does not call/,
    );
    expect(hits).toBe(before);
  });

  test('a hostname is judged by what it resolves to when connecting (localhost → loopback)', async () => {
    const before = hits;
    const refusal = await post(productionNetworks, `http://localhost:${port}/hook`).catch((error: Error) => error);
    expect(transportErrorClass(refusal)).toBe('REFUSED_NETWORK');
    // the refusal names no address: a partner must not learn what its hostname resolves to inside Credence
    expect(String(refusal)).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(hits).toBe(before);
    await expect(post(development, `http://localhost:${port}/hook`)).resolves.toBe(204);
  });
});

describe('which ports a partner endpoint may use', () => {
  test('production: 443 alone by default, refused when the URL is set with any other (e.g. :22)', () => {
    expect(() => production.refuseClosedLiteral(new URL('https://hooks.example.com/'))).not.toThrow();
    expect(() => production.refuseClosedLiteral(new URL('https://hooks.example.com:443/in'))).not.toThrow();
    expect(() => production.refuseClosedLiteral(new URL('https://hooks.example.com:22/'))).toThrow(/must use port 443/);
    expect(() => production.refuseClosedLiteral(new URL('https://hooks.example.com:8443/'))).toThrow(
      /must use port 443/,
    );
  });

  test('CREDENCE_WEBHOOK_ALLOWED_PORTS replaces the list; outside production any port unless it is set', () => {
    const listed = WebhookNetworkPolicy.fromEnv({
      NODE_ENV: 'production',
      CREDENCE_WEBHOOK_ALLOWED_PORTS: '443, 8443',
    });
    expect(listed.allowsPort(new URL('https://hooks.example.com:8443/'))).toBe(true);
    expect(listed.allowsPort(new URL('https://hooks.example.com:22/'))).toBe(false);
    expect(development.allowsPort(new URL('http://127.0.0.1:22/'))).toBe(true);
    expect(
      WebhookNetworkPolicy.fromEnv({ CREDENCE_WEBHOOK_ALLOWED_PORTS: '443' }).allowsPort(
        new URL('http://127.0.0.1:8080/'),
      ),
    ).toBe(false);
    expect(() => WebhookNetworkPolicy.fromEnv({ CREDENCE_WEBHOOK_ALLOWED_PORTS: '443,ssh' })).toThrow(
      /CREDENCE_WEBHOOK_ALLOWED_PORTS/,
    );
  });

  test('a delivery to a port not allowed is refused before connecting (REFUSED_NETWORK)', async () => {
    const refusal = await postWebhook(
      production,
      'https://93.184.216.34:22/',
      {},
      '{}',
      AbortSignal.timeout(5000),
    ).catch((error: Error) => error);
    expect(transportErrorClass(refusal)).toBe('REFUSED_NETWORK');
  });
});

describe('what a partner is told of a failed delivery: a class, never the detail', () => {
  const servers: (Server | SocketServer)[] = [];
  const sockets: Socket[] = [];
  afterAll(async () => {
    sockets.forEach((socket) => socket.destroy());
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  });
  const listen = async (server: Server | SocketServer) => {
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  };
  const classOf = async (
    url: string,
    signal = AbortSignal.timeout(10_000),
  ): Promise<{ errorClass: DeliveryErrorClass; error: unknown }> => {
    const error = await postWebhook(development, url, {}, '{}', signal).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).not.toBeNull();
    return { errorClass: transportErrorClass(error), error };
  };

  test('a name that does not resolve, and a port nobody listens on, are UNREACHABLE', async () => {
    expect((await classOf('http://no-such-host.invalid/hooks')).errorClass).toBe('UNREACHABLE');
    const closedPort = await listen(createSocketServer());
    await new Promise<void>((resolve) => servers.pop()!.close(() => resolve()));
    expect((await classOf(`http://127.0.0.1:${closedPort}/hooks`)).errorClass).toBe('UNREACHABLE');
  });

  test('https to something that does not speak TLS is TLS_ERROR', async () => {
    const plain = await listen(createServer((_, res) => res.writeHead(204).end()));
    expect((await classOf(`https://127.0.0.1:${plain}/hooks`)).errorClass).toBe('TLS_ERROR');
  });

  test('an endpoint that accepts and never answers is TIMEOUT once the delivery gives up', async () => {
    const silent = await listen(createSocketServer((socket) => sockets.push(socket)));
    const controller = new AbortController();
    const pending = classOf(`http://127.0.0.1:${silent}/hooks`, controller.signal);
    // aborted only once the connection is held open by the silent server
    for (const until = Date.now() + 10_000; sockets.length === 0 && Date.now() < until;)
      await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    expect((await pending).errorClass).toBe('TIMEOUT');
  });

  test('HTTP answers by their hundred; stored text from before classes shows as UNREACHABLE', () => {
    expect([301, 404, 429, 503, 199].map(httpErrorClass)).toEqual([
      'HTTP_3XX',
      'HTTP_4XX',
      'HTTP_4XX',
      'HTTP_5XX',
      'HTTP_OTHER',
    ]);
    expect(shownDeliveryError('getaddrinfo ENOTFOUND internal.example')).toBe('UNREACHABLE');
    expect(shownDeliveryError('HTTP_5XX')).toBe('HTTP_5XX');
    expect(shownDeliveryError(null)).toBeNull();
  });
});
