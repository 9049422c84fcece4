import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { startGatewayAlone } from '../support/gateway';

/**
 * The gateway sends nothing to a third party: @apollo/gateway, left alone, asks the cloud
 * metadata services about its host as it starts and reports to Apollo as it stops
 * (gateway/server.ts, keepApolloTelemetryOff). Every outgoing HTTP request and socket of
 * this process is watched while a gateway starts, answers and stops.
 */
const HTTP_REQUESTS = 'http.client.request.start';
const SOCKETS = 'net.client.socket';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a gateway that starts, answers and stops calls no host but this one', async () => {
  const hosts: string[] = [];
  const onRequest = (message: unknown) => {
    const { request } = message as { request: { host: string } };
    hosts.push(request.host);
  };
  const onSocket = (message: unknown) => {
    const { socket } = message as { socket: Socket };
    // the socket's peer is known once it is looked up, connected, or has failed
    socket.once('lookup', (_error: Error | null, _address: string, _family: number, host: string) => hosts.push(host));
    let connected = false;
    socket.once('connect', () => {
      connected = true;
      hosts.push(socket.remoteAddress ?? 'an unknown address');
    });
    // a connection that never opened (a connection closed later is not a call)
    socket.once('error', (error: Error & { hostname?: string; address?: string }) => {
      if (!connected) hosts.push(error.hostname ?? error.address ?? 'a host that could not be reached');
    });
  };
  subscribe(HTTP_REQUESTS, onRequest);
  subscribe(SOCKETS, onSocket);
  try {
    const gateway = await startGatewayAlone();
    const answer = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.status).toBe(200);
    await sleep(500); // the metadata services are asked right after the start, without waiting
    await gateway.stop();
    await sleep(500);
  } finally {
    unsubscribe(HTTP_REQUESTS, onRequest);
    unsubscribe(SOCKETS, onSocket);
  }
  expect(hosts.length).toBeGreaterThan(0); // the test's own request: the watch sees what goes out
  expect(hosts.filter((host) => !['127.0.0.1', 'localhost', '::1'].includes(host))).toEqual([]);
});
