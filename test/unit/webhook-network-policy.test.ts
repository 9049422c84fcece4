import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { postWebhook, WebhookNetworkPolicy } from '../../subgraphs/consent/webhooks/webhook-transport';

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
    expect(() => WebhookNetworkPolicy.fromEnv({ CREDENCE_WEBHOOK_ALLOWED_NETWORKS: '10.0.0.0/99' })).toThrow(/CREDENCE_WEBHOOK_ALLOWED_NETWORKS/);
  });

  test('a closed address literal is refused when the URL is set; a hostname waits for delivery', () => {
    expect(() => production.refuseClosedLiteral(new URL('http://169.254.169.254/latest'))).toThrow(/private or reserved network/);
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

  const post = (policy: WebhookNetworkPolicy, url: string) => postWebhook(policy, url, { 'webhook-id': 'msg_1' }, '{}', AbortSignal.timeout(5000));

  test('an open address is reached and its status returned', async () => {
    await expect(post(development, `http://127.0.0.1:${port}/hook`)).resolves.toBe(204);
  });

  test('a closed address literal is never connected to', async () => {
    const before = hits;
    await expect(post(production, `http://127.0.0.1:${port}/hook`)).rejects.toThrow(/network Credence does not call/);
    expect(hits).toBe(before);
  });

  test('a hostname is judged by what it resolves to when connecting (localhost → loopback)', async () => {
    const before = hits;
    await expect(post(production, `http://localhost:${port}/hook`)).rejects.toThrow(/resolves to .* network Credence does not call/);
    expect(hits).toBe(before);
    await expect(post(development, `http://localhost:${port}/hook`)).resolves.toBe(204);
  });
});
