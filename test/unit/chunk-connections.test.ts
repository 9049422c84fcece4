import { createServer as createHttpServer } from 'node:http';
import { AddressInfo, createServer as createTcpServer, Server } from 'node:net';
import { CHUNK_IDLE_MS, putBody } from '../../gateway/furnishing-route';
import { KEEP_ALIVE_MS } from '../../shared/server/http-server';

/** The gateway's chunk calls (putBody): a PUT of a body in memory, over http or https as credit-history's URL says. */
const listening = async <S extends Server | ReturnType<typeof createHttpServer>>(server: S) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

test('over http, the body goes whole and the answer comes back', async () => {
  const server = createHttpServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => res.writeHead(200).end(`${req.method} ${req.url} ${Buffer.concat(parts).toString()}`));
  });
  const port = await listening(server);
  try {
    const answer = await putBody(`http://127.0.0.1:${port}/chunks/0`, { 'x-test': '1' }, Buffer.from('a\nb'));
    expect(answer).toEqual({ status: 200, text: 'PUT /chunks/0 a\nb' });
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('an https URL is spoken to in TLS, and an unknown scheme is refused', async () => {
  const firstBytes: Buffer[] = [];
  const server = createTcpServer((socket) =>
    socket.once('data', (bytes: Buffer) => firstBytes.push(bytes) && socket.destroy()),
  );
  const port = await listening(server);
  try {
    await expect(putBody(`https://127.0.0.1:${port}/chunks/0`, {}, Buffer.from('a'))).rejects.toThrow();
    expect(firstBytes[0][0]).toBe(0x16); // a TLS handshake record: the ClientHello
  } finally {
    server.close();
  }
  await expect(putBody('ftp://127.0.0.1/chunks/0', {}, Buffer.from('a'))).rejects.toThrow(/neither http nor https/);
});

/**
 * The gateway closes an idle chunk connection itself before credit-history would: a PUT
 * sent on a connection the server is closing fails the upload ("socket hang up").
 */
test("the gateway's chunk connections go idle for less time than a subgraph keeps them open", () => {
  expect(CHUNK_IDLE_MS).toBeLessThan(KEEP_ALIVE_MS - 5_000);
});
